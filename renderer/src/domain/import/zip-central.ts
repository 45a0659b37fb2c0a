/**
 * One central directory record, read and held to the exporter's exact field values (zip-records.ts). Each
 * way a record can differ has its own refusal, checked in an order that names the most telling one: an
 * encrypted entry is reported as encrypted, not as "unexpected flags".
 */
import { success } from '../result';
import { reject, type Verified, type VerifyFailure } from './verify-codes';
import {
  CANONICAL,
  entryFailure,
  FLAG_ENCRYPTED,
  FLAG_STRONG_ENCRYPTION,
  METHOD_AES,
  SENTINEL_16,
  SENTINEL_32,
  SIG,
  SIZE,
  zip64ExtraValues,
  type Reader,
} from './zip-records';

/** One entry as the central directory declares it. */
export type CentralEntry = {
  name: string;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  localOffset: number;
  /** Sizes of 4 GiB or more: the local header carries a ZIP64 extra field, the data descriptor 8-byte sizes. */
  zip64Sizes: boolean;
};

const TYPE_MASK = 0o170000;
const TYPE_SYMLINK = 0o120000;
const TYPE_DIRECTORY = 0o040000;
const SPECIAL_BITS = 0o7000;
const DOS_DIRECTORY = 0x10;

function modeProblem(name: string, madeBy: number, attributes: number): VerifyFailure | null {
  const mode = attributes >>> 16;
  const type = mode & TYPE_MASK;
  const octal = mode.toString(8).padStart(6, '0');
  if (madeBy >> 8 === 3 && type === TYPE_SYMLINK) {
    return entryFailure('symlink-entry', name, 'is a symbolic link');
  }
  if (name.endsWith('/') || (madeBy >> 8 === 3 && type === TYPE_DIRECTORY) || attributes & DOS_DIRECTORY) {
    return entryFailure('directory-entry', name, 'is a directory entry');
  }
  if (madeBy >> 8 === 3 && mode & SPECIAL_BITS) {
    return entryFailure('special-mode-bits', name, `has setuid, setgid or sticky bits (mode ${octal})`);
  }
  if (madeBy >> 8 !== 3 || attributes !== CANONICAL.externalAttributes) {
    const shown = madeBy >> 8 === 3 ? `mode ${octal}` : `attributes for host system ${madeBy >> 8}`;
    return entryFailure('unexpected-file-mode', name, `is not a plain rw-r--r-- file (${shown})`);
  }
  return null;
}

function flagProblem(name: string, flags: number, method: number): VerifyFailure | null {
  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION) || method === METHOD_AES) {
    return entryFailure('encrypted-entry', name, 'is marked as encrypted');
  }
  if (method !== 0 && method !== 8) {
    return entryFailure('unsupported-compression', name, `uses compression method ${method}`);
  }
  if (flags !== CANONICAL.flags) {
    return entryFailure('unexpected-zip-flags', name, `sets ZIP flags 0x${flags.toString(16)}`);
  }
  return null;
}

function layoutProblem(read: Reader, at: number, name: string, zip64: boolean): VerifyFailure | null {
  if (read.u16(at + 32) > 0) return entryFailure('zip-comment', name, 'carries a file comment');
  if (read.u16(at + 34) === SENTINEL_16) {
    return entryFailure('zip64-unsupported', name, 'defers its disk number to ZIP64 records');
  }
  if (read.u16(at + 34) !== 0) return entryFailure('not-a-zip', name, 'lies on another disk');
  const version = zip64 ? CANONICAL.versionNeededZip64 : CANONICAL.versionNeeded;
  if ((read.u16(at + 4) & 0xff) !== version || read.u16(at + 6) !== version) {
    return entryFailure('non-canonical-zip', name, 'declares ZIP versions the exporter never writes');
  }
  if (read.u16(at + 36) !== 0) {
    return entryFailure('non-canonical-zip', name, 'sets internal attributes the exporter never sets');
  }
  return null;
}

/** The 32-bit fields a ZIP64 extra field can stand in for, in the order it lists them (APPNOTE 4.5.3). */
const WIDE_FIELDS = [
  ['size', 24],
  ['compressedSize', 20],
  ['localOffset', 42],
] as const;
type WideValues = Record<(typeof WIDE_FIELDS)[number][0], number>;

/**
 * Size, compressed size and local header offset: from their fields, or, where a field is 0xFFFFFFFF, from
 * the ZIP64 extra field, which must hold exactly those values, each of which must need it.
 */
function wideValues(read: Reader, at: number, name: string, nameLength: number): Verified<WideValues> {
  const values: WideValues = {
    size: read.u32(at + 24),
    compressedSize: read.u32(at + 20),
    localOffset: read.u32(at + 42),
  };
  const deferred = WIDE_FIELDS.filter(([, offset]) => read.u32(at + offset) === SENTINEL_32);
  const extraLength = read.u16(at + 30);
  if (extraLength === 0) {
    return deferred.length === 0
      ? success(values)
      : entryFailure('zip64-malformed', name, 'defers values to a ZIP64 extra field it does not carry');
  }
  const extra = at + SIZE.central + nameLength;
  const found = zip64ExtraValues(read, extra, extraLength, deferred.length, name, 'directory record');
  if (!found.ok) return found;
  for (const [i, [field]] of deferred.entries()) {
    const value = found.value[i] ?? -1;
    if (value < SENTINEL_32) {
      return entryFailure(
        'zip64-unneeded',
        name,
        `defers to ZIP64 a ${field} of ${value}, which fits 32 bits`,
      );
    }
    values[field] = value;
  }
  return success(values);
}

/**
 * Reads the central record at `at` (which must end by `end`). Returns the entry and where the next record
 * starts, a refusal, or null when the bytes are not a central record at all.
 */
export function readCentral(read: Reader, at: number, end: number): Verified<[CentralEntry, number]> {
  const damaged = () => reject('not-a-zip', 'The ZIP directory is damaged.');
  if (at + SIZE.central > end || read.u32(at) !== SIG.central) return damaged();
  const nameLength = read.u16(at + 28);
  const next = at + SIZE.central + nameLength + read.u16(at + 30) + read.u16(at + 32);
  if (next > end) return damaged();
  const name = read.latin1(at + SIZE.central, nameLength);
  const flags = read.u16(at + 8);
  const method = read.u16(at + 10);
  const flagged = flagProblem(name, flags, method);
  if (flagged) return flagged;
  const wide = wideValues(read, at, name, nameLength);
  if (!wide.ok) return wide;
  const zip64 = read.u16(at + 30) > 0;
  const problem =
    layoutProblem(read, at, name, zip64) ?? modeProblem(name, read.u16(at + 4), read.u32(at + 38));
  if (problem) return problem;
  const { size, compressedSize, localOffset } = wide.value;
  const entry: CentralEntry = {
    name,
    method: method === 8 ? 8 : 0,
    time: read.u16(at + 12),
    date: read.u16(at + 14),
    crc: read.u32(at + 16),
    compressedSize,
    size,
    localOffset,
    zip64Sizes: Math.max(size, compressedSize) >= SENTINEL_32,
  };
  if (entry.method === 0 && entry.compressedSize !== entry.size) {
    return entryFailure('size-mismatch', name, 'is stored with two different sizes');
  }
  return success([entry, next]);
}

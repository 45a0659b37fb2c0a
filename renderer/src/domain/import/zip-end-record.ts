/**
 * The end of central directory record: where the directory is and how many entries it lists. The exporter
 * ends the file with this record and no comment, so it must be the file's last 22 bytes; anything else is
 * named (a comment, trailing bytes, a shifted archive) rather than searched around. Where a value does not fit
 * it (65,535 entries or more, a directory that starts at or is 4 GiB or more), the record holds 0xFFFF or
 * 0xFFFFFFFF there and is preceded, back to back, by a ZIP64 end record and its locator, which must agree
 * with it; ZIP64 records anywhere else, or where nothing needs them, are refused.
 */
import type { Limits } from './limits';
import { success } from '../result';
import { reject, type Verified, type VerifyFailure } from './verify-codes';
import { SENTINEL_16, SENTINEL_32, SIG, SIZE, u64, type Reader } from './zip-records';

/** Where the central directory lies: [start, end) with `count` entries; the end record starts at `end`. */
export type Directory = { count: number; start: number; end: number };

const PK_LOCAL = 'PK\x03\x04';
const AGE_MAGIC = 'age-encryption.org/';
/** The longest comment a ZIP can carry: how far back an end record can hide. */
const MAX_COMMENT = 0xffff;

function notAZip(read: Reader): VerifyFailure {
  if (read.latin1(0, PK_LOCAL.length) === PK_LOCAL) {
    return reject('truncated', 'The bundle ends before the ZIP directory, so the file was cut short.');
  }
  const head = read.latin1(0, AGE_MAGIC.length);
  if (head === AGE_MAGIC || head.startsWith('-----BEGIN AGE')) {
    return reject('not-a-zip', 'This is a sealed bundle; open it with the key or passphrase first.');
  }
  return reject('not-a-zip', 'The file is not a ZIP archive, so it cannot be a bundle.');
}

/** An end record that is not the last 22 bytes: explains why (comment or trailing bytes), or null. */
function misplacedEnd(read: Reader): VerifyFailure | null {
  const lowest = Math.max(0, read.length - SIZE.end - MAX_COMMENT);
  for (let at = read.length - SIZE.end - 1; at >= lowest; at--) {
    if (read.u32(at) !== SIG.end) continue;
    const comment = read.u16(at + 20);
    if (comment > 0) {
      return reject('zip-comment', `The ZIP archive carries a ${comment}-byte comment; a bundle has none.`);
    }
    const extra = read.length - at - SIZE.end;
    return reject('zip-trailing-bytes', `The bundle has ${extra} bytes after the end of its ZIP archive.`);
  }
  return null;
}

function located(read: Reader, at: number, size: number, start: number): VerifyFailure | null {
  if (start + size === at) return null;
  if (start + size > at) return reject('not-a-zip', 'The ZIP directory is not where the archive says it is.');
  // Bytes put in front of an archive without moving its offsets leave the directory exactly that far on.
  if (read.u32(at - size) === SIG.central) {
    return reject(
      'zip-prefix',
      `The bundle has ${at - size - start} bytes before its first ZIP entry, which the exporter never writes.`,
    );
  }
  return reject(
    'zip-gap',
    `The bundle has ${at - start - size} bytes between its ZIP directory and its end.`,
  );
}

/**
 * The parts of the file {@link readEndRecord} looks at: the first bytes (to name what the file is instead),
 * the end record with the longest comment that could follow it, and the ZIP64 records before it.
 */
export const END_SEARCH_BYTES = SIZE.end + MAX_COMMENT + SIZE.zip64Locator + SIZE.zip64End;
export const HEAD_BYTES = 64;

/** Where the ZIP64 end record must start when the end record is the file's last 22 bytes. */
const zip64EndAt = (read: Reader) => read.length - SIZE.end - SIZE.zip64Locator - SIZE.zip64End;

/** Where the end record, if it is the file's last 22 bytes, says the directory starts: checked by `located`. */
export function declaredDirectoryStart(read: Reader): number | null {
  const at = read.length - SIZE.end;
  if (at < 0 || read.u32(at) !== SIG.end) return null;
  const zip64 = zip64EndAt(read);
  if (read.u32(at + 12) === SENTINEL_32 && zip64 >= 0 && read.u32(zip64) === SIG.zip64End) {
    const size = u64(read, zip64 + 40);
    return size < 0 ? null : zip64 - size;
  }
  return at - read.u32(at + 12);
}

/** The end record's three values (entry count, directory size and start) and whether any defers to ZIP64. */
type EndValues = { count: number; size: number; start: number };

/**
 * The values of the ZIP64 end record that the locator before the end record points to, checked against the
 * end record's own: each of its fields is 0xFFFF(FFFF) or the same value, and a sentinel only where needed.
 */
function readZip64End(read: Reader, at: number, shown: EndValues): Verified<[EndValues, number]> {
  const locator = at - SIZE.zip64Locator;
  const end = zip64EndAt(read);
  if (read.u32(locator + 4) !== 0 || read.u32(locator + 16) > 1) {
    return reject('zip64-unsupported', 'The ZIP64 locator names another disk, which a bundle never does.');
  }
  if (read.u32(locator + 16) !== 1) {
    return reject('zip64-malformed', 'The ZIP64 locator does not say the archive is one disk.');
  }
  const pointed = u64(read, locator + 8);
  if (pointed !== end || end < 0 || read.u32(end) !== SIG.zip64End) {
    return reject(
      'zip64-mismatch',
      'The ZIP64 end record is not right before its locator, where it must be.',
    );
  }
  if (u64(read, end + 4) !== SIZE.zip64End - 12) {
    return reject(
      'zip64-unsupported',
      'The ZIP64 end record has an extensible data sector, which a bundle never has.',
    );
  }
  const version = read.u16(end + 14);
  if ((read.u16(end + 12) & 0xff) !== 45 || version !== 45) {
    return reject(
      'non-canonical-zip',
      'The ZIP64 end record declares ZIP versions the exporter never writes.',
    );
  }
  const count = u64(read, end + 32);
  if (read.u32(end + 16) !== 0 || read.u32(end + 20) !== 0 || u64(read, end + 24) !== count) {
    return reject('not-a-zip', 'The ZIP archive spans several disks, which a bundle never does.');
  }
  const values: EndValues = { count, size: u64(read, end + 40), start: u64(read, end + 48) };
  const checks = [
    ['entry count', shown.count, values.count, SENTINEL_16],
    ['directory size', shown.size, values.size, SENTINEL_32],
    ['directory offset', shown.start, values.start, SENTINEL_32],
  ] as const;
  for (const [what, field, value, sentinel] of checks) {
    if (field !== sentinel && field !== value) {
      return reject('zip64-mismatch', `The ZIP64 end record gives a different ${what} than the end record.`);
    }
    if (field === sentinel && value < sentinel) {
      return reject(
        'zip64-unneeded',
        `The end record defers its ${what} (${value}) to ZIP64, though it fits.`,
      );
    }
  }
  if (checks.every(([, field, , sentinel]) => field !== sentinel)) {
    return reject('zip64-unneeded', 'The bundle has ZIP64 end records, though its end record needs none.');
  }
  return success([values, end]);
}

/** Reads and checks the end record (and the ZIP64 records before it, where it needs them). */
export function readEndRecord(read: Reader, limits: Limits): Verified<Directory> {
  if (read.length < SIZE.end) return notAZip(read);
  const at = read.length - SIZE.end;
  if (read.u32(at) !== SIG.end) return misplacedEnd(read) ?? notAZip(read);
  if (read.u16(at + 20) !== 0) {
    return reject('zip-comment', 'The ZIP end record announces a comment; a bundle has none.');
  }
  if (read.u16(at + 4) !== 0 || read.u16(at + 6) !== 0 || read.u16(at + 8) !== read.u16(at + 10)) {
    return reject('not-a-zip', 'The ZIP archive spans several disks, which a bundle never does.');
  }
  const shown: EndValues = { count: read.u16(at + 10), size: read.u32(at + 12), start: read.u32(at + 16) };
  const deferred = shown.count === SENTINEL_16 || shown.size === SENTINEL_32 || shown.start === SENTINEL_32;
  const located64 = read.u32(at - SIZE.zip64Locator) === SIG.zip64Locator;
  if (deferred && !located64) {
    return reject('zip64-malformed', 'The end record defers to ZIP64 records the bundle does not have.');
  }
  let values = shown;
  let directoryEnd = at;
  if (located64) {
    const zip64 = readZip64End(read, at, shown);
    if (!zip64.ok) return zip64;
    [values, directoryEnd] = zip64.value;
  }
  const { count, size, start } = values;
  if (count > limits.maxEntries) {
    return reject('too-large', `The bundle holds ${count} files; at most ${limits.maxEntries} are accepted.`);
  }
  return located(read, directoryEnd, size, start) ?? success({ count, start, end: directoryEnd });
}

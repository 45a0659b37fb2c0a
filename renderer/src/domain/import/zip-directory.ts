/**
 * Reads a ZIP's central directory without inflating anything, so size limits, zip-bomb ratios and names are
 * judged from what the archive declares before it can cost memory. The reader is strict on purpose: a bundle
 * is written by this app (fflate) and only needs to round-trip through `unzip`/`zip`, so anything ambiguous
 * (ZIP64, multiple disks, encryption, local headers that disagree with the directory, overlapping entries,
 * bytes before or after the archive) is refused instead of interpreted.
 */
import type { Limits } from './limits';
import { reject, shownName, type VerifyFailure } from './verify-codes';

/** One file as the central directory declares it, with where its data lies. */
export type ZipEntryInfo = {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  size: number;
  dataStart: number;
};

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const EOCD_BYTES = 22;
const CENTRAL_BYTES = 46;
const LOCAL_BYTES = 30;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const PK_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const AGE_MAGIC = 'age-encryption.org/';

type Reader = { u16(at: number): number; u32(at: number): number };

function readerOf(bytes: Uint8Array): Reader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { u16: (at) => view.getUint16(at, true), u32: (at) => view.getUint32(at, true) };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function notAZip(bytes: Uint8Array): VerifyFailure {
  if (startsWith(bytes, PK_LOCAL)) {
    return reject('truncated', 'The bundle ends before the ZIP directory, so the file was cut short.');
  }
  const head = String.fromCharCode(...bytes.subarray(0, AGE_MAGIC.length));
  if (head === AGE_MAGIC || head.startsWith('-----BEGIN AGE')) {
    return reject('not-a-zip', 'This is a sealed bundle; open it with the key or passphrase first.');
  }
  return reject('not-a-zip', 'The file is not a ZIP archive, so it cannot be a bundle.');
}

function findEndRecord(bytes: Uint8Array, read: Reader): number {
  const lowest = Math.max(0, bytes.length - EOCD_BYTES - 0xffff);
  for (let at = bytes.length - EOCD_BYTES; at >= lowest; at--) {
    if (read.u32(at) === EOCD_SIG && at + EOCD_BYTES + read.u16(at + 20) === bytes.length) return at;
  }
  return -1;
}

type Directory = { count: number; start: number; end: number };

function readEndRecord(bytes: Uint8Array, limits: Limits): Directory | VerifyFailure {
  if (bytes.length < EOCD_BYTES) return notAZip(bytes);
  const read = readerOf(bytes);
  const at = findEndRecord(bytes, read);
  if (at < 0) return notAZip(bytes);
  const count = read.u16(at + 10);
  const size = read.u32(at + 12);
  const start = read.u32(at + 16);
  const zip64 = at >= 20 && read.u32(at - 20) === ZIP64_LOCATOR_SIG;
  if (zip64 || count === 0xffff || size === 0xffffffff || start === 0xffffffff) {
    return reject(
      'too-large',
      'The bundle uses ZIP64, which only archives larger than this app accepts need.',
    );
  }
  if (read.u16(at + 4) !== 0 || read.u16(at + 6) !== 0 || read.u16(at + 8) !== count) {
    return reject('not-a-zip', 'The ZIP archive spans several disks, which a bundle never does.');
  }
  if (count > limits.maxEntries) {
    return reject('too-large', `The bundle holds ${count} files; at most ${limits.maxEntries} are accepted.`);
  }
  if (start + size !== at) {
    return reject('not-a-zip', 'The ZIP directory is not where the archive says it is.');
  }
  return { count, start, end: at };
}

function entryFailure(name: string, what: string): VerifyFailure {
  return reject('not-a-zip', `The ZIP entry ${shownName(name)} ${what}.`, { file: name });
}

type Central = ZipEntryInfo & { localOffset: number; flags: number; crc: number; time: number; date: number };
type Read<T> = T | VerifyFailure | null;

function readCentral(bytes: Uint8Array, read: Reader, at: number, end: number): Read<[Central, number]> {
  if (at + CENTRAL_BYTES > end || read.u32(at) !== CENTRAL_SIG) return null;
  const nameLength = read.u16(at + 28);
  const next = at + CENTRAL_BYTES + nameLength + read.u16(at + 30) + read.u16(at + 32);
  if (next > end) return null;
  const name = String.fromCharCode(...bytes.subarray(at + CENTRAL_BYTES, at + CENTRAL_BYTES + nameLength));
  const flags = read.u16(at + 8);
  const method = read.u16(at + 10);
  if (flags & FLAG_ENCRYPTED) return entryFailure(name, 'is encrypted, which a bundle never is');
  if (method !== 0 && method !== 8) return entryFailure(name, `uses compression method ${method}`);
  const compressedSize = read.u32(at + 20);
  const size = read.u32(at + 24);
  if (method === 0 && compressedSize !== size)
    return entryFailure(name, 'is stored with two different sizes');
  const central: Central = {
    name,
    method,
    flags,
    compressedSize,
    size,
    crc: read.u32(at + 16),
    time: read.u16(at + 12),
    date: read.u16(at + 14),
    localOffset: read.u32(at + 42),
    dataStart: -1, // known once the local header is read
  };
  return [central, next];
}

/** Checks the local header against the directory and returns where the entry's data starts. */
function readLocal(
  bytes: Uint8Array,
  read: Reader,
  entry: Central,
  directoryStart: number,
): number | VerifyFailure {
  const at = entry.localOffset;
  if (at + LOCAL_BYTES > directoryStart || read.u32(at) !== LOCAL_SIG) {
    return entryFailure(entry.name, 'points at a missing local header');
  }
  const nameLength = read.u16(at + 26);
  const dataStart = at + LOCAL_BYTES + nameLength + read.u16(at + 28);
  const localName = String.fromCharCode(...bytes.subarray(at + LOCAL_BYTES, at + LOCAL_BYTES + nameLength));
  const described = (entry.flags & FLAG_DATA_DESCRIPTOR) === 0;
  const same =
    localName === entry.name &&
    read.u16(at + 6) === entry.flags &&
    read.u16(at + 8) === entry.method &&
    read.u16(at + 10) === entry.time &&
    read.u16(at + 12) === entry.date &&
    (!described ||
      (read.u32(at + 14) === entry.crc &&
        read.u32(at + 18) === entry.compressedSize &&
        read.u32(at + 22) === entry.size));
  if (!same) return entryFailure(entry.name, 'has a local header that disagrees with the ZIP directory');
  if (dataStart + entry.compressedSize > directoryStart) {
    return entryFailure(entry.name, 'claims more data than the archive holds');
  }
  return dataStart;
}

/**
 * Lists the archive's entries from its central directory, checking the structure and the entry count.
 * Names are returned as read (one character per byte); the caller judges them.
 */
export function readZipDirectory(bytes: Uint8Array, limits: Limits): ZipEntryInfo[] | VerifyFailure {
  const directory = readEndRecord(bytes, limits);
  if ('ok' in directory) return directory;
  const read = readerOf(bytes);
  const entries: Central[] = [];
  let at = directory.start;
  for (let i = 0; i < directory.count; i++) {
    const found = readCentral(bytes, read, at, directory.end);
    if (!found) return reject('not-a-zip', 'The ZIP directory is damaged.');
    if ('ok' in found) return found;
    const [entry, next] = found;
    at = next;
    const dataStart = readLocal(bytes, read, entry, directory.start);
    if (typeof dataStart !== 'number') return dataStart;
    entries.push({ ...entry, dataStart });
  }
  if (at !== directory.end)
    return reject('not-a-zip', 'The ZIP directory has more entries than it declares.');
  return (
    overlapping(entries) ??
    entries.map(({ name, method, compressedSize, size, dataStart }) => ({
      name,
      method,
      compressedSize,
      size,
      dataStart,
    }))
  );
}

/** Entries sharing bytes are the trick behind non-recursive zip bombs (and never occur in a real archive). */
function overlapping(entries: readonly Central[]): VerifyFailure | null {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const entry = sorted[i];
    if (before && entry && before.dataStart + before.compressedSize > entry.localOffset) {
      return reject(
        'zip-bomb',
        `The ZIP entries ${shownName(before.name)} and ${shownName(entry.name)} overlap.`,
      );
    }
  }
  return null;
}

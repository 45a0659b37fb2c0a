/**
 * Reads a bundle's ZIP structure without inflating anything, and accounts for every byte of the file: local
 * header, data and data descriptor of each entry in directory order, back to back from offset 0, then the
 * central directory, then the end record and nothing after it. This is exactly the layout the exporter's
 * streaming writer produces, so a file that verifies has one reading only: no prefix or appended archive,
 * no hidden bytes between entries, no entry described two ways. Sizes, ratios and names are judged from these
 * declarations (bundle-layout.ts) before any entry can cost memory.
 */
import type { Limits } from './limits';
import { success } from '../result';
import { reject, shownName, type Verified, type VerifyFailure } from './verify-codes';
import { readCentral, type CentralEntry } from './zip-central';
import { sourceOf, type BundleSource } from './bundle-source';
import {
  declaredDirectoryStart,
  END_SEARCH_BYTES,
  HEAD_BYTES,
  readEndRecord,
  type Directory,
} from './zip-end-record';
import {
  CANONICAL,
  entryFailure,
  FLAG_ENCRYPTED,
  FLAG_STRONG_ENCRYPTION,
  hasZip64Extra,
  readerOf,
  regionReader,
  SENTINEL_32,
  SIG,
  SIZE,
  u64,
  zip64ExtraValues,
  type Reader,
  type Region,
} from './zip-records';

/**
 * The largest central directory read: far above what the most entries a bundle may have need (each record
 * is 46 bytes and a name of at most about 90), so only a hostile file reaches it, before it costs memory.
 */
const MAX_DIRECTORY_BYTES = 16 * 2 ** 20;

/** One file as the archive declares it, with where its data lies. */
export type ZipEntryInfo = {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  size: number;
  /** CRC-32 of the uncompressed bytes, as the directory and the data descriptor both declare it. */
  crc: number;
  dataStart: number;
};

function localMismatch(read: Reader, at: number, entry: CentralEntry): VerifyFailure | null {
  const flags = read.u16(at + 6);
  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
    return entryFailure('encrypted-entry', entry.name, 'is marked as encrypted in its local header');
  }
  const version = entry.zip64Sizes ? CANONICAL.versionNeededZip64 : CANONICAL.versionNeeded;
  if (read.u16(at + 4) !== version) {
    return entryFailure('non-canonical-zip', entry.name, 'declares a ZIP version the exporter never writes');
  }
  const different = (what: string) =>
    entryFailure('header-mismatch', entry.name, `has a local header with a different ${what}`);
  if (flags !== CANONICAL.flags) return different('set of flags');
  if (read.u16(at + 8) !== entry.method) return different('compression method');
  if (read.u16(at + 10) !== entry.time || read.u16(at + 12) !== entry.date) return different('time');
  // With sizes in a data descriptor the writer leaves these three fields zero.
  const crc = read.u32(at + 14);
  if (crc !== 0) return crc === entry.crc ? different('layout') : different('CRC-32');
  // A ZIP64 entry sets both to 0xFFFFFFFF: its (deferred, zero) sizes are in the ZIP64 extra field.
  const deferred = entry.zip64Sizes ? SENTINEL_32 : 0;
  if (read.u32(at + 18) !== deferred || read.u32(at + 22) !== deferred) {
    return entryFailure('size-mismatch', entry.name, 'declares sizes in its local header that it defers');
  }
  return null;
}

/**
 * The local header's extra field: none, or for an entry of 4 GiB or more exactly one ZIP64 field of two zero
 * sizes (they follow the data). The directory record says which; the two must agree.
 */
function localExtraProblem(read: Reader, at: number, entry: CentralEntry): VerifyFailure | null {
  const nameLength = read.u16(at + 26);
  const extraLength = read.u16(at + 28);
  const extra = at + SIZE.local + nameLength;
  if (!entry.zip64Sizes) {
    if (extraLength === 0) return null;
    return hasZip64Extra(read, extra, extraLength)
      ? entryFailure('zip64-mismatch', entry.name, 'carries a ZIP64 extra field in its local header only')
      : entryFailure('unexpected-extra-field', entry.name, 'carries extra fields in its local header');
  }
  if (extraLength === 0) {
    return entryFailure('zip64-mismatch', entry.name, 'has no ZIP64 extra field in its local header');
  }
  const values = zip64ExtraValues(read, extra, extraLength, 2, entry.name, 'local header');
  if (!values.ok) return values;
  if (values.value.some((value) => value !== 0)) {
    return entryFailure('size-mismatch', entry.name, 'declares sizes in its local header that it defers');
  }
  return null;
}

/** The data descriptor's sizes: 8 bytes each for a ZIP64 entry, else 4. */
function descriptorSizes(read: Reader, at: number, zip64: boolean): [number, number] {
  return zip64 ? [u64(read, at + 8), u64(read, at + 16)] : [read.u32(at + 8), read.u32(at + 12)];
}

const descriptorBytes = (entry: CentralEntry) => (entry.zip64Sizes ? SIZE.descriptor64 : SIZE.descriptor);

/** Checks the local header and data descriptor of an entry at `at`; returns where the next record starts. */
function readLocal(read: Reader, entry: CentralEntry, directoryStart: number): Verified<[number, number]> {
  const at = entry.localOffset;
  if (at + SIZE.local > directoryStart || read.u32(at) !== SIG.local) {
    return entryFailure('not-a-zip', entry.name, 'points at a missing local header');
  }
  const nameLength = read.u16(at + 26);
  const extraLength = read.u16(at + 28);
  const extraProblem = localExtraProblem(read, at, entry);
  if (extraProblem) return extraProblem;
  if (read.latin1(at + SIZE.local, nameLength) !== entry.name) {
    return entryFailure('header-mismatch', entry.name, 'has a different name in its local header');
  }
  const mismatch = localMismatch(read, at, entry);
  if (mismatch) return mismatch;
  const dataStart = at + SIZE.local + nameLength + extraLength;
  const descriptor = dataStart + entry.compressedSize;
  const descriptorEnd = descriptor + descriptorBytes(entry);
  if (descriptorEnd > directoryStart) {
    return entryFailure('not-a-zip', entry.name, 'claims more data than the archive holds');
  }
  if (read.u32(descriptor) !== SIG.descriptor) {
    return entryFailure('non-canonical-zip', entry.name, 'has no data descriptor after its data');
  }
  if (read.u32(descriptor + 4) !== entry.crc) {
    return entryFailure('header-mismatch', entry.name, 'has a data descriptor with a different CRC-32');
  }
  const [compressedSize, size] = descriptorSizes(read, descriptor, entry.zip64Sizes);
  if (compressedSize !== entry.compressedSize || size !== entry.size) {
    return entryFailure('size-mismatch', entry.name, 'has a data descriptor with different sizes');
  }
  return success([dataStart, descriptorEnd]);
}

function misplaced(entry: CentralEntry, index: number, expected: number): VerifyFailure {
  if (index === 0) {
    return reject(
      'zip-prefix',
      `The bundle has ${entry.localOffset} bytes before its first ZIP entry, which the exporter never writes.`,
    );
  }
  if (entry.localOffset > expected) {
    return reject(
      'zip-gap',
      `The bundle has ${entry.localOffset - expected} bytes before ${shownName(entry.name)} that belong to no file.`,
      { file: entry.name },
    );
  }
  // Entries sharing bytes are the trick behind non-recursive zip bombs (and never occur in a real archive).
  return reject('zip-bomb', `The ZIP entry ${shownName(entry.name)} overlaps the entry before it.`, {
    file: entry.name,
  });
}

function readCentralEntries(
  read: Reader,
  start: number,
  end: number,
  count: number,
): Verified<CentralEntry[]> {
  const entries: CentralEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    const found = readCentral(read, at, end);
    if (!found.ok) return found;
    entries.push(found.value[0]);
    at = found.value[1];
  }
  if (at !== end) return reject('not-a-zip', 'The ZIP directory has more entries than it declares.');
  return success(entries);
}

/** Reads the parts [start, end) of the source (clamped), or uses the whole file when it is in memory. */
async function readParts(source: BundleSource, parts: ReadonlyArray<[number, number]>): Promise<Reader> {
  if (source.bytes) return readerOf(source.bytes);
  const regions: Region[] = [];
  for (const [start, end] of parts) {
    const from = Math.max(0, start);
    if (end > from) regions.push({ start: from, bytes: await source.read(from, end) });
  }
  return regionReader(source.size, regions);
}

async function readEnd(source: BundleSource, limits: Limits): Promise<Verified<Directory>> {
  const size = source.size;
  const ends: Array<[number, number]> = [
    [0, HEAD_BYTES],
    [size - END_SEARCH_BYTES, size],
  ];
  const first = await readParts(source, ends);
  // The 4 bytes where the directory should start say whether bytes were put in front of the archive.
  const declared = declaredDirectoryStart(first);
  const read = declared === null ? first : await readParts(source, [...ends, [declared, declared + 4]]);
  return readEndRecord(read, limits);
}

/** The local header and data descriptor of one entry, read where the directory says they are. */
async function readLocalParts(source: BundleSource, entry: CentralEntry, before: number): Promise<Reader> {
  const at = entry.localOffset;
  const header = await readParts(source, [[at, Math.min(before, at + SIZE.local)]]);
  const names = Math.max(0, header.u16(at + 26)) + Math.max(0, header.u16(at + 28));
  const descriptor = at + SIZE.local + names + entry.compressedSize;
  return readParts(source, [
    [at, Math.min(before, at + SIZE.local + names)],
    [descriptor, Math.min(before, descriptor + descriptorBytes(entry))],
  ]);
}

/**
 * Lists the archive's entries, checking that the file is exactly a canonical bundle archive (see above).
 * Names are returned as read (one character per byte); bundle-layout.ts judges them. Only the records are
 * read, never the entries' data, so a file on disk costs a few small reads.
 */
export async function readZipDirectory(
  input: Uint8Array | BundleSource,
  limits: Limits,
): Promise<Verified<ZipEntryInfo[]>> {
  const source = sourceOf(input);
  const end = await readEnd(source, limits);
  if (!end.ok) return end;
  const directory = end.value;
  if (directory.end - directory.start > MAX_DIRECTORY_BYTES) {
    return reject('too-large', 'The ZIP directory is larger than the directory of any bundle.');
  }
  const read = await readParts(source, [[directory.start, directory.end]]);
  const central = readCentralEntries(read, directory.start, directory.end, directory.count);
  if (!central.ok) return central;
  const entries: ZipEntryInfo[] = [];
  let expected = 0;
  for (const [index, entry] of central.value.entries()) {
    if (entry.localOffset !== expected) return misplaced(entry, index, expected);
    const local = readLocal(await readLocalParts(source, entry, directory.start), entry, directory.start);
    if (!local.ok) return local;
    const [dataStart, next] = local.value;
    const { name, method, compressedSize, size, crc } = entry;
    entries.push({ name, method, compressedSize, size, crc, dataStart });
    expected = next;
  }
  if (expected !== directory.start) {
    return reject(
      'zip-gap',
      `The bundle has ${directory.start - expected} bytes after its last entry that belong to no file.`,
    );
  }
  return success(entries);
}

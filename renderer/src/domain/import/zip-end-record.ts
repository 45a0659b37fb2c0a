/**
 * The end of central directory record: where the directory is and how many entries it lists. The exporter
 * ends the file with this record and no comment, so it must be the file's last 22 bytes; anything else is
 * named (a comment, trailing bytes, ZIP64, a shifted archive) rather than searched around.
 */
import type { Limits } from './limits';
import { success } from '../result';
import { reject, type Verified, type VerifyFailure } from './verify-codes';
import { SIG, SIZE, type Reader } from './zip-records';

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
 * the end record with the longest comment that could follow it, and the ZIP64 locator before it.
 */
export const END_SEARCH_BYTES = SIZE.end + MAX_COMMENT + 20;
export const HEAD_BYTES = 64;

/** Where the end record, if it is the file's last 22 bytes, says the directory starts: checked by `located`. */
export function declaredDirectoryStart(read: Reader): number | null {
  const at = read.length - SIZE.end;
  if (at < 0 || read.u32(at) !== SIG.end) return null;
  return at - read.u32(at + 12);
}

/** Reads and checks the end record. */
export function readEndRecord(read: Reader, limits: Limits): Verified<Directory> {
  if (read.length < SIZE.end) return notAZip(read);
  const at = read.length - SIZE.end;
  if (read.u32(at) !== SIG.end) return misplacedEnd(read) ?? notAZip(read);
  if (read.u16(at + 20) !== 0) {
    return reject('zip-comment', 'The ZIP end record announces a comment; a bundle has none.');
  }
  const count = read.u16(at + 10);
  const size = read.u32(at + 12);
  const start = read.u32(at + 16);
  const zip64 = read.u32(at - 20) === SIG.zip64Locator;
  if (zip64 || count === 0xffff || size === 0xffffffff || start === 0xffffffff) {
    return reject('zip64-unsupported', 'The bundle uses ZIP64 records, which the exporter never writes.');
  }
  if (read.u16(at + 4) !== 0 || read.u16(at + 6) !== 0 || read.u16(at + 8) !== count) {
    return reject('not-a-zip', 'The ZIP archive spans several disks, which a bundle never does.');
  }
  if (count > limits.maxEntries) {
    return reject('too-large', `The bundle holds ${count} files; at most ${limits.maxEntries} are accepted.`);
  }
  return located(read, at, size, start) ?? success({ count, start, end: at });
}

/**
 * The ZIP records a bundle consists of, and the exact field values the exporter (bundle/zip-writer.ts over
 * fflate's streaming Zip) writes in them. Import accepts these values and no others: a reader that
 * interprets every variant the ZIP format allows is a reader that two tools can disagree with.
 */
import { reject, shownName, type VerifyCode, type VerifyFailure } from './verify-codes';

export const SIG = {
  local: 0x04034b50,
  central: 0x02014b50,
  descriptor: 0x08074b50,
  end: 0x06054b50,
  zip64End: 0x06064b50,
  zip64Locator: 0x07064b50,
} as const;

export const SIZE = { local: 30, central: 46, descriptor: 16, end: 22 } as const;

/** What every entry written by the exporter carries. */
export const CANONICAL = {
  /** "Version needed to extract": 2.0 (deflate). */
  versionNeeded: 20,
  /** "Version made by": 2.0 on host 3 (Unix), so the mode bits below mean what they say. */
  versionMadeBy: 0x0314,
  /** Only bit 3: sizes and CRC follow the data in a data descriptor (fflate streams every entry). */
  flags: 0x0008,
  /** A regular file, rw-r--r--, in the high 16 bits of the external attributes. */
  externalAttributes: 0o100644 * 0x10000,
} as const;

export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_STRONG_ENCRYPTION = 0x0040;
export const METHOD_AES = 99;
export const EXTRA_ZIP64 = 0x0001;

export type Reader = { u16(at: number): number; u32(at: number): number; length: number };

/** Little-endian reads that return -1 past the end instead of throwing. */
export function readerOf(bytes: Uint8Array): Reader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    length: bytes.length,
    u16: (at) => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : -1),
    u32: (at) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : -1),
  };
}

/** A name as stored: one character per byte (names are judged later; anything outside ASCII is refused). */
export function latin1(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** A refusal about one entry, its name shown safely. */
export function entryFailure(code: VerifyCode, name: string, what: string): VerifyFailure {
  return reject(code, `The ZIP entry ${shownName(name)} ${what}.`, { file: name });
}

/** Whether an extra-field block holds a ZIP64 record (id 0x0001), so it can be named as such. */
export function hasZip64Extra(read: Reader, start: number, length: number): boolean {
  let at = start;
  while (at + 4 <= start + length) {
    if (read.u16(at) === EXTRA_ZIP64) return true;
    at += 4 + Math.max(0, read.u16(at + 2));
  }
  return false;
}

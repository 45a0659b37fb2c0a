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

/**
 * Little-endian reads at offsets of the whole file, which return -1 past the end (or outside the parts of
 * the file that were read) instead of throwing. `length` is the size of the whole file.
 */
export type Reader = {
  u16(at: number): number;
  u32(at: number): number;
  /** Bytes as text, one character per byte; cut short where the bytes read end. */
  latin1(start: number, length: number): string;
  length: number;
};

/** A part of a file that was read: its bytes and where they start. */
export type Region = { start: number; bytes: Uint8Array };

function regionAt(regions: readonly Region[], at: number, width: number): [Region, number] | null {
  for (const region of regions) {
    const offset = at - region.start;
    if (offset >= 0 && offset + width <= region.bytes.length) return [region, offset];
  }
  return null;
}

/** A {@link Reader} over the parts of a file of `length` bytes that were read. */
export function regionReader(length: number, regions: readonly Region[]): Reader {
  const views = new Map(
    regions.map((region) => {
      const { buffer, byteOffset, byteLength } = region.bytes;
      return [region, new DataView(buffer, byteOffset, byteLength)] as const;
    }),
  );
  const number = (at: number, width: 2 | 4) => {
    const found = regionAt(regions, at, width);
    const view = found ? views.get(found[0]) : undefined;
    if (!found || !view) return -1;
    return width === 2 ? view.getUint16(found[1], true) : view.getUint32(found[1], true);
  };
  return {
    length,
    u16: (at) => number(at, 2),
    u32: (at) => number(at, 4),
    latin1: (start, count) => {
      const region = regions.find((part) => start >= part.start && start <= part.start + part.bytes.length);
      if (!region) return '';
      const offset = start - region.start;
      return latin1(region.bytes, offset, count);
    },
  };
}

/** Reads over a whole file in memory. */
export function readerOf(bytes: Uint8Array): Reader {
  return regionReader(bytes.length, [{ start: 0, bytes }]);
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

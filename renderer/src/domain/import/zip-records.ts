/**
 * The ZIP records a bundle consists of, and the exact field values the exporter (bundle/zip-writer.ts over
 * fflate's streaming Zip) writes in them. Import accepts these values and no others: a reader that
 * interprets every variant the ZIP format allows is a reader that two tools can disagree with.
 */
import { success } from '../result';
import { reject, shownName, type Verified, type VerifyCode, type VerifyFailure } from './verify-codes';

export const SIG = {
  local: 0x04034b50,
  central: 0x02014b50,
  descriptor: 0x08074b50,
  end: 0x06054b50,
  zip64End: 0x06064b50,
  zip64Locator: 0x07064b50,
} as const;

export const SIZE = {
  local: 30,
  central: 46,
  descriptor: 16,
  descriptor64: 24,
  end: 22,
  zip64End: 56,
  zip64Locator: 20,
} as const;

/** The 16- and 32-bit values that mean "see the ZIP64 records". */
export const SENTINEL_16 = 0xffff;
export const SENTINEL_32 = 0xffff_ffff;

/** What every entry written by the exporter carries. */
export const CANONICAL = {
  /** "Version needed to extract": 2.0 (deflate), 4.5 in a record that uses ZIP64. */
  versionNeeded: 20,
  versionNeededZip64: 45,
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

/**
 * A 64-bit little-endian value, or -1 where it was not read. Values past 2^53 lose precision, which does not
 * matter: they are far beyond any size limit and refused as such.
 */
export function u64(read: Reader, at: number): number {
  const low = read.u32(at);
  const high = read.u32(at + 4);
  return low < 0 || high < 0 ? -1 : high * 2 ** 32 + low;
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

/** The ids and data lengths of an extra-field block, or null when the blocks do not fill it exactly. */
function extraBlocks(read: Reader, start: number, length: number): Array<[number, number]> | null {
  const blocks: Array<[number, number]> = [];
  let at = start;
  while (at + 4 <= start + length) {
    const size = read.u16(at + 2);
    if (size < 0) return null;
    blocks.push([read.u16(at), size]);
    at += 4 + size;
  }
  return at === start + length ? blocks : null;
}

/** Whether an extra-field block holds a ZIP64 record (id 0x0001), so it can be named as such. */
export function hasZip64Extra(read: Reader, start: number, length: number): boolean {
  return (extraBlocks(read, start, length) ?? []).some(([id]) => id === EXTRA_ZIP64);
}

/**
 * The values of an extra-field block that must be exactly one ZIP64 field of `count` 8-byte values (the
 * ones whose ordinary field is 0xFFFFFFFF), or why it is not. `what` names the record in messages.
 */
export function zip64ExtraValues(
  read: Reader,
  start: number,
  length: number,
  count: number,
  name: string,
  what: string,
): Verified<number[]> {
  const blocks = extraBlocks(read, start, length);
  if (!blocks) return entryFailure('zip64-malformed', name, `has a broken extra field in its ${what}`);
  const zip64 = blocks.filter(([id]) => id === EXTRA_ZIP64);
  if (zip64.length === 0) {
    return entryFailure('unexpected-extra-field', name, `carries extra fields in its ${what}`);
  }
  if (blocks.length > 1) {
    return zip64.length > 1
      ? entryFailure('zip64-malformed', name, `carries two ZIP64 extra fields in its ${what}`)
      : entryFailure('unexpected-extra-field', name, `carries extra fields besides ZIP64 in its ${what}`);
  }
  if (count === 0) {
    return entryFailure(
      'zip64-unneeded',
      name,
      `carries a ZIP64 extra field in its ${what} that no field needs`,
    );
  }
  if (zip64[0]?.[1] !== 8 * count) {
    return entryFailure(
      'zip64-malformed',
      name,
      `has a ZIP64 extra field in its ${what} that does not hold exactly the ${count} values it defers`,
    );
  }
  return success(Array.from({ length: count }, (_, i) => u64(read, start + 4 + 8 * i)));
}

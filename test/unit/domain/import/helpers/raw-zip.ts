/**
 * Test-only ZIP writer. By default it writes exactly the records the app's exporter writes (fflate's streaming
 * Zip: data descriptors, Unix rw-r--r-- mode, no extra fields, no comments), so a bundle packed with it
 * verifies; every field can be overridden to produce what a real writer never would: duplicate or traversal
 * names, lying sizes or CRCs, symlink and setuid modes, encryption flags, extra fields, comments, gaps.
 */
import { deflateSync } from 'fflate';
import { crc32 } from '../../../../../renderer/src/domain/import/crc32';

export { crc32 };

export type RawEntry = {
  name: string;
  data: Uint8Array;
  /** 8 = deflate (default), 0 = stored; any other number is written as is. */
  method?: number;
  /** The stored bytes as given (e.g. a hand-made deflate stream) instead of compressing `data`. */
  compressed?: Uint8Array;
  /** Overrides the uncompressed size in the directory and the data descriptor. */
  declaredSize?: number;
  /** Overrides the CRC-32 in the directory and the data descriptor. */
  crc?: number;
  /** Overrides only the data descriptor's uncompressed size. */
  descriptorSize?: number;
  /** Overrides only the data descriptor's CRC-32. */
  descriptorCrc?: number;
  /** General-purpose flags in both headers (default 0x0008). */
  flags?: number;
  /** Flags in the local header only. */
  localFlags?: number;
  /** External attributes (default regular file rw-r--r--). */
  externalAttributes?: number;
  /** "Version made by" (default 0x0314: Unix, 2.0). */
  madeBy?: number;
  /** Extra-field bytes in the central and/or local header. */
  centralExtra?: Uint8Array;
  localExtra?: Uint8Array;
  /** A different name in the local header. */
  localName?: string;
  /** Sizes and CRC written into the local header too (the exporter leaves them zero). */
  localSizes?: boolean;
  /** A comment on this entry in the central directory. */
  comment?: string;
  /** Bytes written before this entry's local header (offsets account for them). */
  gapBefore?: number;
};

export type RawZipOptions = {
  /** Bytes before the first entry; the offsets are shifted to match unless `prefixUnshifted`. */
  prefix?: Uint8Array;
  prefixUnshifted?: boolean;
  /** Archive comment. */
  comment?: string;
  /** Bytes after the end record. */
  trailing?: Uint8Array;
};

const DOS_TIME = (13 << 11) | (0 << 5);
const DOS_DATE = ((2025 - 1980) << 9) | (3 << 5) | 2;
export const REGULAR_FILE = 0o100644 * 0x10000;

function bytesOf(size: number, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

const ascii = (text: string) => new TextEncoder().encode(text);

export function writeZip(entries: readonly RawEntry[], options: RawZipOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const prefix = options.prefix ?? new Uint8Array();
  parts.push(prefix);
  let offset = options.prefixUnshifted ? 0 : prefix.length;
  for (const entry of entries) {
    const name = ascii(entry.name);
    const localName = ascii(entry.localName ?? entry.name);
    const method = entry.method ?? 8;
    const body = entry.compressed ?? (method === 8 ? deflateSync(entry.data) : entry.data);
    const crc = entry.crc ?? crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const flags = entry.flags ?? 0x0008;
    const localExtra = entry.localExtra ?? new Uint8Array();
    const centralExtra = entry.centralExtra ?? new Uint8Array();
    const comment = ascii(entry.comment ?? '');
    if (entry.gapBefore) {
      parts.push(new Uint8Array(entry.gapBefore));
      offset += entry.gapBefore;
    }
    const local = bytesOf(30, (view) => {
      view.setUint32(0, 0x04034b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, entry.localFlags ?? flags, true);
      view.setUint16(8, method, true);
      view.setUint16(10, DOS_TIME, true);
      view.setUint16(12, DOS_DATE, true);
      if (entry.localSizes) {
        view.setUint32(14, crc, true);
        view.setUint32(18, body.length, true);
        view.setUint32(22, size, true);
      }
      view.setUint16(26, localName.length, true);
      view.setUint16(28, localExtra.length, true);
    });
    const descriptor = bytesOf(16, (view) => {
      view.setUint32(0, 0x08074b50, true);
      view.setUint32(4, entry.descriptorCrc ?? crc, true);
      view.setUint32(8, body.length, true);
      view.setUint32(12, entry.descriptorSize ?? size, true);
    });
    const dir = bytesOf(46, (view) => {
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, entry.madeBy ?? 0x0314, true);
      view.setUint16(6, 20, true);
      view.setUint16(8, flags, true);
      view.setUint16(10, method, true);
      view.setUint16(12, DOS_TIME, true);
      view.setUint16(14, DOS_DATE, true);
      view.setUint32(16, crc, true);
      view.setUint32(20, body.length, true);
      view.setUint32(24, size, true);
      view.setUint16(28, name.length, true);
      view.setUint16(30, centralExtra.length, true);
      view.setUint16(32, comment.length, true);
      view.setUint32(38, entry.externalAttributes ?? REGULAR_FILE, true);
      view.setUint32(42, offset, true);
    });
    parts.push(local, localName, localExtra, body, descriptor);
    central.push(dir, name, centralExtra, comment);
    offset += local.length + localName.length + localExtra.length + body.length + descriptor.length;
  }
  const directorySize = central.reduce((n, part) => n + part.length, 0);
  const comment = ascii(options.comment ?? '');
  const end = bytesOf(22, (view) => {
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, entries.length, true);
    view.setUint16(10, entries.length, true);
    view.setUint32(12, directorySize, true);
    view.setUint32(16, offset, true);
    view.setUint16(20, comment.length, true);
  });
  return concat([...parts, ...central, end, comment, options.trailing ?? new Uint8Array()]);
}

/** A ZIP64 extended-information extra field (id 0x0001) holding two 64-bit sizes. */
export function zip64Extra(size: number, compressedSize: number): Uint8Array {
  return bytesOf(20, (view) => {
    view.setUint16(0, 0x0001, true);
    view.setUint16(2, 16, true);
    view.setBigUint64(4, BigInt(size), true);
    view.setBigUint64(12, BigInt(compressedSize), true);
  });
}

/** An extended-timestamp extra field (id 0x5455), as `zip` writes it. */
export function timestampExtra(): Uint8Array {
  return bytesOf(9, (view) => {
    view.setUint16(0, 0x5455, true);
    view.setUint16(2, 5, true);
    view.setUint8(4, 1);
    view.setUint32(5, 1_700_000_000, true);
  });
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

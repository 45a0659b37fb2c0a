/**
 * ZIP64 archives of several GiB that cost no memory: the records are real bytes (written by the exporter's own
 * record encoders, bundle/zip-headers.ts), the entries' data is zeros that are never stored, and the archive
 * is a BundleSource that makes up those zeros when a range is read. The structural verifier reads only the
 * records, so a 5 GiB archive is checked in milliseconds, and each record can be changed to a hostile variant.
 */
import type { BundleSource } from '../../../../../renderer/src/domain/import/bundle-source';
import {
  centralRecord,
  dataDescriptor,
  endRecords,
  localHeader,
  type WrittenEntry,
} from '../../../../../renderer/src/domain/bundle/zip-headers';

export type SparseEntry = { name: string; size: number };

/** One record of the archive: its bytes (changeable) and where it starts; data between records is zeros. */
export type Piece = { kind: 'local' | 'descriptor' | 'central' | 'end'; name: string; bytes: Uint8Array };

const GIB = 2 ** 30;

/** Three stored entries: a small one, one of 5 GiB (ZIP64 sizes) and a small one past 4 GiB (ZIP64 offset). */
export const ZIP64_ENTRIES: readonly SparseEntry[] = [
  { name: 'a.txt', size: 10 },
  { name: 'big.bin', size: 5 * GIB },
  { name: 'c.txt', size: 20 },
];

/** The records an exporter writes for stored entries of these sizes, with zero data and made-up CRCs. */
export function sparsePieces(
  entries: readonly SparseEntry[] = ZIP64_ENTRIES,
): Array<Piece & { dataAfter: number }> {
  const pieces: Array<Piece & { dataAfter: number }> = [];
  const written: WrittenEntry[] = [];
  let offset = 0;
  for (const [i, { name, size }] of entries.entries()) {
    const entry: WrittenEntry = {
      name: new TextEncoder().encode(name),
      utf8: false,
      method: 0,
      dosTime: 0x5a426800,
      crc: 0x1234 + i,
      compressedSize: size,
      size,
      offset,
      zip64: size >= 0xffff_ffff,
    };
    const local = localHeader(entry);
    const descriptor = dataDescriptor(entry);
    pieces.push({ kind: 'local', name, bytes: local, dataAfter: size });
    pieces.push({ kind: 'descriptor', name, bytes: descriptor, dataAfter: 0 });
    offset += local.length + size + descriptor.length;
    written.push(entry);
  }
  const start = offset;
  let size = 0;
  for (const entry of written) {
    const bytes = centralRecord(entry);
    size += bytes.length;
    pieces.push({ kind: 'central', name: new TextDecoder().decode(entry.name), bytes, dataAfter: 0 });
  }
  pieces.push({ kind: 'end', name: '', bytes: endRecords(written.length, size, start), dataAfter: 0 });
  return pieces;
}

/** The archive the pieces make, read on demand: record bytes where they are, zeros elsewhere. */
export function sparseSource(pieces: ReadonlyArray<Piece & { dataAfter: number }>): BundleSource {
  const placed: Array<{ start: number; bytes: Uint8Array }> = [];
  let at = 0;
  for (const piece of pieces) {
    placed.push({ start: at, bytes: piece.bytes });
    at += piece.bytes.length + piece.dataAfter;
  }
  const size = at;
  return {
    size,
    read: (from, to) => {
      const start = Math.max(0, from);
      const end = Math.min(size, to);
      const out = new Uint8Array(Math.max(0, end - start));
      for (const { start: where, bytes } of placed) {
        const lo = Math.max(start, where);
        const hi = Math.min(end, where + bytes.length);
        if (lo < hi) out.set(bytes.subarray(lo - where, hi - where), lo - start);
      }
      return Promise.resolve(out);
    },
  };
}

/** Little-endian writes into a record, for hostile variants. */
export function patch(bytes: Uint8Array, at: number, value: number, width: 2 | 4 | 8): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  if (width === 2) view.setUint16(at, value, true);
  else if (width === 4) view.setUint32(at, value >>> 0, true);
  else view.setBigUint64(at, BigInt(value), true);
  return copy;
}

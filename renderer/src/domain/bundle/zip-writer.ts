/**
 * A pull-friendly streaming ZIP writer. Output is produced synchronously from push(), so after each input
 * chunk the caller drains what was produced and hands it on before reading more input: memory stays at about
 * one chunk however large the evidence is. Entries are written one after another, never interleaved. fflate
 * deflates; the records are ours (zip-headers.ts), because fflate's Zip has no ZIP64 and bundles may pass
 * 4 GiB. An entry that may reach 4 GiB must say so up front (`sizeHint`): its local header is written first.
 */
import { Deflate } from 'fflate';
import { Crc32 } from '../import/crc32';
import type { CreateCrc32 } from './wasm-crc32';
import { MAX_BUNDLE_BYTES } from '../size-limits';
import {
  centralRecord,
  dataDescriptor,
  dosTime,
  endRecords,
  localHeader,
  U32_MAX,
  type WrittenEntry,
} from './zip-headers';

/** The largest archive the exporter writes (ZIP64 lifts the 4 GiB limit; see size-limits.ts). */
export const MAX_ZIP_BYTES = MAX_BUNDLE_BYTES;

export type ZipEntry = { push(chunk: Uint8Array): void; end(): void };

/**
 * A piece of ZIP output: bytes, or a stored Blob passed through as the data of an entry whose CRC-32 was
 * recorded earlier (see {@link ZipChunkWriter.storedBlob}). Whoever writes the output appends a Blob as is.
 */
export type ZipPart = Uint8Array | Blob;

/** How many bytes `part` holds. */
export function partSize(part: ZipPart): number {
  return part instanceof Uint8Array ? part.length : part.size;
}

export class ZipChunkWriter {
  private readonly pending: ZipPart[] = [];
  private readonly entries: WrittenEntry[] = [];
  private readonly time: number;
  private open: ZipEntry | null = null;
  /** Bytes produced (drained or not): the offset of the next record. */
  private produced = 0;
  private written = 0;

  /** `createCrc`: where entries are checksummed (e.g. WebAssembly, wasm-crc32.ts); JavaScript when absent. */
  constructor(
    mtime: Date,
    private readonly createCrc: CreateCrc32 = () => new Crc32(),
  ) {
    this.time = dosTime(mtime);
  }

  /** Bytes of ZIP output produced so far. */
  get bytesWritten(): number {
    return this.written;
  }

  private emit(part: ZipPart): void {
    const size = partSize(part);
    if (size === 0) return;
    this.pending.push(part);
    this.produced += size;
  }

  /**
   * Starts the next entry; `compress` deflates it, otherwise it is stored as is. `sizeHint` is its expected
   * size: from 4 GiB on, the entry is written as ZIP64. An entry that ends on the other side of 4 GiB than
   * declared throws (its local header already went out).
   */
  entry(path: string, compress: boolean, sizeHint = 0): ZipEntry {
    const record = this.begin(path, compress, sizeHint);
    const crc = this.createCrc();
    const out = (chunk: Uint8Array) => {
      record.compressedSize += chunk.length;
      this.emit(chunk);
    };
    const deflate = compress ? new Deflate({ level: 6 }, (chunk) => out(chunk)) : null;
    const entry: ZipEntry = {
      push: (chunk) => {
        crc.update(chunk);
        record.size += chunk.length;
        if (deflate) deflate.push(chunk, false);
        else out(chunk);
      },
      end: () => {
        deflate?.push(new Uint8Array(0), true);
        record.crc = crc.value();
        this.close(record, path);
      },
    };
    this.open = entry;
    return entry;
  }

  /**
   * Writes a stored entry whose data is `blob`, passed on as one output part without reading it; `crc32` is
   * the CRC-32 of its bytes, recorded when they were captured. The records are those {@link entry} writes for
   * the same bytes (local header without sizes, data descriptor after the data), so the output is identical.
   */
  storedBlob(path: string, blob: Blob, crc32: number): void {
    const record = this.begin(path, false, blob.size);
    this.emit(blob);
    record.size = blob.size;
    record.compressedSize = blob.size;
    record.crc = crc32 >>> 0;
    this.close(record, path);
  }

  private begin(path: string, compress: boolean, sizeHint: number): WrittenEntry {
    if (this.open) throw new Error('Finish the previous ZIP entry first.');
    const name = new TextEncoder().encode(path);
    const record: WrittenEntry = {
      name,
      utf8: name.length !== path.length,
      method: compress ? 8 : 0,
      dosTime: this.time,
      crc: 0,
      compressedSize: 0,
      size: 0,
      offset: this.produced,
      zip64: sizeHint >= U32_MAX,
    };
    this.emit(localHeader(record));
    return record;
  }

  private close(record: WrittenEntry, path: string): void {
    // Its local header is written: the size must be on the side of 4 GiB it was declared on.
    if (record.zip64 !== Math.max(record.size, record.compressedSize) >= U32_MAX) {
      throw new Error(`The ZIP entry ${path} is not on the side of 4 GiB its declared size was.`);
    }
    this.emit(dataDescriptor(record));
    this.entries.push(record);
    this.open = null;
  }

  /** Writes a whole small file as one entry. */
  file(path: string, bytes: Uint8Array, compress: boolean): void {
    const entry = this.entry(path, compress, bytes.length);
    entry.push(bytes);
    entry.end();
  }

  /** Writes the central directory and the end records; drain once more afterwards. */
  finish(): void {
    if (this.open) throw new Error('Finish the last ZIP entry first.');
    const start = this.produced;
    let size = 0;
    for (const entry of this.entries) {
      const record = centralRecord(entry);
      size += record.length;
      this.emit(record);
    }
    this.emit(endRecords(this.entries.length, size, start));
  }

  /** Output produced since the last drain, Blob parts included. */
  drainParts(): ZipPart[] {
    const parts = this.pending.splice(0, this.pending.length);
    for (const part of parts) this.written += partSize(part);
    return parts;
  }

  /** Output produced since the last drain, for a writer that never passes a Blob through. */
  drain(): Uint8Array[] {
    if (this.pending.some((part) => !(part instanceof Uint8Array)))
      throw new Error('This ZIP holds a Blob part: drain it with drainParts.');
    return this.drainParts() as Uint8Array[];
  }
}

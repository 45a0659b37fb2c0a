/**
 * A pull-friendly wrapper over fflate's streaming Zip. fflate emits output synchronously from push(), so
 * after each input chunk the caller drains what was produced and hands it on before reading more input:
 * memory stays at about one chunk however large the evidence is. Entries are written one after another,
 * never interleaved, so fflate never buffers a later entry behind an unfinished one.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { MAX_BUNDLE_BYTES } from '../size-limits';
import type { CreateCrc32, RunningCrc32 } from './wasm-crc32';

/** ZIP without ZIP64 (fflate has none) cannot address more than 4 GiB. */
export const MAX_ZIP_BYTES = MAX_BUNDLE_BYTES;

export type ZipEntry = { push(chunk: Uint8Array): void; end(): void };

/** fflate's stored entry, its CRC-32 computed by `running` (WebAssembly) instead of fflate's JavaScript. */
class StoredEntry extends ZipPassThrough {
  constructor(
    path: string,
    private readonly running: RunningCrc32,
  ) {
    super(path);
  }

  override push(chunk: Uint8Array, final = false): void {
    this.running.update(chunk);
    this.size += chunk.length;
    if (final) this.crc = this.running.value();
    // fflate's own push passes the chunk on the same way (its types want an ArrayBuffer-backed array).
    this.process(chunk as Uint8Array<ArrayBuffer>, final);
  }
}

export class ZipChunkWriter {
  private readonly zip: Zip;
  private readonly pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private open: ZipEntry | null = null;
  private written = 0;

  /** `createCrc`: where stored entries (evidence) are checksummed; fflate's own CRC-32 when absent. */
  constructor(
    private readonly mtime: Date,
    private readonly createCrc?: CreateCrc32,
  ) {
    this.zip = new Zip((error, data) => {
      if (error) this.failure = error;
      else if (data.length > 0) this.pending.push(data);
    });
  }

  /** Bytes of ZIP output produced so far. */
  get bytesWritten(): number {
    return this.written;
  }

  /** Starts the next entry; `compress` deflates it, otherwise it is stored as is. */
  entry(path: string, compress: boolean): ZipEntry {
    if (this.open) throw new Error('Finish the previous ZIP entry first.');
    const file = compress
      ? new ZipDeflate(path, { level: 6 })
      : this.createCrc
        ? new StoredEntry(path, this.createCrc())
        : new ZipPassThrough(path);
    file.mtime = this.mtime;
    // Regular file, rw-r--r--, so unzip creates ordinary files whatever the platform.
    file.os = 3;
    file.attrs = 0o100644 * 0x10000;
    this.zip.add(file);
    const entry: ZipEntry = {
      push: (chunk) => file.push(chunk, false),
      end: () => {
        file.push(new Uint8Array(0), true);
        this.open = null;
      },
    };
    this.open = entry;
    return entry;
  }

  /** Writes a whole small file as one entry. */
  file(path: string, bytes: Uint8Array, compress: boolean): void {
    const entry = this.entry(path, compress);
    entry.push(bytes);
    entry.end();
  }

  /** Writes the central directory; drain once more afterwards. */
  finish(): void {
    this.zip.end();
  }

  /** Output produced since the last drain; throws if fflate reported an error. */
  drain(): Uint8Array[] {
    if (this.failure) throw this.failure;
    const chunks = this.pending.splice(0, this.pending.length);
    for (const chunk of chunks) this.written += chunk.length;
    return chunks;
  }
}

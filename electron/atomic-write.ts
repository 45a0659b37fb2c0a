/**
 * Atomic file replacement: bytes go to a temp file in the target's own directory (so the final rename never
 * crosses file systems), are fsynced, and only then renamed over the target. On any failure the old file is
 * untouched and the temp file is removed. A bundle on a USB stick is therefore either the old one or the
 * complete new one, never half of each.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriter {
  readonly targetPath: string;
  readonly tempPath: string;
  readonly bytesWritten: number;
  write(bytes: Uint8Array): Promise<void>;
  /** fsync, close, rename over the target, then fsync the directory (where the OS allows it). */
  commit(): Promise<void>;
  /** Closes and removes the temp file; safe to call more than once and after a failed write. */
  abort(): Promise<void>;
}

export function tempPathFor(targetPath: string): string {
  const name = `.${path.basename(targetPath)}.${randomBytes(6).toString('hex')}.partial`;
  return path.join(path.dirname(targetPath), name);
}

async function syncDirectory(directory: string): Promise<void> {
  // Makes the rename itself durable on POSIX; Windows cannot open directories, and NTFS journals renames.
  if (process.platform === 'win32') return;
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

class TempFileWriter implements AtomicWriter {
  bytesWritten = 0;
  private handle: FileHandle | null;
  private finished = false;

  constructor(
    readonly targetPath: string,
    readonly tempPath: string,
    handle: FileHandle,
  ) {
    this.handle = handle;
  }

  async write(bytes: Uint8Array): Promise<void> {
    const handle = this.requireOpen();
    try {
      await handle.write(bytes);
      this.bytesWritten += bytes.byteLength;
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  async commit(): Promise<void> {
    const handle = this.requireOpen();
    try {
      await handle.sync();
      await handle.close();
      this.handle = null;
      await rename(this.tempPath, this.targetPath);
      this.finished = true;
    } catch (error) {
      await this.abort();
      throw error;
    }
    await syncDirectory(path.dirname(this.targetPath)).catch(() => undefined);
  }

  async abort(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
    await unlink(this.tempPath).catch(() => undefined);
  }

  private requireOpen(): FileHandle {
    if (this.finished || this.handle === null) throw new Error('This save is already finished.');
    return this.handle;
  }
}

/** Opens a temp file beside `targetPath`; nothing at `targetPath` changes until commit(). */
export async function openAtomicWriter(targetPath: string): Promise<AtomicWriter> {
  const tempPath = tempPathFor(targetPath);
  // 'wx' refuses to follow or reuse anything already at the temp name.
  const handle = await open(tempPath, 'wx', 0o666);
  return new TempFileWriter(targetPath, tempPath, handle);
}

/** Writes all chunks atomically; if the source throws midway, the target keeps its old content. */
export async function writeFileAtomic(
  targetPath: string,
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
): Promise<void> {
  const writer = await openAtomicWriter(targetPath);
  try {
    for await (const chunk of chunks) await writer.write(chunk);
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

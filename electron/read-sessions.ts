/**
 * Chunked reads behind the file:read and file:close channels. A whole file cannot cross IPC as one message
 * (Chromium refuses messages over 256 MiB) and a bundle with a day's photos and video is larger, so main
 * keeps each opened file's handle under an unguessable token and the renderer pulls it in chunks of at most
 * MAX_READ_CHUNK_BYTES. Every read checks that the file still has the size and time it had when it was
 * opened, so a file rewritten half-way is refused rather than read as a mix of two versions.
 */
import { randomBytes } from 'node:crypto';
import type { IpcResult, OpenedFileHandle } from './ipc-contract';
import { fail, ok } from './ipc-result';
import { MAX_OPEN_READS, MAX_READ_CHUNK_BYTES } from './limits';
import { openCheckedFile, type CheckedFile, type ReadFileRules } from './read-file';

export class ReadSessions {
  private readonly sessions = new Map<string, CheckedFile>();

  constructor(private readonly maxOpen: number = MAX_OPEN_READS) {}

  get openCount(): number {
    return this.sessions.size;
  }

  /** Checks a file against the rules and keeps it open for reading. */
  async open(filePath: string, rules: ReadFileRules): Promise<IpcResult<OpenedFileHandle>> {
    const checked = await openCheckedFile(filePath, rules);
    return checked.ok ? ok(await this.add(checked.value)) : checked;
  }

  /** Keeps a checked file open for reading; the oldest open one is closed when too many are open. */
  private async add(file: CheckedFile): Promise<OpenedFileHandle> {
    while (this.sessions.size >= this.maxOpen) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      await this.close(oldest);
    }
    const token = randomBytes(16).toString('hex');
    this.sessions.set(token, file);
    return { token, name: file.name, size: file.size, lastModified: file.mtimeMs };
  }

  async read(token: string, offset: number, length: number): Promise<IpcResult<Uint8Array>> {
    const file = this.sessions.get(token);
    if (!file) return fail('unknown-file', 'That file is no longer open; choose it again.');
    if (length > MAX_READ_CHUNK_BYTES || offset + length > file.size) {
      return fail('invalid-payload', 'The read lies outside the file or is larger than one chunk.');
    }
    try {
      const info = await file.handle.stat();
      if (info.size !== file.size || info.mtimeMs !== file.mtimeMs) {
        await this.close(token);
        return fail('read-failed', `“${file.name}” changed after it was opened; open it again.`);
      }
      const bytes = new Uint8Array(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await file.handle.read(bytes, done, length - done, offset + done);
        if (bytesRead === 0) {
          await this.close(token);
          return fail('read-failed', `“${file.name}” changed while it was being read.`);
        }
        done += bytesRead;
      }
      return ok(bytes);
    } catch {
      await this.close(token);
      return fail('read-failed', `“${file.name}” could not be read.`);
    }
  }

  /** Closes one file; closing one that is not open is not an error. */
  async close(token: string): Promise<IpcResult<null>> {
    const file = this.sessions.get(token);
    this.sessions.delete(token);
    await file?.handle.close().catch(() => undefined);
    return ok(null);
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((token) => this.close(token)));
  }
}

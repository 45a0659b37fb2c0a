/**
 * Streaming saves behind the save:* channels. save:begin (after the native dialog) opens an atomic writer
 * and hands the renderer an unguessable token; chunks append in order; commit makes the file appear in one
 * rename; abort, a failure or quitting the app leaves no temp file behind. The renderer never sees a path.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { openAtomicWriter, type AtomicWriter } from './atomic-write';
import type { IpcResult } from './ipc-contract';
import { fail, ok } from './ipc-result';
import { MAX_SAVE_TOTAL_BYTES } from './limits';

interface SaveSession {
  writer: AtomicWriter;
  /** Serialises chunk writes even if the renderer does not await each one. */
  queue: Promise<unknown>;
}

export interface SaveSessionsOptions {
  maxTotalBytes?: number;
  openWriter?: (targetPath: string) => Promise<AtomicWriter>;
}

export class SaveSessions {
  private readonly sessions = new Map<string, SaveSession>();
  private readonly maxTotalBytes: number;
  private readonly openWriter: (targetPath: string) => Promise<AtomicWriter>;

  constructor(options: SaveSessionsOptions = {}) {
    this.maxTotalBytes = options.maxTotalBytes ?? MAX_SAVE_TOTAL_BYTES;
    this.openWriter = options.openWriter ?? openAtomicWriter;
  }

  get openCount(): number {
    return this.sessions.size;
  }

  async begin(targetPath: string): Promise<IpcResult<{ token: string; fileName: string }>> {
    try {
      const writer = await this.openWriter(targetPath);
      const token = randomBytes(16).toString('hex');
      this.sessions.set(token, { writer, queue: Promise.resolve() });
      return ok({ token, fileName: path.basename(targetPath) });
    } catch {
      return fail('write-failed', 'The app cannot write to that folder. Choose another place to save.');
    }
  }

  chunk(token: string, bytes: Uint8Array): Promise<IpcResult<null>> {
    const session = this.sessions.get(token);
    if (!session) return Promise.resolve(unknownSave());
    const next = session.queue.then(async (): Promise<IpcResult<null>> => {
      if (!this.sessions.has(token)) return unknownSave();
      if (session.writer.bytesWritten + bytes.byteLength > this.maxTotalBytes) {
        await this.drop(token);
        return fail('save-too-large', 'The file is larger than the app can save in one piece.');
      }
      try {
        await session.writer.write(bytes);
        return ok(null);
      } catch {
        this.sessions.delete(token);
        return fail(
          'write-failed',
          'Writing the file failed; nothing was saved. Check the disk and try again.',
        );
      }
    });
    session.queue = next;
    return next;
  }

  async commit(token: string): Promise<IpcResult<string>> {
    const session = this.sessions.get(token);
    if (!session) return unknownSave();
    await session.queue;
    if (!this.sessions.delete(token)) return unknownSave();
    try {
      await session.writer.commit();
      return ok(path.basename(session.writer.targetPath));
    } catch {
      return fail(
        'write-failed',
        'The file could not be completed; the previous file, if any, is unchanged.',
      );
    }
  }

  async abort(token: string): Promise<IpcResult<null>> {
    const session = this.sessions.get(token);
    if (!session) return unknownSave();
    await session.queue.catch(() => undefined);
    await this.drop(token);
    return ok(null);
  }

  /** Called on quit and when the window goes away. */
  async abortAll(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((token) => this.drop(token)));
  }

  private async drop(token: string): Promise<void> {
    const session = this.sessions.get(token);
    this.sessions.delete(token);
    await session?.writer.abort();
  }
}

function unknownSave<T>(): IpcResult<T> {
  return fail('unknown-save', 'This save is no longer open; start the save again.');
}

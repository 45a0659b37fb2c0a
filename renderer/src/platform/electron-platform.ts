/**
 * The Electron implementation of Platform, over the preload's `window.airrDesktop`. Only types come from
 * electron/ (lint forbids runtime imports). IPC results pass through as Platform results, codes unchanged.
 */
// eslint-disable-next-line no-restricted-imports -- types only: the preload API's shape is the contract.
import type { DesktopApi, OpenedFileHandle } from '../../../electron/preload';
import { DONE, failure, success } from '../domain/result';
import type {
  AutoBackupPlatform,
  OpenedFile,
  Platform,
  PlatformResult,
  SaveOptions,
  SaveTarget,
} from './platform';

declare global {
  interface Window {
    /** Present only inside the Electron shell (see electron/preload.ts). */
    airrDesktop?: DesktopApi;
  }
}

/** Main caps a chunk at 16 MiB either way; larger writes are split, reads are pulled in pieces. */
const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Pulls a file main holds open, chunk by chunk, into a Blob. Each step wraps the Blob so far with the next
 * chunk, which Chromium composes by reference: only one chunk is ever held as JavaScript bytes, whatever
 * the file's size. The handle is closed whether or not the read succeeds.
 */
async function readOpenedFile(api: DesktopApi, file: OpenedFileHandle): Promise<PlatformResult<OpenedFile>> {
  try {
    let blob = new Blob([]);
    for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
      const length = Math.min(CHUNK_BYTES, file.size - offset);
      const read = await api.readFile(file.token, offset, length);
      if (!read.ok) return read;
      // Bytes arriving over IPC are backed by a plain ArrayBuffer, which is what Blob accepts.
      blob = new Blob([blob, read.value as Uint8Array<ArrayBuffer>]);
    }
    return success({ name: file.name, size: file.size, lastModified: file.lastModified, blob });
  } finally {
    await api.closeFile(file.token);
  }
}

type TargetCalls = {
  chunk: (token: string, bytes: Uint8Array) => Promise<PlatformResult<null>>;
  commit: (token: string) => Promise<PlatformResult<string>>;
  abort: (token: string) => Promise<unknown>;
};

/** Bytes of `chunk` in pieces main accepts; a Blob is read slice by slice, one slice held at a time. */
async function* piecesOf(chunk: Uint8Array | Blob): AsyncGenerator<Uint8Array> {
  const size = chunk instanceof Blob ? chunk.size : chunk.byteLength;
  for (let offset = 0; offset < size; offset += CHUNK_BYTES) {
    const end = Math.min(size, offset + CHUNK_BYTES);
    yield chunk instanceof Blob
      ? new Uint8Array(await chunk.slice(offset, end).arrayBuffer())
      : chunk.subarray(offset, end);
  }
}

function chunkedTarget(calls: TargetCalls, token: string): SaveTarget {
  return {
    async write(chunk) {
      try {
        for await (const piece of piecesOf(chunk)) {
          const written = await calls.chunk(token, piece);
          if (!written.ok) return written;
        }
      } catch (error) {
        const why = error instanceof Error ? error.name || error.message : String(error);
        return failure('write-failed', `A stored file could not be read for saving (${why}).`);
      }
      return DONE;
    },
    commit: () => calls.commit(token),
    async abort() {
      // Main drops the temp file itself; a save it already dropped (after a failed write) is not an error.
      await calls.abort(token);
    },
  };
}

function saveTarget(api: DesktopApi, token: string): SaveTarget {
  return chunkedTarget({ chunk: api.saveChunk, commit: api.saveCommit, abort: api.saveAbort }, token);
}

function autoBackup(api: DesktopApi): AutoBackupPlatform {
  const calls: TargetCalls = {
    chunk: api.backupChunk,
    // The committed archive's name is the one main just recorded as the last success.
    async commit(token) {
      const committed = await api.backupCommit(token);
      if (!committed.ok) return committed;
      return success(committed.value.lastSuccess?.fileName ?? '');
    },
    abort: api.backupAbort,
  };
  return {
    status: () => api.backupStatus(),
    configure: (settings) => api.backupConfigure(settings),
    chooseFolder: () => api.backupChooseFolder(),
    async begin() {
      const begun = await api.backupBegin();
      if (!begun.ok) return begun;
      return success(chunkedTarget(calls, begun.value.token));
    },
    skipped: (reason) => api.backupSkipped(reason),
    onRequest: (run) => api.onBackupRequest(run),
  };
}

/** The preload API when running in the desktop shell, otherwise undefined. */
export function desktopApiFromWindow(): DesktopApi | undefined {
  return typeof window === 'undefined' ? undefined : window.airrDesktop;
}

export function createElectronPlatform(api: DesktopApi): Platform {
  return {
    appInfo: () => ({ name: api.appName || 'AIRR Assessor', version: api.appVersion, shell: 'electron' }),
    async saveFile(options: SaveOptions) {
      const begun = await api.saveBegin({
        suggestedName: options.suggestedName,
        extensions: options.extensions,
      });
      if (!begun.ok) return begun;
      return success(begun.value === null ? null : saveTarget(api, begun.value.token));
    },
    async openFiles(options) {
      const handles = await api.openFiles(options);
      if (!handles.ok) return handles;
      const files: OpenedFile[] = [];
      try {
        for (const handle of handles.value) {
          const read = await readOpenedFile(api, handle);
          if (!read.ok) return read;
          files.push(read.value);
        }
      } finally {
        // Files not reached after a failure are still released.
        await Promise.all(handles.value.slice(files.length + 1).map((handle) => api.closeFile(handle.token)));
      }
      return success(files);
    },
    onOpenFileRequest(listener, onError) {
      return api.onOpenRequest((handle) => {
        void readOpenedFile(api, handle).then((read) =>
          read.ok ? listener(read.value) : onError(read.message),
        );
      });
    },
    onQuitRequest(flush) {
      return api.onFlushRequest(flush);
    },
    onSessionLock(listener) {
      return api.onSessionLock(() => listener());
    },
    autoBackup: autoBackup(api),
  };
}

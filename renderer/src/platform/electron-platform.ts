/**
 * The Electron implementation of Platform, over the preload's `window.airrDesktop`. Only types come from
 * electron/ (lint forbids runtime imports); IPC result values become rejected promises here, carrying the
 * stable code, because Platform's callers work with promises.
 */
// eslint-disable-next-line no-restricted-imports -- types only: the preload API's shape is the contract.
import type { DesktopApi, IpcErrorCode, IpcResult, OpenedFileHandle } from '../../../electron/preload';
import type { OpenedFile, Platform, SaveOptions, SaveTarget } from './platform';

declare global {
  interface Window {
    /** Present only inside the Electron shell (see electron/preload.ts). */
    airrDesktop?: DesktopApi;
  }
}

/** Main caps a chunk at 16 MiB either way; larger writes are split, reads are pulled in pieces. */
const CHUNK_BYTES = 8 * 1024 * 1024;

export class DesktopError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DesktopError';
  }
}

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new DesktopError(result.code, result.message);
}

/**
 * Pulls a file main holds open, chunk by chunk, into a Blob. Each step wraps the Blob so far with the next
 * chunk, which Chromium composes by reference: only one chunk is ever held as JavaScript bytes, whatever
 * the file's size. The handle is closed whether or not the read succeeds.
 */
async function readOpenedFile(api: DesktopApi, file: OpenedFileHandle): Promise<OpenedFile> {
  try {
    let blob = new Blob([]);
    for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
      const length = Math.min(CHUNK_BYTES, file.size - offset);
      // Bytes arriving over IPC are backed by a plain ArrayBuffer, which is what Blob accepts.
      const chunk = unwrap(await api.readFile(file.token, offset, length)) as Uint8Array<ArrayBuffer>;
      blob = new Blob([blob, chunk]);
    }
    return { name: file.name, size: file.size, lastModified: file.lastModified, blob };
  } finally {
    await api.closeFile(file.token);
  }
}

function saveTarget(api: DesktopApi, token: string): SaveTarget {
  return {
    async write(chunk) {
      for (let offset = 0; offset < chunk.byteLength; offset += CHUNK_BYTES) {
        unwrap(await api.saveChunk(token, chunk.subarray(offset, offset + CHUNK_BYTES)));
      }
    },
    async commit() {
      return unwrap(await api.saveCommit(token));
    },
    async abort() {
      const result = await api.saveAbort(token);
      // Aborting a save main already dropped (after a failed write) is not an error.
      if (!result.ok && result.code !== 'unknown-save') unwrap(result);
    },
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
      const begun = unwrap(
        await api.saveBegin({ suggestedName: options.suggestedName, extensions: options.extensions }),
      );
      return begun === null ? null : saveTarget(api, begun.token);
    },
    async openFiles(options) {
      const handles = unwrap(await api.openFiles(options));
      const files: OpenedFile[] = [];
      try {
        for (const handle of handles) files.push(await readOpenedFile(api, handle));
      } finally {
        // Files not reached after a failure are still released.
        await Promise.all(handles.slice(files.length + 1).map((handle) => api.closeFile(handle.token)));
      }
      return files;
    },
    onOpenFileRequest(listener, onError) {
      return api.onOpenRequest((handle) => {
        readOpenedFile(api, handle).then(listener, (error: unknown) =>
          onError(error instanceof Error ? error.message : String(error)),
        );
      });
    },
    onSessionLock(listener) {
      return api.onSessionLock(() => listener());
    },
  };
}

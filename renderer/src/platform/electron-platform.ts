/**
 * The Electron implementation of Platform, over the preload's `window.airrDesktop`. Only types come from
 * electron/ (lint forbids runtime imports); IPC result values become rejected promises here, carrying the
 * stable code, because Platform's callers work with promises.
 */
// eslint-disable-next-line no-restricted-imports -- types only: the preload API's shape is the contract.
import type { DesktopApi, IpcErrorCode, IpcResult, OpenedFilePayload } from '../../../electron/preload';
import type { OpenedFile, Platform, SaveOptions, SaveTarget } from './platform';

declare global {
  interface Window {
    /** Present only inside the Electron shell (see electron/preload.ts). */
    airrDesktop?: DesktopApi;
  }
}

/** Main caps a chunk at 16 MiB; larger writes are split. */
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

function toOpenedFile(file: OpenedFilePayload): OpenedFile {
  // Bytes arriving over IPC are backed by a plain ArrayBuffer, which is what Blob accepts.
  const bytes = file.bytes as Uint8Array<ArrayBuffer>;
  return {
    name: file.name,
    size: bytes.byteLength,
    lastModified: file.lastModified,
    blob: new Blob([bytes]),
  };
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
      return unwrap(await api.openFiles(options)).map(toOpenedFile);
    },
    onOpenFileRequest(listener) {
      return api.onOpenRequest((file) => listener(toOpenedFile(file)));
    },
  };
}

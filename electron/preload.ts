/**
 * The preload: the renderer's only door to main. It exposes one small typed object, `window.airrDesktop`,
 * never ipcRenderer itself. Sandboxed preloads cannot require local modules, so this file is self-contained:
 * channel names are string literals checked against the contract's types at compile time.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type {
  IpcChannel,
  IpcEventContract,
  IpcRequest,
  IpcResponse,
  IpcResult,
  OpenedFileHandle,
  OpenFilesRequest,
  PreloadSwitch,
  SaveBeginRequest,
} from './ipc-contract';

function invoke<C extends IpcChannel>(
  channel: C,
  request: IpcRequest<C>,
): Promise<IpcResult<IpcResponse<C>>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResult<IpcResponse<C>>>;
}

function switchValue(name: PreloadSwitch): string {
  const arg = process.argv.find((candidate) => candidate.startsWith(name));
  return arg === undefined ? '' : arg.slice(name.length);
}

type OpenListener = (file: OpenedFileHandle) => void;
const openListeners = new Set<OpenListener>();
// Requests that arrive before the renderer subscribes wait here, so a double-clicked file is never lost.
const pendingOpens: OpenedFileHandle[] = [];
const OPEN_REQUEST: keyof IpcEventContract = 'file:open-request';

ipcRenderer.on(OPEN_REQUEST, (_event, file: IpcEventContract['file:open-request']) => {
  if (openListeners.size === 0) pendingOpens.push(file);
  for (const listener of openListeners) listener(file);
});

export const desktopApi = {
  /** Known synchronously: main passes it on the renderer's command line. */
  appName: switchValue('--airr-app-name='),
  appVersion: switchValue('--airr-app-version='),
  appInfo: () => invoke('app:info', undefined),
  saveBegin: (request: SaveBeginRequest) => invoke('save:begin', request),
  saveChunk: (token: string, bytes: Uint8Array) => invoke('save:chunk', { token, bytes }),
  saveCommit: (token: string) => invoke('save:commit', { token }),
  saveAbort: (token: string) => invoke('save:abort', { token }),
  openFiles: (request: OpenFilesRequest) => invoke('file:open', request),
  readFile: (token: string, offset: number, length: number) => invoke('file:read', { token, offset, length }),
  closeFile: (token: string) => invoke('file:close', { token }),
  /** Files the OS asked the app to open; returns an unsubscribe function. */
  onOpenRequest: (listener: OpenListener): (() => void) => {
    openListeners.add(listener);
    for (const file of pendingOpens.splice(0)) listener(file);
    return () => {
      openListeners.delete(listener);
    };
  },
};

/** The renderer's view of the preload API, derived from the object itself. */
export type DesktopApi = typeof desktopApi;
export type { IpcErrorCode, IpcResult, OpenedFileHandle } from './ipc-contract';

contextBridge.exposeInMainWorld('airrDesktop', desktopApi);

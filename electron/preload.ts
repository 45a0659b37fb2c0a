/**
 * The preload: the renderer's only door to main. It exposes one small typed object, `window.airrDesktop`,
 * never ipcRenderer itself. Sandboxed preloads cannot require local modules, so this file is self-contained:
 * channel names are string literals checked against the contract's types at compile time.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type {
  AutoBackupSettingsRequest,
  AutoBackupSkipReason,
  BackupRequestReason,
  IpcChannel,
  IpcEventContract,
  IpcRequest,
  IpcResponse,
  IpcResult,
  OpenedFileHandle,
  OpenFilesRequest,
  PreloadSwitch,
  SaveBeginRequest,
  SessionLockReason,
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

type LockListener = (reason: SessionLockReason) => void;
const lockListeners = new Set<LockListener>();
const SESSION_LOCK: keyof IpcEventContract = 'session:lock';
// The sandboxed preload cannot load zod; the payload is checked by hand against the contract's two reasons.
const LOCK_REASONS: readonly SessionLockReason[] = ['lock-screen', 'suspend'];

function lockReason(payload: unknown): SessionLockReason | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const reason = (payload as { reason?: unknown }).reason;
  return LOCK_REASONS.find((known) => known === reason) ?? null;
}

ipcRenderer.on(SESSION_LOCK, (_event, payload: unknown) => {
  const reason = lockReason(payload);
  if (reason === null) return;
  for (const listener of lockListeners) listener(reason);
});

type FlushHandler = () => Promise<void>;
let flushHandler: FlushHandler | null = null;
const FLUSH_REQUEST: keyof IpcEventContract = 'app:flush-request';

// Main holds a closing window (and a quit) until this answers; with no handler there is nothing to save.
ipcRenderer.on(FLUSH_REQUEST, (_event, payload: unknown) => {
  const id = (payload as { id?: unknown } | null)?.id;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return;
  const flushing = flushHandler ? flushHandler().catch(() => undefined) : Promise.resolve();
  void flushing.then(() => invoke('app:flush-done', { id }));
});

type BackupHandler = (reason: BackupRequestReason) => Promise<void>;
let backupHandler: BackupHandler | null = null;
const BACKUP_REQUEST: keyof IpcEventContract = 'backup:request';
const BACKUP_REASONS: readonly BackupRequestReason[] = ['daily', 'quit'];

// Main holds a quit until this answers (bounded); with no handler there is nothing to back up yet.
ipcRenderer.on(BACKUP_REQUEST, (_event, payload: unknown) => {
  const { id, reason } = (payload ?? {}) as { id?: unknown; reason?: unknown };
  const known = BACKUP_REASONS.find((candidate) => candidate === reason);
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || known === undefined) return;
  const running = backupHandler ? backupHandler(known).catch(() => undefined) : Promise.resolve();
  void running.then(() => invoke('backup:request-done', { id }));
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
  /** What saves pending edits before the window closes or the app quits; returns an unsubscribe function. */
  onFlushRequest: (handler: FlushHandler): (() => void) => {
    flushHandler = handler;
    return () => {
      if (flushHandler === handler) flushHandler = null;
    };
  },
  backupStatus: () => invoke('backup:get-settings', undefined),
  backupConfigure: (request: AutoBackupSettingsRequest) => invoke('backup:set-settings', request),
  backupChooseFolder: () => invoke('backup:choose-folder', undefined),
  backupBegin: () => invoke('backup:begin', undefined),
  backupChunk: (token: string, bytes: Uint8Array) => invoke('backup:chunk', { token, bytes }),
  backupCommit: (token: string) => invoke('backup:commit', { token }),
  backupAbort: (token: string) => invoke('backup:abort', { token }),
  backupSkipped: (reason: AutoBackupSkipReason) => invoke('backup:skipped', { reason }),
  /** What writes an automatic backup when main asks (daily or on quit); returns an unsubscribe function. */
  onBackupRequest: (handler: BackupHandler): (() => void) => {
    backupHandler = handler;
    return () => {
      if (backupHandler === handler) backupHandler = null;
    };
  },
  /** Screen locked or machine suspending (main's powerMonitor); returns an unsubscribe function. */
  onSessionLock: (listener: LockListener): (() => void) => {
    lockListeners.add(listener);
    return () => {
      lockListeners.delete(listener);
    };
  },
};

/** The renderer's view of the preload API, derived from the object itself. */
export type DesktopApi = typeof desktopApi;
export type {
  AutoBackupSkipReason,
  AutoBackupStatus,
  BackupRequestReason,
  IpcErrorCode,
  IpcResult,
  OpenedFileHandle,
  SessionLockReason,
} from './ipc-contract';

contextBridge.exposeInMainWorld('airrDesktop', desktopApi);

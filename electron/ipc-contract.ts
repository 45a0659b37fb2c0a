/**
 * The IPC contract between main and preload: type-only, imported by main, preload and the renderer's
 * Electron platform (as types). Channel names are `area:action` in kebab-case. Every invoke returns an
 * IpcResult: failures travel as values with a stable kebab-case code and a human sentence, never as thrown
 * errors (Electron would flatten those into an opaque string).
 */

/** Stable failure codes; the renderer may branch on them, so only ever add. */
export type IpcErrorCode =
  | 'untrusted-sender'
  | 'invalid-payload'
  | 'internal-error'
  | 'unknown-save'
  | 'save-too-large'
  | 'write-failed'
  | 'not-found'
  | 'not-a-file'
  | 'wrong-extension'
  | 'file-too-large'
  | 'read-failed'
  | 'unknown-file'
  | 'backup-not-configured'
  | 'backup-folder-unavailable';

// Mirrors Result<T, IpcErrorCode> of renderer/src/domain/result.ts (rootDir keeps electron/ from importing it);
// test/unit/domain/result.test.ts fails the typecheck if the two drift apart.
export type IpcResult<T> = { ok: true; value: T } | { ok: false; code: IpcErrorCode; message: string };

/** Facts about the running app; safe to show in an About box. */
export interface DesktopAppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  platform: string;
  arch: string;
  packaged: boolean;
}

export interface SaveBeginRequest {
  suggestedName: string;
  /** Extensions without dots, e.g. ['airr'] or ['airr.age']. */
  extensions: string[];
}

/** null when the user cancelled the save dialog. */
export type SaveBeginResponse = { token: string; fileName: string } | null;

export interface SaveChunkRequest {
  token: string;
  bytes: Uint8Array;
}

export interface SaveTokenRequest {
  token: string;
}

export interface OpenFilesRequest {
  /** Extensions without dots; empty means any file. */
  extensions: string[];
  multiple: boolean;
}

/**
 * A file main has checked and holds open for the renderer: its name and size, never its path. The bytes
 * follow through file:read in chunks; file:close releases it.
 */
export interface OpenedFileHandle {
  token: string;
  name: string;
  size: number;
  lastModified: number;
}

export interface FileReadRequest {
  token: string;
  offset: number;
  /** At most 16 MiB. */
  length: number;
}

export interface FileTokenRequest {
  token: string;
}

/** Why an automatic backup was not written; the renderer words each one (Settings → Backups). */
export type AutoBackupSkipReason =
  'no-identity' | 'identity-locked' | 'recipient-missing' | 'archive-failed' | 'write-failed';

/**
 * The automatic backup's settings and last outcomes, as main remembers them. `folder` is for display only:
 * main writes to the folder it stored from its own dialog and never takes a path from the renderer.
 */
export interface AutoBackupStatus {
  enabled: boolean;
  folder: string | null;
  /** How many of its own archives the folder keeps (1–100). */
  keep: number;
  /** The age recipient ("age1…") that seals every automatic backup. */
  recipient: string | null;
  lastSuccess: { at: string; fileName: string } | null;
  /** The latest attempt that wrote nothing, when it came after the last success. */
  lastSkip: { at: string; reason: AutoBackupSkipReason } | null;
}

export interface AutoBackupSettingsRequest {
  enabled: boolean;
  keep: number;
  recipient: string | null;
}

export interface BackupTokenRequest {
  token: string;
}

export interface BackupChunkRequest {
  token: string;
  bytes: Uint8Array;
}

export interface BackupSkippedRequest {
  reason: AutoBackupSkipReason;
}

/** Why main asks for an automatic backup: one is due (daily), or the app is quitting. */
export type BackupRequestReason = 'daily' | 'quit';

/** One backup handshake; the renderer echoes the id in backup:request-done. */
export interface BackupRequest {
  id: number;
  reason: BackupRequestReason;
}

/** Invoke channels: renderer asks, main answers with IpcResult<response>. */
export interface IpcInvokeContract {
  /** Pending edits of app:flush-request `id` are saved (or could not be); the close or quit goes on. */
  'app:flush-done': { request: FlushRequest; response: null };
  'app:info': { request: undefined; response: DesktopAppInfo };
  'save:begin': { request: SaveBeginRequest; response: SaveBeginResponse };
  'save:chunk': { request: SaveChunkRequest; response: null };
  /** Responds with the saved file's name. */
  'save:commit': { request: SaveTokenRequest; response: string };
  'save:abort': { request: SaveTokenRequest; response: null };
  'file:open': { request: OpenFilesRequest; response: OpenedFileHandle[] };
  'file:read': { request: FileReadRequest; response: Uint8Array };
  'file:close': { request: FileTokenRequest; response: null };
  'backup:get-settings': { request: undefined; response: AutoBackupStatus };
  'backup:set-settings': { request: AutoBackupSettingsRequest; response: AutoBackupStatus };
  /** Main's folder dialog; null when the user cancelled (the stored folder is unchanged). */
  'backup:choose-folder': { request: undefined; response: AutoBackupStatus | null };
  /** Opens a temp file in the chosen folder for one automatic backup. */
  'backup:begin': { request: undefined; response: { token: string } };
  'backup:chunk': { request: BackupChunkRequest; response: null };
  /** Renames the archive into place, removes the oldest beyond `keep`, records the success. */
  'backup:commit': { request: BackupTokenRequest; response: AutoBackupStatus };
  'backup:abort': { request: BackupTokenRequest; response: null };
  /** The renderer wrote nothing this time (e.g. the identity was locked); main records why. */
  'backup:skipped': { request: BackupSkippedRequest; response: AutoBackupStatus };
  /** The backup:request `id` is finished (written, skipped or failed); a held quit goes on. */
  'backup:request-done': { request: FlushRequest; response: null };
}

/** Why main asks the renderer to lock the signing key (Electron powerMonitor events). */
export type SessionLockReason = 'lock-screen' | 'suspend';

export interface SessionLockEvent {
  reason: SessionLockReason;
}

/** Events main sends to the renderer. */
export interface IpcEventContract {
  /** A bundle the OS asked us to open (file association, second instance, macOS open-file). */
  'file:open-request': OpenedFileHandle;
  /** The screen was locked or the machine is suspending: drop the unlocked signing key. */
  'session:lock': SessionLockEvent;
  /** The window is closing or the app quitting: save pending edits, then answer with app:flush-done. */
  'app:flush-request': FlushRequest;
  /** An automatic backup is due or the app is quitting: write one, then answer with backup:request-done. */
  'backup:request': BackupRequest;
}

/** One flush handshake; the renderer echoes the id in app:flush-done. */
export interface FlushRequest {
  id: number;
}

export type IpcChannel = keyof IpcInvokeContract;
export type IpcRequest<C extends IpcChannel> = IpcInvokeContract[C]['request'];
export type IpcResponse<C extends IpcChannel> = IpcInvokeContract[C]['response'];
export type IpcEventChannel = keyof IpcEventContract;

/**
 * Switches main appends to the renderer's argv (webPreferences.additionalArguments) so the sandboxed preload
 * knows the app's name and version synchronously. The preload cannot import runtime modules, hence a type.
 */
export type PreloadSwitch = '--airr-app-name=' | '--airr-app-version=';

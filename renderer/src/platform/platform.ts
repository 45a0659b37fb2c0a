/**
 * What differs between the Electron shell and a plain browser. The renderer talks to the outside world
 * (files, app facts) only through this interface; see electron-platform.ts and browser-platform.ts.
 * Nothing here throws: every file operation returns a Result whose code is one of {@link PlatformCode}.
 */
// eslint-disable-next-line no-restricted-imports -- types only: the desktop shell's codes and shapes are the contract.
import type {
  AutoBackupSkipReason,
  AutoBackupStatus,
  BackupRequestReason,
  IpcErrorCode,
} from '../../../electron/ipc-contract';

export type { AutoBackupSkipReason, AutoBackupStatus, BackupRequestReason };
import type { Result } from '../domain/result';

/** Why a file operation failed: the desktop shell's stable IPC codes (the browser uses the same ones). */
export type PlatformCode = IpcErrorCode;

export type PlatformResult<T> = Result<T, PlatformCode>;
export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' when running inside the desktop shell, 'browser' otherwise. */
  shell: 'electron' | 'browser';
}

export interface OpenedFile {
  name: string;
  size: number;
  /** Last-modified time in ms since the epoch, where known. */
  lastModified?: number;
  blob: Blob;
}

export interface SaveOptions {
  suggestedName: string;
  mimeType: string;
  /** Extensions without dots, e.g. ['airr'] or ['airr.age']. */
  extensions: string[];
  /**
   * The parts are new bytes (a sealed export's ciphertext), not stored files passed by reference: a browser
   * writes them into a private file of the origin as they arrive instead of holding them in memory until the
   * download. The desktop shell writes every file to disk anyway and ignores it. The caller then never reuses
   * a Uint8Array chunk it wrote: the target may keep it as it is.
   */
  newBytes?: boolean;
}

/**
 * A file being written. Chunks are appended in order; commit() makes the file appear at its final place
 * in one step (Electron: temp file + fsync + rename; browser: a download), abort() leaves nothing behind.
 * A chunk may be a Blob (stored evidence passed through by the bundle): the browser appends it as it is,
 * Electron reads it in slices. The caller may reuse a Uint8Array chunk once its write resolved, unless the save
 * is of new bytes (SaveOptions.newBytes).
 */
export interface SaveTarget {
  write(chunk: Uint8Array | Blob): Promise<PlatformResult<void>>;
  /** The saved file's name. */
  commit(): Promise<PlatformResult<string>>;
  /** Best effort and idempotent: nothing is left behind, and there is nothing to report. */
  abort(): Promise<void>;
}

export interface OpenOptions {
  /** Extensions without dots; empty means any file. */
  extensions: string[];
  multiple: boolean;
}

/** What Settings → Backups changes; the folder is chosen only through {@link AutoBackupPlatform.chooseFolder}. */
export interface AutoBackupSettings {
  enabled: boolean;
  /** 1–100. */
  keep: number;
  recipient: string | null;
}

/**
 * Desktop only: automatic backups into a folder main remembers. The renderer never names a path: it picks
 * the folder through main's dialog and streams each archive into a target main opened there.
 */
export interface AutoBackupPlatform {
  status(): Promise<PlatformResult<AutoBackupStatus>>;
  configure(settings: AutoBackupSettings): Promise<PlatformResult<AutoBackupStatus>>;
  /** Main's folder dialog; null when the user cancels. */
  chooseFolder(): Promise<PlatformResult<AutoBackupStatus | null>>;
  /** The next archive in the chosen folder; commit() renames it into place and records the success. */
  begin(): Promise<PlatformResult<SaveTarget>>;
  /** Records why this attempt wrote nothing. */
  skipped(reason: AutoBackupSkipReason): Promise<PlatformResult<AutoBackupStatus>>;
  /** Main asks for a backup (daily, or before quitting, which waits a bounded time). Returns an unsubscribe. */
  onRequest(run: (reason: BackupRequestReason) => Promise<void>): () => void;
}

export interface Platform {
  appInfo(): AppInfo;
  /** Asks where to save; null when the user cancels. */
  saveFile(options: SaveOptions): Promise<PlatformResult<SaveTarget | null>>;
  /** Asks for files to open; an empty list when the user cancels. */
  openFiles(options: OpenOptions): Promise<PlatformResult<OpenedFile[]>>;
  /**
   * Files the OS asked the app to open (file association, second instance); `onError` gets a sentence when
   * such a file could not be read. Returns an unsubscribe.
   */
  onOpenFileRequest(listener: (file: OpenedFile) => void, onError: (message: string) => void): () => void;
  /**
   * The screen was locked or the machine is suspending (desktop only; a browser has no such signal and
   * relies on the idle and hidden-window lock). Returns an unsubscribe.
   */
  onSessionLock?(listener: () => void): () => void;
  /**
   * Desktop only: `flush` runs when the app is about to quit or close its window, which waits (a bounded
   * time) until the promise settles, so pending edits are saved first. Returns an unsubscribe.
   */
  onQuitRequest?(flush: () => Promise<void>): () => void;
  /** Desktop only; absent in a browser, which cannot write to a folder unasked. */
  autoBackup?: AutoBackupPlatform;
}

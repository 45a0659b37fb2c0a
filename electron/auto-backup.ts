/**
 * Main's side of the automatic backup: the settings it remembers, and one archive at a time written into the
 * folder the user chose through main's own dialog. The renderer builds and seals the archive and streams it
 * here in chunks (backup:begin, backup:chunk, backup:commit); it never names a path. Commit renames the temp
 * file into place (save-sessions.ts over atomic-write.ts) and then keeps only the newest `keep` archives
 * (backup-folder.ts). Every outcome is recorded in the settings file, so Settings → Backups can say when the
 * last backup succeeded and why the last attempt wrote nothing.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { backupFileName, pruneBackups } from './backup-folder';
import {
  loadBackupSettings,
  saveBackupSettings,
  statusOf,
  type StoredBackupSettings,
} from './backup-settings-file';
import type {
  AutoBackupSettingsRequest,
  AutoBackupSkipReason,
  AutoBackupStatus,
  IpcResult,
} from './ipc-contract';
import { fail, ok } from './ipc-result';
import { MAX_BACKUP_BYTES } from './limits';
import { SaveSessions } from './save-sessions';

export interface AutoBackupOptions {
  /** The settings file (BACKUP_SETTINGS_FILE under app.getPath('userData')). */
  settingsPath: string;
  /** Main's native folder dialog; null when the user cancels. */
  askFolder: () => Promise<string | null>;
  now?: () => Date;
  maxBytes?: number;
  /** Where a failed prune is recorded; the archive itself was written. */
  logError?: (error: unknown) => void;
}

interface PendingArchive {
  folder: string;
  keep: number;
}

async function isDirectory(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

export class AutoBackup {
  private readonly sessions: SaveSessions;
  private readonly pending = new Map<string, PendingArchive>();
  private readonly now: () => Date;
  /** Serialises writes of the settings file. */
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly options: AutoBackupOptions,
    private settings: StoredBackupSettings,
  ) {
    this.sessions = new SaveSessions({ maxTotalBytes: options.maxBytes ?? MAX_BACKUP_BYTES });
    this.now = options.now ?? (() => new Date());
  }

  static async load(options: AutoBackupOptions): Promise<AutoBackup> {
    return new AutoBackup(options, await loadBackupSettings(options.settingsPath));
  }

  status(): AutoBackupStatus {
    return statusOf(this.settings);
  }

  /** On, with a folder and a recipient: only then does main ask the renderer for a backup. */
  isConfigured(): boolean {
    const { enabled, folder, recipient } = this.settings;
    return enabled && folder !== null && recipient !== null;
  }

  get lastSuccessAt(): string | null {
    return this.settings.lastSuccess?.at ?? null;
  }

  get openCount(): number {
    return this.sessions.openCount;
  }

  async configure(request: AutoBackupSettingsRequest): Promise<IpcResult<AutoBackupStatus>> {
    if (request.enabled && (this.settings.folder === null || request.recipient === null)) {
      return fail(
        'backup-not-configured',
        'Choose a backup folder and a recipient before turning automatic backups on.',
      );
    }
    return this.update({ enabled: request.enabled, keep: request.keep, recipient: request.recipient });
  }

  async chooseFolder(): Promise<IpcResult<AutoBackupStatus | null>> {
    const folder = await this.options.askFolder();
    if (folder === null) return ok(null);
    if (!(await isDirectory(folder))) {
      return fail('backup-folder-unavailable', 'That folder cannot be opened; choose another one.');
    }
    return this.update({ folder: path.resolve(folder) });
  }

  async begin(): Promise<IpcResult<{ token: string }>> {
    const { folder, keep } = this.settings;
    if (!this.isConfigured() || folder === null) {
      return fail('backup-not-configured', 'Automatic backups are off or have no folder or recipient.');
    }
    if (!(await isDirectory(folder))) {
      return fail(
        'backup-folder-unavailable',
        'The backup folder is not there (a disconnected drive?); nothing was written.',
      );
    }
    const begun = await this.sessions.begin(path.join(folder, backupFileName(this.now())));
    if (!begun.ok) return begun;
    this.pending.set(begun.value.token, { folder, keep });
    return ok({ token: begun.value.token });
  }

  chunk(token: string, bytes: Uint8Array): Promise<IpcResult<null>> {
    return this.sessions.chunk(token, bytes);
  }

  async commit(token: string): Promise<IpcResult<AutoBackupStatus>> {
    const archive = this.pending.get(token);
    this.pending.delete(token);
    const committed = await this.sessions.commit(token);
    if (!committed.ok) return committed;
    if (!archive) return fail('unknown-save', 'This backup is no longer open; nothing was recorded.');
    try {
      await pruneBackups(archive.folder, archive.keep);
    } catch (error) {
      this.options.logError?.(error);
    }
    return this.update({
      lastSuccess: { at: this.now().toISOString(), fileName: committed.value },
      lastSkip: null,
    });
  }

  async abort(token: string): Promise<IpcResult<null>> {
    this.pending.delete(token);
    return this.sessions.abort(token);
  }

  skipped(reason: AutoBackupSkipReason): Promise<IpcResult<AutoBackupStatus>> {
    return this.update({ lastSkip: { at: this.now().toISOString(), reason } });
  }

  /** On quit: no temp file is left behind. */
  async abortAll(): Promise<void> {
    this.pending.clear();
    await this.sessions.abortAll();
  }

  private update(change: Partial<StoredBackupSettings>): Promise<IpcResult<AutoBackupStatus>> {
    const written = this.writing.then(async (): Promise<IpcResult<AutoBackupStatus>> => {
      const next = { ...this.settings, ...change };
      try {
        await saveBackupSettings(this.options.settingsPath, next);
      } catch {
        return fail('write-failed', 'The backup settings could not be saved; they are unchanged.');
      }
      this.settings = next;
      return ok(this.status());
    });
    this.writing = written;
    return written;
  }
}

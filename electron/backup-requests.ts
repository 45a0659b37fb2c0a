/**
 * Main asking the renderer for an automatic backup (backup:request) and hearing it finish
 * (backup:request-done). Daily requests come from a timer checking isBackupDue; the quit request holds the
 * window's close and the app's quit through a flush gate (flush-before-close.ts) with a longer bound than the
 * edit flush: BACKUP_ON_QUIT_TIMEOUT_MS. Electron-free, so it is tested in Node.
 */
import { createFlushGate, type FlushGate, type FlushGateOptions } from './flush-before-close';
import { isBackupDue } from './backup-schedule';
import type { IpcRouter } from './ipc-handle';
import type { BackupRequest } from './ipc-contract';
import { ok } from './ipc-result';
import { IPC_SCHEMAS } from './ipc-schemas';

/**
 * How long a quit waits for the backup. The renderer builds the archive in memory and seals it at hundreds
 * of MB/s, so a library of a few hundred MB is written to a local disk in a few seconds; 30 s also covers a
 * slow USB stick. Beyond that the renderer is hung or the folder is on a stalled network drive, and quitting
 * must not wait on either: the quit goes on, the unfinished temp file is removed (AutoBackup.abortAll), and
 * the daily backup catches up at the next start.
 */
export const BACKUP_ON_QUIT_TIMEOUT_MS = 30_000;

export interface BackupRequestsOptions {
  /** Sends backup:request; false when there is no renderer to ask. */
  send: (request: BackupRequest) => boolean;
  isConfigured: () => boolean;
  lastSuccessAt: () => string | null;
  now?: () => Date;
  timers?: Partial<Pick<FlushGateOptions, 'setTimer' | 'clearTimer' | 'timeoutMs'>>;
}

export interface BackupRequests {
  /** Asks for a daily backup if one is due; true when it asked. */
  checkDaily: () => boolean;
  /** The quit gate: hold a window close or app quit until the backup is written (bounded). */
  quitGate: FlushGate;
  /** The renderer's backup:request-done. */
  done: (id: number) => void;
}

export function createBackupRequests(options: BackupRequestsOptions): BackupRequests {
  const now = options.now ?? (() => new Date());
  let nextId = 0;
  let lastRequestAt: Date | null = null;
  let quit: { id: number; gateId: number } | null = null;

  const ask = (reason: BackupRequest['reason']): number | null => {
    nextId += 1;
    return options.send({ id: nextId, reason }) ? nextId : null;
  };
  const quitGate = createFlushGate({
    timeoutMs: BACKUP_ON_QUIT_TIMEOUT_MS,
    ...options.timers,
    request: (gateId) => {
      if (!options.isConfigured()) return false;
      const id = ask('quit');
      if (id === null) return false;
      quit = { id, gateId };
      return true;
    },
  });

  return {
    checkDaily() {
      const state = {
        configured: options.isConfigured(),
        lastSuccessAt: options.lastSuccessAt(),
        lastRequestAt,
      };
      if (!isBackupDue(state, now())) return false;
      lastRequestAt = now();
      return ask('daily') !== null;
    },
    quitGate,
    done(id) {
      if (quit?.id === id) quitGate.done(quit.gateId);
    },
  };
}

export function registerBackupRequestDone(router: IpcRouter, requests: BackupRequests): void {
  router.handle('backup:request-done', IPC_SCHEMAS['backup:request-done'], ({ id }) => {
    requests.done(id);
    return ok(null);
  });
}

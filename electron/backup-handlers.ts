/** The automatic backup's invoke channels, wired to AutoBackup (auto-backup.ts) through the checked router. */
import type { AutoBackup } from './auto-backup';
import type { IpcRouter } from './ipc-handle';
import { ok } from './ipc-result';
import { IPC_SCHEMAS } from './ipc-schemas';

export function registerBackupHandlers(router: IpcRouter, backup: AutoBackup): void {
  router.handle('backup:get-settings', IPC_SCHEMAS['backup:get-settings'], () => ok(backup.status()));
  router.handle('backup:set-settings', IPC_SCHEMAS['backup:set-settings'], (request) =>
    backup.configure(request),
  );
  router.handle('backup:choose-folder', IPC_SCHEMAS['backup:choose-folder'], () => backup.chooseFolder());
  router.handle('backup:begin', IPC_SCHEMAS['backup:begin'], () => backup.begin());
  router.handle('backup:chunk', IPC_SCHEMAS['backup:chunk'], ({ token, bytes }) =>
    backup.chunk(token, bytes),
  );
  router.handle('backup:commit', IPC_SCHEMAS['backup:commit'], ({ token }) => backup.commit(token));
  router.handle('backup:abort', IPC_SCHEMAS['backup:abort'], ({ token }) => backup.abort(token));
  router.handle('backup:skipped', IPC_SCHEMAS['backup:skipped'], ({ reason }) => backup.skipped(reason));
}

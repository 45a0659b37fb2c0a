/**
 * Every invoke channel, wired to its implementation. Handlers receive validated requests (see ipc-handle.ts)
 * and return result values; this file only connects the contract to dialogs, read and save sessions.
 */
import type { BrowserWindow } from 'electron';
import { askOpenPaths, askSavePath } from './file-dialogs';
import type { DesktopAppInfo, OpenedFileHandle } from './ipc-contract';
import type { IpcRouter } from './ipc-handle';
import { fail, ok } from './ipc-result';
import { IPC_SCHEMAS } from './ipc-schemas';
import { MAX_OPEN_FILE_BYTES, MAX_OPEN_FILES } from './limits';
import type { ReadSessions } from './read-sessions';
import type { SaveSessions } from './save-sessions';
import { withExtension } from './save-path';

export interface IpcHandlerDeps {
  router: IpcRouter;
  saves: SaveSessions;
  reads: ReadSessions;
  appInfo: DesktopAppInfo;
  window: () => BrowserWindow | null;
}

export function registerIpcHandlers({ router, saves, reads, appInfo, window }: IpcHandlerDeps): void {
  router.handle('app:info', IPC_SCHEMAS['app:info'], () => ok(appInfo));

  router.handle('save:begin', IPC_SCHEMAS['save:begin'], async ({ suggestedName, extensions }) => {
    const parent = window();
    if (!parent) return fail('internal-error', 'The app window is closed.');
    const chosen = await askSavePath(parent, suggestedName, extensions);
    if (chosen === null) return ok(null);
    return saves.begin(withExtension(chosen, extensions));
  });
  router.handle('save:chunk', IPC_SCHEMAS['save:chunk'], ({ token, bytes }) => saves.chunk(token, bytes));
  router.handle('save:commit', IPC_SCHEMAS['save:commit'], ({ token }) => saves.commit(token));
  router.handle('save:abort', IPC_SCHEMAS['save:abort'], ({ token }) => saves.abort(token));

  router.handle('file:open', IPC_SCHEMAS['file:open'], async ({ extensions, multiple }) => {
    const parent = window();
    if (!parent) return fail('internal-error', 'The app window is closed.');
    const paths = (await askOpenPaths(parent, extensions, multiple)).slice(0, MAX_OPEN_FILES);
    const files: OpenedFileHandle[] = [];
    for (const filePath of paths) {
      const opened = await reads.open(filePath, { maxBytes: MAX_OPEN_FILE_BYTES, extensions });
      if (!opened.ok) {
        await Promise.all(files.map((file) => reads.close(file.token)));
        return opened;
      }
      files.push(opened.value);
    }
    return ok(files);
  });
  router.handle('file:read', IPC_SCHEMAS['file:read'], ({ token, offset, length }) =>
    reads.read(token, offset, length),
  );
  router.handle('file:close', IPC_SCHEMAS['file:close'], ({ token }) => reads.close(token));
}

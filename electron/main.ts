/**
 * Main process entry. Thin by design: wires the hardened session, the app:// protocol, the window, IPC and
 * OS open requests together; each concern lives in its own module. No auto-update, no crash reporter, no
 * telemetry: nothing here opens a network connection.
 */
import { app, dialog, ipcMain, Menu, powerMonitor, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { AutoBackup } from './auto-backup';
import { registerBackupHandlers } from './backup-handlers';
import { createBackupRequests, registerBackupRequestDone } from './backup-requests';
import { BACKUP_CHECK_MS, BACKUP_FIRST_CHECK_MS } from './backup-schedule';
import { BACKUP_SETTINGS_FILE } from './backup-settings-file';
import { applicationMenuTemplate, devToolsEnabled, lockDownDevTools } from './devtools-policy';
import type { DesktopAppInfo, IpcEventContract } from './ipc-contract';
import { askFolderPath } from './file-dialogs';
import { createFlushGate, registerFlushDone } from './flush-before-close';
import { createIpcRouter } from './ipc-handle';
import { registerIpcHandlers } from './ipc-handlers';
import { isTrustedSender } from './ipc-sender';
import { bringForward, createMainWindow } from './main-window';
import { BUNDLE_OPEN_RULES, filePathsFromArgv } from './open-request';
import { createOpenRequestRouter } from './open-request-router';
import { ReadSessions } from './read-sessions';
import { SaveSessions } from './save-sessions';
import { forwardSessionLocks } from './session-lock';
import { hardenSession } from './session-policy';
import { guardWebContents } from './web-contents-policy';

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  const saves = new SaveSessions();
  const reads = new ReadSessions();
  const argvShape = { defaultApp: process.defaultApp === true };

  const send = <C extends keyof IpcEventContract>(channel: C, payload: IpcEventContract[C]): void => {
    mainWindow?.webContents.send(channel, payload);
  };
  const opens = createOpenRequestRouter({
    open: (filePath) => reads.open(filePath, BUNDLE_OPEN_RULES),
    deliver: (file) => send('file:open-request', file),
    reject: (message) => dialog.showErrorBox('The file cannot be opened', message),
    focus: () => {
      if (mainWindow) bringForward(mainWindow);
    },
  });
  const openAll = (argv: readonly string[]): void => {
    for (const filePath of filePathsFromArgv(argv, argvShape)) void opens.request(filePath);
  };

  // Registered before `ready`: macOS delivers a double-clicked file at launch through this event.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void opens.request(filePath);
  });
  app.on('second-instance', (_event, argv) => {
    if (mainWindow) bringForward(mainWindow);
    openAll(argv);
  });
  // DevTools only in development builds: no menu entry, no shortcut, no devtools: requests when packaged.
  const build = { isPackaged: app.isPackaged, platform: process.platform };
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents);
    lockDownDevTools(contents, build);
  });
  app.on('window-all-closed', () => app.quit());
  // The renderer saves pending edits before its window closes or the app quits (bounded wait).
  const flushGate = createFlushGate({
    request: (id) => {
      if (!mainWindow || mainWindow.webContents.isDestroyed()) return false;
      send('app:flush-request', { id });
      return true;
    },
  });
  // Loaded once the app is ready (it needs userData); until then nothing asks for a backup.
  let autoBackup: AutoBackup | null = null;
  const backupRequests = createBackupRequests({
    send: (request) => {
      if (!mainWindow || mainWindow.webContents.isDestroyed()) return false;
      send('backup:request', request);
      return true;
    },
    isConfigured: () => autoBackup?.isConfigured() ?? false,
    lastSuccessAt: () => autoBackup?.lastSuccessAt ?? null,
  });
  // After the edits are flushed, a configured automatic backup is written before the close or quit goes on.
  const holdForBackup = (event: { preventDefault: () => void }, proceed: () => void): boolean =>
    autoBackup?.isConfigured() === true && backupRequests.quitGate.hold(event, proceed);
  // Quitting waits for unfinished saves and backups to remove their temp files.
  let savesClosed = false;
  app.on('before-quit', (event) => {
    if (flushGate.hold(event, () => app.quit())) return;
    if (holdForBackup(event, () => app.quit())) return;
    void reads.closeAll();
    if (savesClosed || (saves.openCount === 0 && (autoBackup?.openCount ?? 0) === 0)) return;
    event.preventDefault();
    void Promise.all([saves.abortAll(), autoBackup?.abortAll()]).finally(() => {
      savesClosed = true;
      app.quit();
    });
  });

  void app.whenReady().then(async () => {
    const appInfo: DesktopAppInfo = {
      name: app.getName(),
      version: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      platform: process.platform,
      arch: process.arch,
      packaged: app.isPackaged,
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(build)));
    hardenSession(session.defaultSession, { devTools: devToolsEnabled(build) });
    // Screen lock and suspend lock the signing key in the renderer.
    forwardSessionLocks(powerMonitor, (event) => send('session:lock', event));
    serveAppScheme(session.defaultSession, path.join(app.getAppPath(), 'dist', 'renderer'));
    const router = createIpcRouter({
      ipcMain,
      isTrusted: (event) => isTrustedSender(event, mainWindow?.webContents ?? null),
      logError: (channel, error) => console.error(`[ipc] ${channel} failed`, error),
    });
    registerFlushDone(router, flushGate);
    const backup = await AutoBackup.load({
      settingsPath: path.join(app.getPath('userData'), BACKUP_SETTINGS_FILE),
      askFolder: () => (mainWindow ? askFolderPath(mainWindow) : Promise.resolve(null)),
      logError: (error) => console.error('[backup] removing old archives failed', error),
    });
    autoBackup = backup;
    registerBackupHandlers(router, backup);
    registerBackupRequestDone(router, backupRequests);
    registerIpcHandlers({
      router,
      saves,
      reads,
      appInfo,
      window: () => mainWindow,
    });

    const window = createMainWindow({
      preloadPath: path.join(__dirname, 'preload.js'),
      appName: appInfo.name,
      appVersion: appInfo.version,
      isPackaged: build.isPackaged,
    });
    mainWindow = window;
    window.webContents.on('did-start-loading', () => opens.setReady(false));
    window.webContents.on('did-finish-load', () => opens.setReady(true));
    // Closing the only window quits the app (window-all-closed), and before-quit aborts open saves.
    window.on('close', (event) => {
      if (flushGate.hold(event, () => window.close())) return;
      holdForBackup(event, () => window.close());
    });
    // Daily: a minute after the first load (the renderer has subscribed by then), then every few minutes.
    window.webContents.once('did-finish-load', () => {
      setTimeout(() => backupRequests.checkDaily(), BACKUP_FIRST_CHECK_MS);
      setInterval(() => backupRequests.checkDaily(), BACKUP_CHECK_MS);
    });
    window.on('closed', () => {
      mainWindow = null;
    });
    openAll(process.argv);
  });
}

/**
 * The single app window. Every web preference that widens the renderer's reach is set explicitly off, so a
 * changed Electron default cannot silently loosen it.
 */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { devToolsEnabled } from './devtools-policy';
import type { PreloadSwitch } from './ipc-contract';

export interface MainWindowOptions {
  preloadPath: string;
  appName: string;
  appVersion: string;
  /** `app.isPackaged`: DevTools exist only when this is false (devtools-policy.ts). */
  isPackaged: boolean;
}

function preloadSwitch(name: PreloadSwitch, value: string): string {
  return `${name}${value}`;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: options.appName,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would otherwise try to open links in a new window (denied anyway; this stops the event).
      disableBlinkFeatures: 'Auxclick',
      devTools: devToolsEnabled(options),
      additionalArguments: [
        preloadSwitch('--airr-app-name=', options.appName),
        preloadSwitch('--airr-app-version=', options.appVersion),
      ],
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Restores, shows and focuses the window (second instance, file association). */
export function bringForward(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

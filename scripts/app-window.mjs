// Opens browser mode in an app window of an installed Chromium or Chrome (`--app=URL`: no tabs, no address
// bar), for `npm start` on a machine without Electron's runtime. A plain `--app=` window on the user's own
// profile: browser-mode data lives in that profile's IndexedDB, so a throwaway profile would lose it.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MAC_APPS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
/** A browser that exits within this time did not open a window of its own (no display, or crashed). */
export const AT_ONCE_MS = 3000;

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium/Chrome on PATH (then the usual macOS locations), or null. */
export function findBrowser(env = process.env, platform = process.platform) {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  if (platform === 'darwin') return MAC_APPS.find(executable) ?? null;
  return null;
}

/**
 * Starts `browser --app=URL`. Resolves 'opened' when it is still running after AT_ONCE_MS, 'handed-over'
 * when it exited 0 at once (an already running browser took the window), 'failed' when it exited otherwise
 * at once or could not start. `onClose` fires when an opened window's browser exits later.
 */
export function openAppWindow(browser, url, onClose) {
  return new Promise((resolve) => {
    const child = spawn(browser, [`--app=${url}`], { stdio: 'ignore' });
    let settled = false;
    const settle = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ outcome, child });
    };
    const timer = setTimeout(() => settle('opened'), AT_ONCE_MS);
    child.on('error', () => settle('failed'));
    child.on('exit', (code) => {
      if (settled) onClose();
      else settle(code === 0 ? 'handed-over' : 'failed');
    });
  });
}

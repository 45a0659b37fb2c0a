/**
 * DevTools exist only in development builds. In a packaged build an unattended, unlocked app must not offer
 * a console in which anyone can call the signing key: webPreferences.devTools is off, the menu has no
 * toggle or reload, the usual shortcuts are swallowed, a DevTools window that opens anyway is closed, and
 * the session cancels devtools: requests. Pure functions here; main.ts applies them.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface BuildFacts {
  /** `app.isPackaged`: true for an installed build, false when run from the source tree. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

/** The value for webPreferences.devTools. */
export function devToolsEnabled(facts: Pick<BuildFacts, 'isPackaged'>): boolean {
  return !facts.isPackaged;
}

/**
 * The application menu. Packaged builds get editing, zoom, full screen and window items only; development
 * builds add reload and the DevTools toggle. Roles only, so Electron supplies platform accelerators.
 */
export function applicationMenuTemplate(facts: BuildFacts): MenuItemConstructorOptions[] {
  const develop: MenuItemConstructorOptions[] = devToolsEnabled(facts)
    ? [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]
    : [];
  const template: MenuItemConstructorOptions[] = [
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...develop,
      ],
    },
    { role: 'windowMenu' },
  ];
  return facts.platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}

/** The subset of Electron's Input that identifies a shortcut. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

/**
 * True for the keys Chromium and Electron bind to DevTools or to reloading the page (a reload would drop the
 * renderer state unexpectedly; DevTools would expose it): F12, Ctrl/Cmd+Shift+I/J/C, Cmd+Alt+I/J/C, F5,
 * Ctrl/Cmd+R and Ctrl/Cmd+Shift+R.
 */
export function isDevToolsOrReloadShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  if (key === 'f12' || key === 'f5') return true;
  const command = input.control || input.meta;
  if (command && (input.shift || input.alt) && ['i', 'j', 'c'].includes(key)) return true;
  return command && key === 'r';
}

/** The parts of a WebContents the policy uses, so tests can pass a stand-in. */
export interface DevToolsContents {
  on(
    event: 'before-input-event',
    listener: (event: { preventDefault(): void }, input: KeyInput) => void,
  ): unknown;
  on(event: 'devtools-opened', listener: () => void): unknown;
  closeDevTools(): void;
}

/** In a packaged build: swallow DevTools/reload shortcuts and close DevTools should they open anyway. */
export function lockDownDevTools(contents: DevToolsContents, facts: Pick<BuildFacts, 'isPackaged'>): void {
  if (devToolsEnabled(facts)) return;
  contents.on('before-input-event', (event, input) => {
    if (isDevToolsOrReloadShortcut(input)) event.preventDefault();
  });
  contents.on('devtools-opened', () => contents.closeDevTools());
}

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  applicationMenuTemplate,
  devToolsEnabled,
  isDevToolsOrReloadShortcut,
  lockDownDevTools,
  type KeyInput,
} from '../../../electron/devtools-policy';
import { createMainWindow } from '../../../electron/main-window';

// The real 'electron' module cannot load outside Electron; this BrowserWindow records its options.
const created = vi.hoisted(() => [] as Array<{ webPreferences: Record<string, unknown> }>);
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: { webPreferences: Record<string, unknown> }) {
      created.push(options);
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  },
}));

const PACKAGED = { isPackaged: true, platform: 'linux' as const };
const DEVELOPMENT = { isPackaged: false, platform: 'linux' as const };

/** Every menu item, submenus flattened. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function key(key: string, mods: Partial<KeyInput> = {}): KeyInput {
  return { type: 'keyDown', key, control: false, meta: false, shift: false, alt: false, ...mods };
}

describe('DevTools in packaged and development builds', () => {
  it('creates the window with webPreferences.devTools off in a packaged build and on in development', () => {
    const base = { preloadPath: '/app/preload.js', appName: 'AIRR Assessor', appVersion: '0.1.0' };
    created.length = 0;
    createMainWindow({ ...base, isPackaged: true });
    createMainWindow({ ...base, isPackaged: false });
    expect(created.map((options) => options.webPreferences.devTools)).toEqual([false, true]);
    expect(devToolsEnabled({ isPackaged: true })).toBe(false);
    // The rest of the hardening does not depend on the build.
    expect(created[0]?.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });

  it('builds a menu without DevTools toggle or reload for packaged builds, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const all = items(applicationMenuTemplate({ isPackaged: true, platform }));
      const roles = all.map((item) => item.role).filter(Boolean);
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).not.toContain('reload');
      expect(roles).not.toContain('forceReload');
      // Submenu roles that would bring Electron's default View menu (with its DevTools item) are absent too.
      expect(roles).not.toContain('viewMenu');
      expect(all.some((item) => item.accelerator !== undefined)).toBe(false);
      expect(roles).toContain('editMenu');
    }
  });

  it('keeps the DevTools toggle and reload in development builds', () => {
    const roles = items(applicationMenuTemplate(DEVELOPMENT)).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['toggleDevTools', 'reload', 'forceReload']));
    expect(applicationMenuTemplate({ ...DEVELOPMENT, platform: 'darwin' })[0]).toEqual({ role: 'appMenu' });
  });

  it('recognizes the DevTools and reload shortcuts, and only those', () => {
    for (const input of [
      key('F12'),
      key('I', { control: true, shift: true }),
      key('j', { control: true, shift: true }),
      key('C', { control: true, shift: true }),
      key('i', { meta: true, alt: true }),
      key('r', { control: true }),
      key('R', { meta: true, shift: true }),
      key('F5'),
    ]) {
      expect(isDevToolsOrReloadShortcut(input), JSON.stringify(input)).toBe(true);
    }
    for (const input of [
      key('c', { control: true }),
      key('i', { control: true }),
      key('r'),
      key('F11'),
      { ...key('F12'), type: 'keyUp' },
    ]) {
      expect(isDevToolsOrReloadShortcut(input), JSON.stringify(input)).toBe(false);
    }
  });

  function fakeContents() {
    const handlers: Record<string, (...args: never[]) => void> = {};
    const contents = {
      on: (event: string, listener: (...args: never[]) => void) => (handlers[event] = listener),
      closeDevTools: vi.fn(),
    };
    return { contents, handlers };
  }

  it('swallows DevTools shortcuts and closes DevTools that open anyway, in a packaged build', () => {
    const { contents, handlers } = fakeContents();
    lockDownDevTools(contents, PACKAGED);
    const press = (input: KeyInput) => {
      const event = { preventDefault: vi.fn() };
      handlers['before-input-event']?.(event as never, input as never);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(press(key('I', { control: true, shift: true }))).toBe(true);
    expect(press(key('F12'))).toBe(true);
    expect(press(key('a'))).toBe(false);
    handlers['devtools-opened']?.();
    expect(contents.closeDevTools).toHaveBeenCalledTimes(1);
  });

  it('leaves development builds alone', () => {
    const { contents, handlers } = fakeContents();
    lockDownDevTools(contents, DEVELOPMENT);
    expect(Object.keys(handlers)).toEqual([]);
  });
});

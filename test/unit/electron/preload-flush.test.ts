import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../electron/preload';

// The real 'electron' module cannot load outside Electron; these stand-ins record what the preload does.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, (event: unknown, payload: unknown) => void>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: null })),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      electron.listeners.set(channel, listener),
  },
}));

async function loadPreload(): Promise<DesktopApi> {
  vi.resetModules();
  electron.exposed.clear();
  electron.listeners.clear();
  await import('../../../electron/preload');
  return electron.exposed.get('airrDesktop') as DesktopApi;
}

const flushed = () => electron.invoke.mock.calls.filter(([channel]) => channel === 'app:flush-done');

describe('the preload flush handshake', () => {
  it('answers app:flush-request only after the renderer finished saving, echoing the id', async () => {
    const api = await loadPreload();
    let release = () => undefined as void;
    const saving = new Promise<void>((resolve) => {
      release = resolve;
    });
    api.onFlushRequest(() => saving);
    electron.listeners.get('app:flush-request')?.({}, { id: 4 });
    await Promise.resolve();
    expect(flushed()).toEqual([]);
    release();
    await vi.waitFor(() => expect(flushed()).toEqual([['app:flush-done', { id: 4 }]]));
  });

  it('answers at once with nothing to save, and ignores a malformed request', async () => {
    electron.invoke.mockClear();
    const api = await loadPreload();
    const unsubscribe = api.onFlushRequest(() => Promise.reject(new Error('disk full')));
    unsubscribe();
    electron.listeners.get('app:flush-request')?.({}, { id: 'x' });
    electron.listeners.get('app:flush-request')?.({}, { id: 5 });
    await vi.waitFor(() => expect(flushed()).toEqual([['app:flush-done', { id: 5 }]]));
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, OpenedFileHandle } from '../../../electron/preload';

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

const file = (name: string): OpenedFileHandle => ({ name, size: 1, lastModified: 0, token: 'c'.repeat(32) });

describe('the preload', () => {
  beforeEach(() => electron.invoke.mockClear());

  it('exposes only window.airrDesktop, made of functions and the app facts, never ipcRenderer', async () => {
    const api = await loadPreload();
    expect([...electron.exposed.keys()]).toEqual(['airrDesktop']);
    for (const [key, value] of Object.entries(api)) {
      expect(typeof value === 'function' || typeof value === 'string', key).toBe(true);
    }
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|send|invoke/i);
  });

  it('invokes the contract channels with their payloads', async () => {
    const api = await loadPreload();
    const bytes = new Uint8Array([1, 2]);
    await api.saveChunk('a'.repeat(32), bytes);
    await api.openFiles({ extensions: ['airr'], multiple: true });
    await api.readFile('b'.repeat(32), 16, 8);
    await api.closeFile('b'.repeat(32));
    expect(electron.invoke.mock.calls).toEqual([
      ['save:chunk', { token: 'a'.repeat(32), bytes }],
      ['file:open', { extensions: ['airr'], multiple: true }],
      ['file:read', { token: 'b'.repeat(32), offset: 16, length: 8 }],
      ['file:close', { token: 'b'.repeat(32) }],
    ]);
  });

  it('keeps open requests that arrive before anyone listens, then delivers them once', async () => {
    const api = await loadPreload();
    const fromMain = electron.listeners.get('file:open-request');
    fromMain?.({}, file('early.airr'));
    const seen: string[] = [];
    const unsubscribe = api.onOpenRequest((opened) => seen.push(opened.name));
    fromMain?.({}, file('late.airr'));
    unsubscribe();
    fromMain?.({}, file('after-unsubscribe.airr'));
    expect(seen).toEqual(['early.airr', 'late.airr']);
  });

  it('passes on session:lock events from main with a known reason, and drops malformed ones', async () => {
    const api = await loadPreload();
    const fromMain = electron.listeners.get('session:lock');
    const reasons: string[] = [];
    const unsubscribe = api.onSessionLock((reason) => reasons.push(reason));
    fromMain?.({}, { reason: 'lock-screen' });
    fromMain?.({}, { reason: 'suspend' });
    for (const bad of [null, 'lock-screen', {}, { reason: 'shutdown' }, { reason: ['suspend'] }])
      fromMain?.({}, bad);
    unsubscribe();
    fromMain?.({}, { reason: 'suspend' });
    expect(reasons).toEqual(['lock-screen', 'suspend']);
  });
});

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

const backupsDone = () => electron.invoke.mock.calls.filter(([channel]) => channel === 'backup:request-done');

describe('the preload backup handshake', () => {
  it('runs the backup for backup:request with its reason, then answers with the id, even after a failure', async () => {
    electron.invoke.mockClear();
    const api = await loadPreload();
    const reasons: string[] = [];
    api.onBackupRequest((reason) => {
      reasons.push(reason);
      return reason === 'quit' ? Promise.reject(new Error('disk full')) : Promise.resolve();
    });
    const fromMain = electron.listeners.get('backup:request');
    fromMain?.({}, { id: 7, reason: 'daily' });
    fromMain?.({}, { id: 8, reason: 'quit' });
    for (const bad of [null, { id: 9 }, { id: 9, reason: 'weekly' }, { id: '9', reason: 'daily' }])
      fromMain?.({}, bad);
    await vi.waitFor(() =>
      expect(backupsDone()).toEqual([
        ['backup:request-done', { id: 7 }],
        ['backup:request-done', { id: 8 }],
      ]),
    );
    expect(reasons).toEqual(['daily', 'quit']);
  });

  it('answers at once when nothing is subscribed, so a quit is not held', async () => {
    electron.invoke.mockClear();
    const api = await loadPreload();
    api.onBackupRequest(() => Promise.resolve())();
    electron.listeners.get('backup:request')?.({}, { id: 3, reason: 'quit' });
    await vi.waitFor(() => expect(backupsDone()).toEqual([['backup:request-done', { id: 3 }]]));
  });
});

import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutoBackup } from '../../../electron/auto-backup';
import { registerBackupHandlers } from '../../../electron/backup-handlers';
import { BACKUP_SETTINGS_FILE } from '../../../electron/backup-settings-file';
import { createIpcRouter } from '../../../electron/ipc-handle';
import { isTrustedSender, type FrameLike, type SenderEventLike } from '../../../electron/ipc-sender';
import { useTempDirs } from './temp-dir';

type Listener = (event: SenderEventLike, payload: unknown) => Promise<unknown>;

const tempDir = useTempDirs();
const RECIPIENT = await identityToRecipient(await generateX25519Identity());
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Main's backup channels over the real router, a real settings file and a real folder; the sender is faked. */
async function setup(options: { maxBytes?: number } = {}) {
  const home = await tempDir();
  const folder = path.join(home, 'backups');
  await mkdir(folder);
  const settingsPath = path.join(home, BACKUP_SETTINGS_FILE);
  let clock = Date.UTC(2030, 0, 1, 9, 0, 0);
  const now = () => new Date(clock);
  const tick = (seconds: number) => (clock += seconds * 1000);
  const load = () =>
    AutoBackup.load({ settingsPath, askFolder: () => Promise.resolve(folder), now, ...options });
  const backup = await load();
  const listeners = new Map<string, Listener>();
  const mainFrame: FrameLike = { url: 'app://bundle/index.html', processId: 4, routingId: 1 };
  const contents = { mainFrame };
  registerBackupHandlers(
    createIpcRouter<SenderEventLike>({
      ipcMain: { handle: (channel, listener) => listeners.set(channel, listener) },
      isTrusted: (event) => isTrustedSender(event, contents),
      logError: () => undefined,
    }),
    backup,
  );
  const trusted: SenderEventLike = { sender: contents, senderFrame: mainFrame };
  const call = (channel: string, payload?: unknown, event: SenderEventLike = trusted) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`${channel} was not registered`);
    return listener(event, payload) as Promise<{ ok: boolean; code?: string; value?: unknown }>;
  };
  const configure = async (keep = 7) => {
    expect((await call('backup:choose-folder')).ok).toBe(true);
    expect((await call('backup:set-settings', { enabled: true, keep, recipient: RECIPIENT })).ok).toBe(true);
  };
  /** One backup through begin, chunks and commit, as the renderer sends it. */
  const writeOne = async (...chunks: string[]) => {
    const begun = await call('backup:begin');
    if (!begun.ok) throw new Error(`begin failed: ${begun.code}`);
    const { token } = begun.value as { token: string };
    for (const chunk of chunks)
      expect((await call('backup:chunk', { token, bytes: bytes(chunk) })).ok).toBe(true);
    return { token, committed: await call('backup:commit', { token }) };
  };
  return { home, folder, settingsPath, backup, load, call, trusted, configure, writeOne, tick, listeners };
}

describe('the automatic backup channels', () => {
  it('refuses a sender other than our top frame on every channel, before anything is written', async () => {
    const { call, trusted, listeners, folder, settingsPath } = await setup();
    const subFrame = {
      ...trusted,
      senderFrame: { url: 'app://bundle/index.html', processId: 4, routingId: 9 },
    };
    const foreign = { ...trusted, senderFrame: { url: 'https://evil.example/', processId: 4, routingId: 1 } };
    expect([...listeners.keys()].sort()).toEqual([
      'backup:abort',
      'backup:begin',
      'backup:choose-folder',
      'backup:chunk',
      'backup:commit',
      'backup:get-settings',
      'backup:set-settings',
      'backup:skipped',
    ]);
    for (const event of [subFrame, foreign, { sender: {}, senderFrame: trusted.senderFrame }]) {
      for (const channel of listeners.keys()) {
        expect(await call(channel, undefined, event)).toMatchObject({ ok: false, code: 'untrusted-sender' });
      }
    }
    await expect(readFile(settingsPath)).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses malformed settings (a path from the renderer, keep outside 1–100, a non-age recipient)', async () => {
    const { call, settingsPath } = await setup();
    const bad = [
      { enabled: false, keep: 7, recipient: RECIPIENT, folder: '/etc' },
      { enabled: false, keep: 0, recipient: RECIPIENT },
      { enabled: false, keep: 101, recipient: RECIPIENT },
      { enabled: false, keep: 2.5, recipient: RECIPIENT },
      { enabled: false, keep: 7, recipient: 'AGE-SECRET-KEY-1ABC' },
      { enabled: 'yes', keep: 7, recipient: null },
      undefined,
    ];
    for (const payload of bad) {
      expect(await call('backup:set-settings', payload)).toMatchObject({
        ok: false,
        code: 'invalid-payload',
      });
    }
    expect(await call('backup:skipped', { reason: 'bored' })).toMatchObject({ code: 'invalid-payload' });
    expect(await call('backup:choose-folder', { folder: '/tmp' })).toMatchObject({ code: 'invalid-payload' });
    await expect(readFile(settingsPath)).rejects.toThrow();
  });

  it('refuses an oversized or malformed chunk, and an archive over the total bound leaves no file', async () => {
    const { call, configure, folder } = await setup({ maxBytes: 10 });
    await configure();
    const begun = await call('backup:begin');
    const { token } = begun.value as { token: string };
    const tooBig = new Uint8Array(16 * 1024 * 1024 + 1);
    expect(await call('backup:chunk', { token, bytes: tooBig })).toMatchObject({ code: 'invalid-payload' });
    expect(await call('backup:chunk', { token, bytes: 'text' })).toMatchObject({ code: 'invalid-payload' });
    expect(await call('backup:chunk', { token: 'x', bytes: bytes('a') })).toMatchObject({
      code: 'invalid-payload',
    });
    expect(await call('backup:chunk', { token, bytes: bytes('123456') })).toMatchObject({ ok: true });
    expect(await call('backup:chunk', { token, bytes: bytes('123456') })).toMatchObject({
      code: 'save-too-large',
    });
    expect(await call('backup:commit', { token })).toMatchObject({ code: 'unknown-save' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes atomically: only a temp file until commit, then the archive under its own name', async () => {
    const { call, configure, folder, backup } = await setup();
    await configure();
    const begun = await call('backup:begin');
    const { token } = begun.value as { token: string };
    await call('backup:chunk', { token, bytes: bytes('sealed ') });
    await call('backup:chunk', { token, bytes: bytes('archive') });
    const before = await readdir(folder);
    expect(before).toHaveLength(1);
    expect(before[0]).toMatch(/^\.airr-backup-20300101T090000Z\.airr-backup\.age\.[0-9a-f]{12}\.partial$/);
    const committed = await call('backup:commit', { token });
    expect(committed).toMatchObject({
      ok: true,
      value: {
        lastSuccess: {
          at: '2030-01-01T09:00:00.000Z',
          fileName: 'airr-backup-20300101T090000Z.airr-backup.age',
        },
        lastSkip: null,
      },
    });
    expect(await readdir(folder)).toEqual(['airr-backup-20300101T090000Z.airr-backup.age']);
    expect(await readFile(path.join(folder, 'airr-backup-20300101T090000Z.airr-backup.age'), 'utf8')).toBe(
      'sealed archive',
    );
    expect(backup.lastSuccessAt).toBe('2030-01-01T09:00:00.000Z');
  });

  it('leaves nothing when the backup is aborted, and nothing is recorded as a success', async () => {
    const { call, configure, folder } = await setup();
    await configure();
    const { token } = (await call('backup:begin')).value as { token: string };
    await call('backup:chunk', { token, bytes: bytes('half') });
    expect(await call('backup:abort', { token })).toMatchObject({ ok: true });
    expect(await readdir(folder)).toEqual([]);
    expect(await call('backup:get-settings')).toMatchObject({ value: { lastSuccess: null } });
  });

  it('keeps only the newest N of its own archives and leaves other files alone', async () => {
    const { configure, writeOne, tick, folder } = await setup();
    await configure(2);
    await writeFile(path.join(folder, 'notes.txt'), 'mine');
    await writeFile(path.join(folder, 'airr-library-2029-12-31.airr-backup.age'), 'a manual backup');
    for (const n of [1, 2, 3, 4]) {
      tick(86_400);
      const { committed } = await writeOne(`archive ${n}`);
      expect(committed.ok).toBe(true);
    }
    expect((await readdir(folder)).sort()).toEqual([
      'airr-backup-20300104T090000Z.airr-backup.age',
      'airr-backup-20300105T090000Z.airr-backup.age',
      'airr-library-2029-12-31.airr-backup.age',
      'notes.txt',
    ]);
    expect(await readFile(path.join(folder, 'airr-backup-20300105T090000Z.airr-backup.age'), 'utf8')).toBe(
      'archive 4',
    );
  });

  it('refuses to turn on without a folder, and to begin while off or unconfigured', async () => {
    const { call } = await setup();
    expect(await call('backup:set-settings', { enabled: true, keep: 7, recipient: RECIPIENT })).toMatchObject(
      {
        ok: false,
        code: 'backup-not-configured',
      },
    );
    expect(await call('backup:begin')).toMatchObject({ ok: false, code: 'backup-not-configured' });
    await call('backup:choose-folder');
    expect(await call('backup:set-settings', { enabled: true, keep: 7, recipient: null })).toMatchObject({
      code: 'backup-not-configured',
    });
    expect(
      await call('backup:set-settings', { enabled: false, keep: 7, recipient: RECIPIENT }),
    ).toMatchObject({
      ok: true,
    });
    expect(await call('backup:begin')).toMatchObject({ ok: false, code: 'backup-not-configured' });
  });

  it('says the folder is unavailable when it has gone (a disconnected drive) and writes nothing', async () => {
    const { call, configure, folder } = await setup();
    await configure();
    await rm(folder, { recursive: true });
    expect(await call('backup:begin')).toMatchObject({ ok: false, code: 'backup-folder-unavailable' });
    await expect(readdir(folder)).rejects.toThrow();
  });

  it('remembers folder, keep, recipient and outcomes across a restart; a skip is cleared by a success', async () => {
    const { call, configure, writeOne, tick, load, folder, settingsPath } = await setup();
    await configure(12);
    tick(60);
    expect(await call('backup:skipped', { reason: 'identity-locked' })).toMatchObject({
      value: { lastSkip: { at: '2030-01-01T09:01:00.000Z', reason: 'identity-locked' }, lastSuccess: null },
    });
    expect((await load()).status()).toEqual({
      enabled: true,
      folder,
      keep: 12,
      recipient: RECIPIENT,
      lastSuccess: null,
      lastSkip: { at: '2030-01-01T09:01:00.000Z', reason: 'identity-locked' },
    });
    await writeOne('archive');
    expect((await load()).status()).toMatchObject({
      lastSkip: null,
      lastSuccess: { at: '2030-01-01T09:01:00.000Z' },
    });
    // The settings file itself is replaced atomically: no temp file is left beside it.
    expect((await readdir(path.dirname(settingsPath))).sort()).toEqual([BACKUP_SETTINGS_FILE, 'backups']);
  });

  it('starts with automatic backup off when the settings file is damaged', async () => {
    const { settingsPath, load, configure } = await setup();
    await configure();
    await writeFile(settingsPath, '{"version":1,"enabled":true,');
    expect((await load()).status()).toMatchObject({ enabled: false, folder: null, keep: 7, recipient: null });
    await writeFile(settingsPath, JSON.stringify({ version: 1, enabled: true, keep: 1000 }));
    expect((await load()).isConfigured()).toBe(false);
  });
});

import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_SCHEMAS } from '../../../electron/ipc-schemas';
import type { DesktopApi, IpcResult, OpenedFileHandle } from '../../../electron/preload';
import { ReadSessions } from '../../../electron/read-sessions';
import { createElectronPlatform } from '../../../renderer/src/platform/electron-platform';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

function fakeApi(overrides: Partial<DesktopApi> = {}): DesktopApi {
  return {
    appName: 'AIRR Assessor',
    appVersion: '1.2.3',
    appInfo: vi.fn(),
    saveBegin: vi.fn(() => Promise.resolve(ok({ token: 't'.repeat(32), fileName: 'site.airr' }))),
    saveChunk: vi.fn(() => Promise.resolve(ok(null))),
    saveCommit: vi.fn(() => Promise.resolve(ok('site.airr'))),
    saveAbort: vi.fn(() => Promise.resolve(ok(null))),
    openFiles: vi.fn(() => Promise.resolve(ok([]))),
    readFile: vi.fn(),
    closeFile: vi.fn(() => Promise.resolve(ok(null))),
    onOpenRequest: vi.fn(() => () => undefined),
    onSessionLock: vi.fn(() => () => undefined),
    onFlushRequest: vi.fn(() => () => undefined),
    backupStatus: vi.fn(),
    backupConfigure: vi.fn(),
    backupChooseFolder: vi.fn(),
    backupBegin: vi.fn(),
    backupChunk: vi.fn(),
    backupCommit: vi.fn(),
    backupAbort: vi.fn(),
    backupSkipped: vi.fn(),
    onBackupRequest: vi.fn(() => () => undefined),
    ...overrides,
  };
}

/**
 * The preload API with main's real read sessions behind it, over real files: what the renderer sends is
 * checked against main's IPC schemas, as ipc-handle.ts would.
 */
function apiOverFiles(paths: string[], reads = new ReadSessions()) {
  const api = fakeApi({
    openFiles: vi.fn(async () => {
      const handles: OpenedFileHandle[] = [];
      for (const filePath of paths) {
        const opened = await reads.open(filePath, { maxBytes: 2 ** 32, extensions: [] });
        if (!opened.ok) return opened;
        handles.push(opened.value);
      }
      return ok(handles);
    }),
    readFile: vi.fn((token: string, offset: number, length: number) => {
      IPC_SCHEMAS['file:read'].parse({ token, offset, length });
      return reads.read(token, offset, length);
    }),
    closeFile: vi.fn((token: string) => reads.close(IPC_SCHEMAS['file:close'].parse({ token }).token)),
  });
  return { api, reads };
}

const patterned = (size: number) => new Uint8Array(size).map((_, i) => (i * 13 + (i >> 10)) % 251);

describe('the Electron platform over the preload API', () => {
  it('reports the shell and the version main passed to the preload', () => {
    expect(createElectronPlatform(fakeApi()).appInfo()).toEqual({
      name: 'AIRR Assessor',
      version: '1.2.3',
      shell: 'electron',
    });
  });

  it('passes the preload’s session-lock events on to the renderer, with an unsubscribe', () => {
    let fire: (reason: 'lock-screen' | 'suspend') => void = () => undefined;
    const unsubscribe = vi.fn();
    const api = fakeApi({
      onSessionLock: vi.fn((listener: (reason: 'lock-screen' | 'suspend') => void) => {
        fire = listener;
        return unsubscribe;
      }),
    });
    const locked = vi.fn();
    const stop = createElectronPlatform(api).onSessionLock?.(locked);
    fire('suspend');
    expect(locked).toHaveBeenCalledTimes(1);
    stop?.();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('splits large writes into chunks main accepts, in order', async () => {
    const api = fakeApi();
    const chosen = await createElectronPlatform(api).saveFile({
      suggestedName: 'site.airr',
      mimeType: 'application/vnd.airr.bundle+zip',
      extensions: ['airr'],
    });
    const target = chosen.ok ? chosen.value : null;
    const data = new Uint8Array(20 * 1024 * 1024).map((_, i) => i % 251);
    await expect(target?.write(data)).resolves.toEqual({ ok: true, value: undefined });
    const calls = vi.mocked(api.saveChunk).mock.calls;
    expect(calls.map(([, bytes]) => bytes.byteLength)).toEqual([8388608, 8388608, 4194304]);
    expect(calls[2]?.[1][0]).toBe(data[16 * 1024 * 1024]);
    await expect(target?.commit()).resolves.toEqual({ ok: true, value: 'site.airr' });
  });

  it('reads a Blob part in slices and writes its bytes to main in order, as it writes bytes', async () => {
    const api = fakeApi();
    const chosen = await createElectronPlatform(api).saveFile({
      suggestedName: 'site.airr',
      mimeType: 'application/vnd.airr.bundle+zip',
      extensions: ['airr'],
    });
    const target = chosen.ok ? chosen.value : null;
    const data = new Uint8Array(20 * 1024 * 1024 + 5).map((_, i) => i % 251);
    await expect(target?.write(new Blob([data]))).resolves.toEqual({ ok: true, value: undefined });
    const calls = vi.mocked(api.saveChunk).mock.calls;
    expect(calls.map(([, bytes]) => bytes.byteLength)).toEqual([8388608, 8388608, 4194309]);
    expect(Buffer.concat(calls.map(([, bytes]) => bytes)).equals(data)).toBe(true);
  });

  it('stops at the first refused slice of a Blob part and passes the failure on', async () => {
    const refused = { ok: false as const, code: 'write-failed' as const, message: 'The disk is full.' };
    const saveChunk = vi.fn(() => Promise.resolve(refused));
    const api = fakeApi({ saveChunk });
    const chosen = await createElectronPlatform(api).saveFile({
      suggestedName: 'site.airr',
      mimeType: 'application/vnd.airr.bundle+zip',
      extensions: ['airr'],
    });
    const target = chosen.ok ? chosen.value : null;
    await expect(target?.write(new Blob([new Uint8Array(20 * 1024 * 1024)]))).resolves.toEqual(refused);
    expect(saveChunk).toHaveBeenCalledTimes(1);
  });

  it('returns null when the user cancels the save dialog', async () => {
    const api = fakeApi({ saveBegin: vi.fn(() => Promise.resolve(ok(null))) });
    const chosen = await createElectronPlatform(api).saveFile({
      suggestedName: 'x.airr',
      mimeType: 'application/zip',
      extensions: ['airr'],
    });
    expect(chosen).toEqual({ ok: true, value: null });
  });

  it('passes a failure value through with its stable code, never as an exception', async () => {
    const api = fakeApi({
      openFiles: vi.fn(() =>
        Promise.resolve({ ok: false as const, code: 'file-too-large' as const, message: 'Too big.' }),
      ),
    });
    const opened = await createElectronPlatform(api).openFiles({ extensions: ['airr'], multiple: false });
    expect(opened).toEqual({ ok: false, code: 'file-too-large', message: 'Too big.' });
  });

  it('pulls an opened file in chunks into a blob with the same bytes, then releases it', async () => {
    const bytes = patterned(20 * 1024 * 1024 + 3);
    const filePath = path.join(await tempDir(), 'big.airr');
    await writeFile(filePath, bytes);
    const { api, reads } = apiOverFiles([filePath]);
    const opened = await createElectronPlatform(api).openFiles({ extensions: ['airr'], multiple: false });
    const [file] = opened.ok ? opened.value : [];
    expect(file).toMatchObject({ name: 'big.airr', size: bytes.length });
    expect(
      Buffer.compare(new Uint8Array((await file?.blob.arrayBuffer()) ?? new ArrayBuffer(0)), bytes),
    ).toBe(0);
    expect(vi.mocked(api.readFile).mock.calls.map(([, , length]) => length)).toEqual([
      8388608, 8388608, 4194307,
    ]);
    expect(reads.openCount).toBe(0);
  });

  it('fails with read-failed when the file changes while it is read, and releases every file', async () => {
    const dir = await tempDir();
    const paths = ['first.airr', 'second.airr'].map((name) => path.join(dir, name));
    for (const filePath of paths) await writeFile(filePath, patterned(10 * 1024 * 1024));
    const { api, reads } = apiOverFiles(paths);
    const read = api.readFile;
    let calls = 0;
    api.readFile = async (token, offset, length) => {
      if (++calls === 2) await appendFile(paths[0] ?? '', 'appended by someone else');
      return read(token, offset, length);
    };
    const opened = await createElectronPlatform(api).openFiles({ extensions: ['airr'], multiple: true });
    expect(opened).toEqual({
      ok: false,
      code: 'read-failed',
      message: '“first.airr” changed after it was opened; open it again.',
    });
    expect(reads.openCount).toBe(0);
  });

  it('hands OS open requests to the listener as files with a blob, and read failures to onError', async () => {
    const dir = await tempDir();
    const good = path.join(dir, 'site.airr');
    const changing = path.join(dir, 'changing.airr');
    await writeFile(good, 'PK');
    await writeFile(changing, 'PK too');
    const { api, reads } = apiOverFiles([]);
    let deliver: (file: OpenedFileHandle) => void = () => undefined;
    api.onOpenRequest = vi.fn((listener: (file: OpenedFileHandle) => void) => {
      deliver = listener;
      return () => undefined;
    });
    const received: Array<{ name: string; size: number; text: string }> = [];
    const errors: string[] = [];
    let settled = () => undefined as void;
    const bothSettled = new Promise<void>((resolve) => {
      let count = 0;
      settled = () => void (++count === 2 && resolve());
    });
    createElectronPlatform(api).onOpenFileRequest(
      (file) => {
        void file.blob.text().then((text) => {
          received.push({ name: file.name, size: file.size, text });
          settled();
        });
      },
      (message) => {
        errors.push(message);
        settled();
      },
    );
    for (const filePath of [good, changing]) {
      const opened = await reads.open(filePath, { maxBytes: 100, extensions: ['airr'] });
      if (!opened.ok) throw new Error(opened.message);
      if (filePath === changing) await appendFile(changing, '!');
      deliver(opened.value);
    }
    await bothSettled;
    expect(received).toEqual([{ name: 'site.airr', size: 2, text: 'PK' }]);
    expect(errors).toEqual(['“changing.airr” changed after it was opened; open it again.']);
    expect(reads.openCount).toBe(0);
  });
});

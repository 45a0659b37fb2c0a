import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi, IpcResult, OpenedFilePayload } from '../../../electron/preload';
import { createElectronPlatform, DesktopError } from '../../../renderer/src/platform/electron-platform';

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
    onOpenRequest: vi.fn(() => () => undefined),
    ...overrides,
  };
}

describe('the Electron platform over the preload API', () => {
  it('reports the shell and the version main passed to the preload', () => {
    expect(createElectronPlatform(fakeApi()).appInfo()).toEqual({
      name: 'AIRR Assessor',
      version: '1.2.3',
      shell: 'electron',
    });
  });

  it('splits large writes into chunks main accepts, in order', async () => {
    const api = fakeApi();
    const target = await createElectronPlatform(api).saveFile({
      suggestedName: 'site.airr',
      mimeType: 'application/vnd.airr.bundle+zip',
      extensions: ['airr'],
    });
    const data = new Uint8Array(20 * 1024 * 1024).map((_, i) => i % 251);
    await target?.write(data);
    const calls = vi.mocked(api.saveChunk).mock.calls;
    expect(calls.map(([, bytes]) => bytes.byteLength)).toEqual([8388608, 8388608, 4194304]);
    expect(calls[2]?.[1][0]).toBe(data[16 * 1024 * 1024]);
    await expect(target?.commit()).resolves.toBe('site.airr');
  });

  it('returns null when the user cancels the save dialog', async () => {
    const api = fakeApi({ saveBegin: vi.fn(() => Promise.resolve(ok(null))) });
    const target = await createElectronPlatform(api).saveFile({
      suggestedName: 'x.airr',
      mimeType: 'application/zip',
      extensions: ['airr'],
    });
    expect(target).toBeNull();
  });

  it('turns a failure value into a DesktopError with the stable code', async () => {
    const api = fakeApi({
      openFiles: vi.fn(() =>
        Promise.resolve({ ok: false as const, code: 'file-too-large' as const, message: 'Too big.' }),
      ),
    });
    const error = await createElectronPlatform(api)
      .openFiles({ extensions: ['airr'], multiple: false })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DesktopError);
    expect(error).toMatchObject({ code: 'file-too-large', message: 'Too big.' });
  });

  it('hands OS open requests to the listener as files with a blob', async () => {
    let deliver: (file: OpenedFilePayload) => void = () => undefined;
    const api = fakeApi({
      onOpenRequest: vi.fn((listener: (file: OpenedFilePayload) => void) => {
        deliver = listener;
        return () => undefined;
      }),
    });
    const received: Array<{ name: string; size: number; text: string }> = [];
    const done = new Promise<void>((resolve) => {
      createElectronPlatform(api).onOpenFileRequest((file) => {
        void file.blob.text().then((text) => {
          received.push({ name: file.name, size: file.size, text });
          resolve();
        });
      });
    });
    deliver({ name: 'site.airr', bytes: new TextEncoder().encode('PK'), lastModified: 1 });
    await done;
    expect(received).toEqual([{ name: 'site.airr', size: 2, text: 'PK' }]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createIpcRouter } from '../../../electron/ipc-handle';
import { ok } from '../../../electron/ipc-result';
import { IPC_SCHEMAS } from '../../../electron/ipc-schemas';
import { isTrustedSender, type FrameLike, type SenderEventLike } from '../../../electron/ipc-sender';

type Listener = (event: SenderEventLike, payload: unknown) => Promise<unknown>;

function fakeWindow(url = 'app://bundle/index.html') {
  const mainFrame: FrameLike = { url, processId: 4, routingId: 1 };
  return { mainFrame };
}

function setup(fn = vi.fn((request: { token: string }) => ok(`committed ${request.token}`))) {
  const listeners = new Map<string, Listener>();
  const contents = fakeWindow();
  const logError = vi.fn();
  const router = createIpcRouter<SenderEventLike>({
    ipcMain: { handle: (channel, listener) => listeners.set(channel, listener) },
    isTrusted: (event) => isTrustedSender(event, contents),
    logError,
  });
  router.handle('save:commit', IPC_SCHEMAS['save:commit'], fn);
  const listener = listeners.get('save:commit');
  if (!listener) throw new Error('handler was not registered');
  const trusted: SenderEventLike = { sender: contents, senderFrame: contents.mainFrame };
  return { listener, contents, trusted, fn, logError };
}

const TOKEN = 'a'.repeat(32);

describe('the IPC handle wrapper', () => {
  it('passes a valid request from our top frame to the handler and returns its result', async () => {
    const { listener, trusted, fn } = setup();
    await expect(listener(trusted, { token: TOKEN })).resolves.toEqual({
      ok: true,
      value: `committed ${TOKEN}`,
    });
    expect(fn).toHaveBeenCalledWith({ token: TOKEN });
  });

  it('refuses a sub-frame, another webContents and a foreign origin without calling the handler', async () => {
    const { listener, contents, fn } = setup();
    const subFrame = { url: 'app://bundle/index.html', processId: 4, routingId: 9 };
    const events: SenderEventLike[] = [
      { sender: contents, senderFrame: subFrame },
      { sender: fakeWindow(), senderFrame: contents.mainFrame },
      { sender: contents, senderFrame: null },
      { sender: contents, senderFrame: { ...contents.mainFrame, url: 'https://evil.example/' } },
      { sender: contents, senderFrame: { ...contents.mainFrame, url: 'file:///etc/passwd' } },
      { sender: contents, senderFrame: { ...contents.mainFrame, url: 'app://other/index.html' } },
    ];
    for (const event of events) {
      await expect(listener(event, { token: TOKEN })).resolves.toMatchObject({
        ok: false,
        code: 'untrusted-sender',
      });
    }
    expect(fn).not.toHaveBeenCalled();
  });

  it.each([
    [undefined],
    [{}],
    [{ token: 'short' }],
    [{ token: TOKEN, extra: true }],
    [{ token: 42 }],
    ['a string'],
  ])('rejects the malformed payload %j as a value', async (payload) => {
    const { listener, trusted, fn } = setup();
    const result = await listener(trusted, payload);
    expect(result).toMatchObject({ ok: false, code: 'invalid-payload' });
    expect((result as { message: string }).message).toMatch(/^The request to save:commit was malformed/);
    expect(fn).not.toHaveBeenCalled();
  });

  it('turns an exception in the handler into an internal-error value and logs it locally', async () => {
    const { listener, trusted, logError } = setup(
      vi.fn(() => {
        throw new Error('disk on fire at /home/user/secret');
      }),
    );
    const result = await listener(trusted, { token: TOKEN });
    expect(result).toEqual({
      ok: false,
      code: 'internal-error',
      message: 'The app could not complete save:commit.',
    });
    expect(logError).toHaveBeenCalledOnce();
  });
});

describe('IPC payload schemas', () => {
  it('caps save chunks at 16 MiB and requires real bytes', () => {
    const schema = IPC_SCHEMAS['save:chunk'];
    expect(schema.safeParse({ token: TOKEN, bytes: new Uint8Array(16 * 1024 * 1024) }).success).toBe(true);
    expect(schema.safeParse({ token: TOKEN, bytes: new Uint8Array(16 * 1024 * 1024 + 1) }).success).toBe(
      false,
    );
    expect(schema.safeParse({ token: TOKEN, bytes: [1, 2, 3] }).success).toBe(false);
  });

  it('refuses suggested names with path separators and extensions with dots in front', () => {
    const schema = IPC_SCHEMAS['save:begin'];
    expect(schema.safeParse({ suggestedName: 'site.airr', extensions: ['airr', 'airr.age'] }).success).toBe(
      true,
    );
    expect(schema.safeParse({ suggestedName: '../site.airr', extensions: ['airr'] }).success).toBe(false);
    expect(schema.safeParse({ suggestedName: 'a\\b.airr', extensions: ['airr'] }).success).toBe(false);
    expect(schema.safeParse({ suggestedName: 'site.airr', extensions: ['.airr'] }).success).toBe(false);
  });
});

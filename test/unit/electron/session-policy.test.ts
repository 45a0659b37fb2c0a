import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession } from '../../../electron/session-policy';
import { guardWebContents } from '../../../electron/web-contents-policy';

type Handler = (...args: unknown[]) => unknown;

function fakeSession(devTools = false) {
  const handlers: Record<string, Handler> = {};
  const session = {
    webRequest: { onBeforeRequest: (fn: Handler) => (handlers.beforeRequest = fn) },
    setPermissionRequestHandler: (fn: Handler) => (handlers.permissionRequest = fn),
    setPermissionCheckHandler: (fn: Handler) => (handlers.permissionCheck = fn),
    setDevicePermissionHandler: (fn: Handler) => (handlers.devicePermission = fn),
    on: (event: string, fn: Handler) => (handlers[event] = fn),
  };
  hardenSession(session as unknown as Session, { devTools });
  return handlers;
}

function call(handler: Handler | undefined, ...args: unknown[]): unknown {
  if (!handler) throw new Error('handler not installed');
  return handler(...args);
}

describe('the hardened session', () => {
  it('cancels every request that is not to the app origin', () => {
    const handlers = fakeSession();
    const verdict = (url: string) => {
      const callback = vi.fn();
      call(handlers.beforeRequest, { url }, callback);
      return callback.mock.calls[0]?.[0] as { cancel: boolean };
    };
    expect(verdict('app://bundle/assets/app.js')).toEqual({ cancel: false });
    expect(verdict('https://telemetry.example/collect')).toEqual({ cancel: true });
    expect(verdict('file:///etc/passwd')).toEqual({ cancel: true });
  });

  it('cancels devtools: requests unless the build has DevTools (development only)', () => {
    const verdictIn = (devTools: boolean) => {
      const callback = vi.fn();
      call(
        fakeSession(devTools).beforeRequest,
        { url: 'devtools://devtools/bundled/inspector.html' },
        callback,
      );
      return callback.mock.calls[0]?.[0] as { cancel: boolean };
    };
    expect(verdictIn(false)).toEqual({ cancel: true });
    expect(verdictIn(true)).toEqual({ cancel: false });
  });

  it('denies every permission request, check and device, and every download', () => {
    const handlers = fakeSession();
    const callback = vi.fn();
    call(handlers.permissionRequest, {}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(call(handlers.permissionCheck, {}, 'clipboard-read')).toBe(false);
    expect(call(handlers.devicePermission, {})).toBe(false);
    const event = { preventDefault: vi.fn() };
    call(handlers['will-download'], event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('the web contents guard', () => {
  function guarded() {
    const handlers: Record<string, Handler> = {};
    const contents = {
      on: (event: string, fn: Handler) => (handlers[event] = fn),
      setWindowOpenHandler: (fn: Handler) => (handlers.windowOpen = fn),
    };
    guardWebContents(contents as unknown as WebContents);
    return handlers;
  }

  it('blocks navigation away from the entry document but allows hash routes', () => {
    const handlers = guarded();
    const navigate = (event: string, url: string) => {
      const prevent = vi.fn();
      call(handlers[event], { preventDefault: prevent }, url);
      return prevent.mock.calls.length === 0;
    };
    expect(navigate('will-navigate', 'app://bundle/index.html#/import')).toBe(true);
    expect(navigate('will-navigate', 'https://example.com/')).toBe(false);
    expect(navigate('will-redirect', 'http://127.0.0.1/')).toBe(false);
    expect(navigate('will-navigate', 'devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(navigate('will-redirect', 'devtools://devtools/bundled/devtools_app.html')).toBe(false);
  });

  it('denies new windows and webviews', () => {
    const handlers = guarded();
    expect(call(handlers.windowOpen, { url: 'app://bundle/index.html' })).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    call(handlers['will-attach-webview'], event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createFlushGate, FLUSH_TIMEOUT_MS, registerFlushDone } from '../../../electron/flush-before-close';
import type { IpcRouter } from '../../../electron/ipc-handle';

function closeEvent() {
  return { preventDefault: vi.fn() };
}

describe('the flush-before-close gate', () => {
  it('holds the first close, asks the renderer to flush, and closes once it answers', () => {
    const requests: number[] = [];
    const gate = createFlushGate({ request: (id) => requests.push(id) > 0 });
    const proceed = vi.fn();
    const first = closeEvent();
    expect(gate.hold(first, proceed)).toBe(true);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(requests).toEqual([1]);
    expect(proceed).not.toHaveBeenCalled();
    gate.done(99); // an answer to another request changes nothing
    expect(proceed).not.toHaveBeenCalled();
    gate.done(1);
    expect(proceed).toHaveBeenCalledTimes(1);
    // The close that follows goes through.
    const again = closeEvent();
    expect(gate.hold(again, proceed)).toBe(false);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('holds a quit that comes while a close is flushing, and goes on with the latest one only', () => {
    const gate = createFlushGate({ request: () => true });
    const close = vi.fn();
    const quit = vi.fn();
    gate.hold(closeEvent(), close);
    expect(gate.hold(closeEvent(), quit)).toBe(true);
    gate.done(1);
    expect(quit).toHaveBeenCalledTimes(1);
    expect(close).not.toHaveBeenCalled();
  });

  it('never keeps the app open when the renderer does not answer: the close goes on after the timeout', () => {
    vi.useFakeTimers();
    try {
      const gate = createFlushGate({ request: () => true });
      const proceed = vi.fn();
      gate.hold(closeEvent(), proceed);
      vi.advanceTimersByTime(FLUSH_TIMEOUT_MS - 1);
      expect(proceed).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(proceed).toHaveBeenCalledTimes(1);
      gate.done(1);
      expect(proceed).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('goes on at once when there is no renderer to ask', () => {
    const gate = createFlushGate({ request: () => false });
    const proceed = vi.fn();
    expect(gate.hold(closeEvent(), proceed)).toBe(true);
    expect(proceed).toHaveBeenCalledTimes(1);
  });

  it('answers app:flush-done through the checked router and releases the gate', async () => {
    let handler: ((request: { id: number }) => unknown) | null = null;
    const schemas: unknown[] = [];
    const router = {
      handle: (channel: string, schema: unknown, fn: (request: { id: number }) => unknown) => {
        expect(channel).toBe('app:flush-done');
        schemas.push(schema);
        handler = fn;
      },
    } as unknown as IpcRouter;
    const gate = createFlushGate({ request: () => true });
    registerFlushDone(router, gate);
    const proceed = vi.fn();
    gate.hold(closeEvent(), proceed);
    expect(await handler!({ id: 1 })).toEqual({ ok: true, value: null });
    expect(proceed).toHaveBeenCalledTimes(1);
    const schema = schemas[0] as { safeParse: (value: unknown) => { success: boolean } };
    expect(schema.safeParse({ id: 1 }).success).toBe(true);
    expect(schema.safeParse({ id: -1 }).success).toBe(false);
    expect(schema.safeParse({ id: 1, extra: true }).success).toBe(false);
  });
});

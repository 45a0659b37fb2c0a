import { describe, expect, it, vi } from 'vitest';
import { startIdleLock, type IdleClock } from '../../../../renderer/src/ui/identity/idle-lock';

/** A clock whose time moves only when the test says; timers fire as time passes them, in order. */
function manualClock() {
  let now = 1_000_000;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: IdleClock = {
    now: () => now,
    setTimeout: (callback, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (handle) => timers.delete(handle as number),
  };
  /** Advances time, firing due timers; `fire: false` models a suspended machine or throttled page. */
  const advance = (ms: number, { fire = true } = {}) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!fire || !due) break;
      timers.delete(due[0]);
      now = Math.max(now, due[1].at);
      due[1].callback();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

const MINUTE = 60_000;

describe('the idle lock', () => {
  it('locks once the idle time passes without activity, and only once', () => {
    const { clock, advance, pending } = manualClock();
    const onLock = vi.fn();
    startIdleLock({ clock, idleMs: 10 * MINUTE, onLock });
    advance(10 * MINUTE - 1);
    expect(onLock).not.toHaveBeenCalled();
    advance(1);
    expect(onLock).toHaveBeenCalledTimes(1);
    advance(60 * MINUTE);
    expect(onLock).toHaveBeenCalledTimes(1);
    expect(pending()).toBe(0);
  });

  it('counts the idle time from the last activity', () => {
    const { clock, advance } = manualClock();
    const onLock = vi.fn();
    const lock = startIdleLock({ clock, idleMs: 10 * MINUTE, onLock });
    advance(9 * MINUTE);
    lock.activity();
    advance(9 * MINUTE);
    expect(onLock).not.toHaveBeenCalled();
    advance(1 * MINUTE);
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('locks on return when the window was hidden at least the idle time, even if no timer fired', () => {
    const { clock, advance } = manualClock();
    const onLock = vi.fn();
    const lock = startIdleLock({ clock, idleMs: 5 * MINUTE, onLock });
    lock.hidden();
    advance(6 * MINUTE, { fire: false });
    expect(onLock).not.toHaveBeenCalled();
    lock.visible();
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('does not lock when the window was hidden for less than the idle time', () => {
    const { clock, advance } = manualClock();
    const onLock = vi.fn();
    const lock = startIdleLock({ clock, idleMs: 5 * MINUTE, onLock });
    lock.hidden();
    advance(4 * MINUTE);
    lock.visible();
    lock.activity();
    advance(4 * MINUTE);
    expect(onLock).not.toHaveBeenCalled();
  });

  it('locks when activity comes after the idle time, before a late timer fired (suspend, throttling)', () => {
    const { clock, advance } = manualClock();
    const onLock = vi.fn();
    const lock = startIdleLock({ clock, idleMs: MINUTE, onLock });
    advance(2 * MINUTE, { fire: false });
    lock.activity();
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('stops watching when disposed', () => {
    const { clock, advance, pending } = manualClock();
    const onLock = vi.fn();
    startIdleLock({ clock, idleMs: MINUTE, onLock }).dispose();
    expect(pending()).toBe(0);
    advance(10 * MINUTE);
    expect(onLock).not.toHaveBeenCalled();
  });
});

/**
 * When the unlocked signing key locks again without anyone pressing Lock: after the configured time with no
 * keyboard or pointer activity, and when the window comes back after being hidden for at least that long.
 * Pure logic over an injected clock. Timers in hidden or suspended pages fire late or not at all, so the
 * timer only prompts a check of elapsed time; returning to the window checks again.
 */

export const MINUTE_MS = 60_000;

export interface IdleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface IdleLock {
  /** A keystroke, click, touch or pointer move. */
  activity(): void;
  /** The window was hidden (minimized, another tab, screen off). */
  hidden(): void;
  /** The window is visible again. */
  visible(): void;
  /** Stops watching without locking (the key was locked by other means, or the app unmounts). */
  dispose(): void;
}

export interface IdleLockOptions {
  clock: IdleClock;
  idleMs: number;
  /** Called once, when the idle time has passed; nothing is watched after that. */
  onLock: () => void;
}

export function startIdleLock({ clock, idleMs, onLock }: IdleLockOptions): IdleLock {
  let lastActivity = clock.now();
  let hiddenAt: number | null = null;
  let timer: unknown = null;
  let done = false;

  const stop = () => {
    done = true;
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
  const lock = () => {
    stop();
    onLock();
  };
  const check = () => {
    if (done) return;
    const now = clock.now();
    const idle = now - lastActivity;
    if (idle >= idleMs || (hiddenAt !== null && now - hiddenAt >= idleMs)) return lock();
    schedule(idleMs - idle);
  };
  function schedule(ms: number) {
    if (timer !== null) clock.clearTimeout(timer);
    timer = clock.setTimeout(() => {
      timer = null;
      check();
    }, ms);
  }

  schedule(idleMs);
  return {
    activity() {
      if (done) return;
      // Activity that arrives after the time is up (a late timer) must not extend the session.
      if (clock.now() - lastActivity >= idleMs) return lock();
      lastActivity = clock.now();
    },
    hidden() {
      if (!done && hiddenAt === null) hiddenAt = clock.now();
    },
    visible() {
      if (done) return;
      check();
      hiddenAt = null;
    },
    dispose: stop,
  };
}

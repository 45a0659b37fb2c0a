/**
 * Watches the page for activity and visibility while the signing key is unlocked, and calls `lock` when
 * startIdleLock says the time is up. Uses the page's own clock (Date.now, setTimeout), so tests can drive
 * it with a fake clock.
 */
import { useEffect } from 'react';
import { MINUTE_MS, startIdleLock, type IdleClock } from './idle-lock';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

const pageClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

export function useIdleLock(unlocked: boolean, idleMinutes: number, lock: () => void): void {
  useEffect(() => {
    if (!unlocked) return;
    const idle = startIdleLock({ clock: pageClock, idleMs: idleMinutes * MINUTE_MS, onLock: lock });
    const onActivity = () => idle.activity();
    const onVisibility = () => (document.visibilityState === 'hidden' ? idle.hidden() : idle.visible());
    const options = { capture: true, passive: true };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, options);
    document.addEventListener('visibilitychange', onVisibility);
    if (document.visibilityState === 'hidden') idle.hidden();
    return () => {
      idle.dispose();
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, options);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [unlocked, idleMinutes, lock]);
}

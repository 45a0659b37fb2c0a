import { useEffect } from 'react';

/** The User Timing mark set the first time the start screen shows its data; `npm run bench` reads it. */
export const READY_MARK = 'airr:ready';

const listeners: Array<() => void> = [];

/** Runs `listener` once the start screen has shown its data (at once if it already has). */
export function onReady(listener: () => void): void {
  if (performance.getEntriesByName(READY_MARK).length > 0) listener();
  else listeners.push(listener);
}

/** Sets {@link READY_MARK} once per page load, after the first commit in which `ready` is true. */
export function useReadyMark(ready: boolean): void {
  useEffect(() => {
    if (!ready || performance.getEntriesByName(READY_MARK).length > 0) return;
    performance.mark(READY_MARK);
    for (const listener of listeners.splice(0)) listener();
  }, [ready]);
}

/**
 * Marks of the way to {@link READY_MARK}, for `npm run bench` to say where start-up time goes: the app's
 * script has run (every module of the start chunk evaluated), its database is open, its first render is
 * committed.
 */
export const START_MARKS = {
  script: 'airr:script',
  database: 'airr:database',
  rendered: 'airr:rendered',
} as const;

/** Sets one of {@link START_MARKS} once per page load. */
export function markStart(name: (typeof START_MARKS)[keyof typeof START_MARKS]): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

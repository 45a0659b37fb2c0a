import { useEffect } from 'react';

/** The User Timing mark set the first time the start screen shows its data; `npm run bench` reads it. */
export const READY_MARK = 'airr:ready';

/** Sets {@link READY_MARK} once per page load, after the first commit in which `ready` is true. */
export function useReadyMark(ready: boolean): void {
  useEffect(() => {
    if (ready && performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  }, [ready]);
}

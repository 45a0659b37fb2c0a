/**
 * The deferred storage code (deferred-storage.ts) and the hook the live reads over it use. A live query must
 * not wait on a dynamic import (Dexie would not see the reads after it), so such a hook returns undefined
 * ("loading") until the code is there and only then queries; it never starts the load itself, so the first
 * screen's own reads are not slowed by it.
 */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { deferredCode } from './bind';

export const storageCode = deferredCode(() => import('./deferred-storage'));

/** Starts loading the deferred storage code; screens other than the library wait for it before they show. */
export function preloadStorageCode(): Promise<unknown> {
  return storageCode.load();
}

function useStorageCodeLoaded(): boolean {
  const [loaded, setLoaded] = useState(() => storageCode.loaded() !== undefined);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    void storageCode.whenLoaded.then(() => {
      if (current) setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [loaded]);
  return loaded;
}

/** useLiveQuery for queriers that call deferred Store functions: undefined until the code has loaded. */
export function useDeferredQuery<T>(querier: () => Promise<T> | T, deps: unknown[]): T | undefined {
  const loaded = useStorageCodeLoaded();
  // The caller's deps, plus whether the code is there.
  return useLiveQuery(() => (loaded ? querier() : undefined), [loaded, ...deps]);
}

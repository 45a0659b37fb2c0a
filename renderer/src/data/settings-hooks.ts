/** Live reads for settings: the assessor identity record and the named age recipients. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IdentityResult } from '../storage/identity-repository';
import type { IdentityRecord } from '../domain/crypto/identity-record';
import type { RecipientRow } from '../storage/rows';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../storage/idle-lock-choices';
import { useStore } from './store-context';
import { useDeferredQuery } from './storage-code';

/** The stored identity (undefined inside the result when none was created), or why it cannot be read. */
export function useStoredIdentity(): IdentityResult<IdentityRecord | undefined> | undefined {
  const store = useStore();
  return useDeferredQuery(() => store.getIdentity(), [store]);
}

/** Minutes of inactivity before the identity's unlocked key locks; undefined while loading. */
export function useIdleLockMinutes(identityId: string | null): number | undefined {
  const store = useStore();
  return useDeferredQuery(
    () => (identityId ? store.getIdleLockMinutes(identityId) : DEFAULT_IDLE_LOCK_MINUTES),
    [store, identityId],
  );
}

/** Every age recipient, oldest first. */
export function useRecipients(): RecipientRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => store.listRecipients(), [store]);
}

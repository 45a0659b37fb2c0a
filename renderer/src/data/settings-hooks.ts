/** Live reads for settings: the assessor identity record and the named age recipients. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IdentityResult } from '../storage/identity-repository';
import type { IdentityRecord } from '../domain/crypto/identity-record';
import type { RecipientRow } from '../storage/rows';
import { useStore } from './store-context';

/** The stored identity (undefined inside the result when none was created), or why it cannot be read. */
export function useStoredIdentity(): IdentityResult<IdentityRecord | undefined> | undefined {
  const store = useStore();
  return useLiveQuery(() => store.getIdentity(), [store]);
}

/** Every age recipient, oldest first. */
export function useRecipients(): RecipientRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => store.listRecipients(), [store]);
}

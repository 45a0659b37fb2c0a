/** Live reads of the requester side of the supplier hand-off. undefined while loading. */
import type { KnownSupplier } from '../domain/supplier/supplier-names';
import type { SupplierRequestRow } from '../storage/supplier-rows';
import { useStore } from './store-context';
import { useDeferredQuery } from './storage-code';

/** Every request this device sent, newest first. */
export function useSentRequests(): SupplierRequestRow[] | undefined {
  const store = useStore();
  return useDeferredQuery(() => store.listSentRequests(), [store]);
}

/** The suppliers this device has an id for (pinned or asked before). */
export function useKnownSuppliers(): KnownSupplier[] | undefined {
  const store = useStore();
  return useDeferredQuery(() => store.knownSuppliers(), [store]);
}

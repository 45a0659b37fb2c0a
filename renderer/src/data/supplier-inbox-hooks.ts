/** Live reads of the supplier side (requests received, a draft's attachments): screens follow every save. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SupplierAttachmentRow, SupplierInboxRow } from '../storage/supplier-rows';
import { useStore } from './store-context';

/** Requests received, newest first; undefined while loading. */
export function useSupplierInbox(): SupplierInboxRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => store.listInbox(), [store]);
}

/** One received request; undefined while loading, null when it is not on this device. */
export function useInboxRequest(id: string): SupplierInboxRow | null | undefined {
  const store = useStore();
  return useLiveQuery(async () => (await store.getInboxRequest(id)) ?? null, [store, id]);
}

/** The attachments of a request's draft answer. */
export function useInboxAttachments(requestId: string): SupplierAttachmentRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => store.listInboxAttachments(requestId), [store, requestId]);
}

import type { Dexie } from 'dexie';

/**
 * v9: the supplier hand-off (issue 15). Requester side: requests sent (by assessment and supplier), accepted
 * responses (by request and assessment), one signer pin per supplier. Supplier side: requests received, and
 * the draft answer's attachments by request. New tables only; nothing existing changes.
 */
export const VERSION_009 = 9;

export function migration009SupplierTables(db: Dexie): void {
  db.version(VERSION_009).stores({
    supplierRequests: 'id, assessmentId, supplierId, dueDate',
    supplierResponses: 'id, requestId, assessmentId, sumsSha256',
    supplierPins: 'supplierId',
    supplierInbox: 'id, receivedAt',
    supplierAttachments: 'id, requestId',
  });
}

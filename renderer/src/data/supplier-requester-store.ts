/**
 * The requester side of the supplier hand-off, as the Store offers it: reads of the requests sent and the
 * suppliers known (deferred storage code, so live queries see them), and the services that sign and save a
 * request and take a response in (loaded on first use: they carry the bundle, PDF and signature code).
 */
import type { AirrDatabase } from '../storage/database';
import { deferred, lazy } from './bind';
import { storageCode } from './storage-code';

const requesterCode = () => import('../services/supplier-requests/requester-service');

export function supplierRequesterStore(db: AirrDatabase) {
  return {
    listSentRequests: deferred(db, storageCode, (m) => m.listSentRequests),
    sentRequestsOf: deferred(db, storageCode, (m) => m.sentRequestsOf),
    knownSuppliers: deferred(db, storageCode, (m) => m.knownSuppliers),
    sendSupplierRequest: lazy(db, () => requesterCode().then((m) => m.sendSupplierRequest)),
    openSupplierResponse: lazy(db, () => requesterCode().then((m) => m.openSupplierResponse)),
    acceptSupplierResponse: lazy(db, () => requesterCode().then((m) => m.acceptOpenedResponse)),
  };
}

/**
 * Requests this device sent (requester side). A row is written only after its bundle was saved, so every row
 * is a request a supplier may really answer; it records the SHA256SUMS digest and signer a response must quote.
 */
import { distinctSuppliers, type KnownSupplier } from '../domain/supplier/supplier-names';
import { failure, success, type Result } from '../domain/result';
import type { AirrDatabase } from './database';
import { storageFailure, type IoCode } from './storage-errors';
import { SupplierRequestRow } from './supplier-rows';

/** Stores a sent request; a second row with the same id is refused. */
export async function saveSentRequest(
  db: AirrDatabase,
  row: SupplierRequestRow,
): Promise<Result<undefined, 'invalid-change' | IoCode>> {
  const parsed = SupplierRequestRow.safeParse(row);
  if (!parsed.success)
    return failure('invalid-change', `The request could not be recorded: ${parsed.error.issues[0]?.message}`);
  try {
    await db.supplierRequests.add(parsed.data);
    return success(undefined);
  } catch (error) {
    return storageFailure(error);
  }
}

/** Every sent request, newest first. */
export async function listSentRequests(db: AirrDatabase): Promise<SupplierRequestRow[]> {
  const rows = await db.supplierRequests.toArray();
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The requests sent for one assessment, newest first. */
export async function sentRequestsOf(db: AirrDatabase, assessmentId: string): Promise<SupplierRequestRow[]> {
  const rows = await db.supplierRequests.where('assessmentId').equals(assessmentId).toArray();
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The suppliers this device knows an id for: pinned ones first (their name as first answered), then asked ones. */
export async function knownSuppliers(db: AirrDatabase): Promise<KnownSupplier[]> {
  const [pins, requests] = await Promise.all([db.supplierPins.toArray(), listSentRequests(db)]);
  return distinctSuppliers([
    ...pins.map((pin) => ({ id: pin.supplierId, name: pin.supplierName })),
    ...requests.map((row) => ({ id: row.supplierId, name: row.supplierName })),
  ]);
}

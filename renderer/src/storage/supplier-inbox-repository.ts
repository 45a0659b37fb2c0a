/**
 * The supplier side's storage (issue 15): requests this device received (supplierInbox), each with the draft
 * answer saved as the supplier types, and the draft's attachments (supplierAttachments). Every row is parsed
 * with its schema before it is written, so what is stored is always what the screens and the response
 * builder accept.
 */
import type { SupplierRequestDocument } from '../domain/supplier/supplier-documents';
import { failure, success, type Result } from '../domain/result';
import type { AirrDatabase } from './database';
import { storageFailure, type IoCode } from './storage-errors';
import { SupplierAttachmentRow, SupplierDraft, SupplierInboxRow } from './supplier-rows';

export type InboxCode = 'not-found' | 'already-received' | 'invalid-row' | IoCode;
export type InboxResult<T> = Result<T, InboxCode>;

/** Received requests, newest first. */
export async function listInbox(db: AirrDatabase): Promise<SupplierInboxRow[]> {
  return db.supplierInbox.orderBy('receivedAt').reverse().toArray();
}

export async function getInboxRequest(db: AirrDatabase, id: string): Promise<SupplierInboxRow | undefined> {
  return db.supplierInbox.get(id);
}

/** The draft's attachments, in the order they were added. */
export async function listInboxAttachments(
  db: AirrDatabase,
  requestId: string,
): Promise<SupplierAttachmentRow[]> {
  return db.supplierAttachments.where('requestId').equals(requestId).sortBy('id');
}

/** What a verified request becomes when the supplier adds it: an empty draft, nothing answered yet. */
export type ReceivedRequest = {
  document: SupplierRequestDocument;
  sumsSha256: string;
  requesterFingerprint: string;
  requesterName: string;
  pdf: Blob;
};

/** Adds a verified request; a request already received keeps its draft and is refused as such. */
export async function receiveRequest(
  db: AirrDatabase,
  received: ReceivedRequest,
  now: Date = new Date(),
): Promise<InboxResult<SupplierInboxRow>> {
  const parsed = SupplierInboxRow.safeParse({
    id: received.document.id,
    receivedAt: now.toISOString(),
    requesterFingerprint: received.requesterFingerprint,
    requesterName: received.requesterName.slice(0, 500),
    sumsSha256: received.sumsSha256,
    document: received.document,
    pdf: received.pdf,
    draft: {
      contact: { name: '', organization: '', contact: '' },
      answers: [],
      updatedAt: now.toISOString(),
    },
    responseIds: [],
  });
  if (!parsed.success)
    return failure('invalid-row', 'The request could not be stored: it does not match the format.');
  try {
    return await db.transaction('rw', db.supplierInbox, async () => {
      const existing = await db.supplierInbox.get(parsed.data.id);
      if (existing) {
        return failure(
          'already-received',
          existing.sumsSha256 === parsed.data.sumsSha256
            ? 'This request is already in your requests; open it there to answer it.'
            : 'A different file with the same request id is already in your requests; it was not replaced.',
        );
      }
      await db.supplierInbox.add(parsed.data);
      return success(parsed.data);
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/** Saves the draft answer (contact and answers) as typed. */
export async function saveInboxDraft(
  db: AirrDatabase,
  requestId: string,
  draft: SupplierDraft,
): Promise<InboxResult<void>> {
  const parsed = SupplierDraft.safeParse(draft);
  if (!parsed.success) return failure('invalid-row', 'The answer could not be saved: a field is too long.');
  try {
    const updated = await db.supplierInbox.update(requestId, { draft: parsed.data });
    return updated === 1
      ? success(undefined)
      : failure('not-found', 'The request is no longer on this device.');
  } catch (error) {
    return storageFailure(error);
  }
}

/** Stores one attachment of a draft answer (already hashed). */
export async function addInboxAttachment(
  db: AirrDatabase,
  row: SupplierAttachmentRow,
): Promise<InboxResult<SupplierAttachmentRow>> {
  const parsed = SupplierAttachmentRow.safeParse(row);
  if (!parsed.success)
    return failure('invalid-row', 'The file could not be attached: its name or type is too long.');
  try {
    return await db.transaction('rw', db.supplierInbox, db.supplierAttachments, async () => {
      if (!(await db.supplierInbox.get(parsed.data.requestId))) {
        return failure('not-found', 'The request is no longer on this device.');
      }
      await db.supplierAttachments.put(parsed.data);
      return success(parsed.data);
    });
  } catch (error) {
    return storageFailure(error);
  }
}

export async function removeInboxAttachment(db: AirrDatabase, id: string): Promise<InboxResult<void>> {
  try {
    await db.supplierAttachments.delete(id);
    return success(undefined);
  } catch (error) {
    return storageFailure(error);
  }
}

/** Notes that a response was saved to a file; the supplier can still change the answer and send again. */
export async function recordResponse(
  db: AirrDatabase,
  requestId: string,
  responseId: string,
  respondedAt: string,
): Promise<InboxResult<void>> {
  try {
    return await db.transaction('rw', db.supplierInbox, async () => {
      const row = await db.supplierInbox.get(requestId);
      if (!row) return failure('not-found', 'The request is no longer on this device.');
      const responseIds = [...row.responseIds, responseId].slice(-100);
      await db.supplierInbox.update(requestId, { respondedAt, responseIds });
      return success(undefined);
    });
  } catch (error) {
    return storageFailure(error);
  }
}

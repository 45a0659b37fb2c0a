/**
 * Taking a supplier's response in (requester side). The response was verified before (signature, files,
 * schema); here it is bound to a request this device sent and to the signer pinned for the supplier, and on
 * acceptance ONE transaction writes the response row, the pin (at the first response), the request's
 * answeredAt/responseIds, the attachments as evidence of the assessment, and the attestations in its content
 * under one journal entry. Every check runs again inside that transaction, so a refusal writes nothing.
 */
import { findPack } from './pack-repository';
import { AssessmentContent, type EvidenceMeta } from '../domain/assessment/model';
import { appendEntry } from '../domain/journal/journal';
import { failure, success, type Result } from '../domain/result';
import { attestationsOf } from '../domain/supplier/attestations-of';
import {
  attestationTrust,
  checkResponseBinding,
  type BindingCode,
} from '../domain/supplier/response-binding';
import type { AttestationTrust } from '../domain/supplier/supplier-attestation';
import type { SupplierResponseDocument } from '../domain/supplier/supplier-documents';
import { headerFor } from './assessment-repository';
import type { AirrDatabase } from './database';
import { revisionAfterChange } from './export-revision';
import { lastJournalRow } from './journal-rows';
import { signedRecordRefusal } from './record-guard';
import { fingerprintKey } from './trust-queries';
import type { EvidenceRow } from './rows';
import { Refusal, refusalOrFailure, type IoCode, type StorageCode } from './storage-errors';
import type { SupplierPinRow, SupplierRequestRow, SupplierResponseRow } from './supplier-rows';

/** A verified response bundle, as far as storage needs it. */
export interface VerifiedResponse {
  document: SupplierResponseDocument;
  /** SHA-256 of the response bundle's SHA256SUMS. */
  sumsSha256: string;
  signer: { fingerprint: string; name: string };
  attachments: readonly { sha256: string; blob: Blob }[];
}

export type AcceptCode = BindingCode | StorageCode | 'missing-attachment';

/** What importing would do, shown before anything is written. */
export interface ResponsePreview {
  request: SupplierRequestRow;
  pin: SupplierPinRow | undefined;
  firstResponse: boolean;
  trust: AttestationTrust;
  /** Set when this very response was accepted before: accepting again changes nothing. */
  alreadyAcceptedAt: string | undefined;
}

export type AcceptOutcome =
  | { status: 'accepted'; attestations: number; revision: number }
  | { status: 'already-accepted'; acceptedAt: string };

async function acceptedBefore(
  db: AirrDatabase,
  verified: VerifiedResponse,
): Promise<SupplierResponseRow | undefined> {
  return (
    (await db.supplierResponses.get(verified.document.id)) ??
    (await db.supplierResponses.where('sumsSha256').equals(verified.sumsSha256).first())
  );
}

async function bindingOf(db: AirrDatabase, verified: VerifiedResponse) {
  const request = await db.supplierRequests.get(verified.document.request.id);
  const pin = request ? await db.supplierPins.get(request.supplierId) : undefined;
  const bound = checkResponseBinding(verified.document, verified.signer, request, pin);
  const trusted = (await db.trustedSigners.get(fingerprintKey(verified.signer.fingerprint))) !== undefined;
  return { request, pin, bound, trusted };
}

/** Checks the binding and says what accepting would do; writes nothing. */
export async function previewSupplierResponse(
  db: AirrDatabase,
  verified: VerifiedResponse,
): Promise<Result<ResponsePreview, BindingCode | IoCode>> {
  try {
    const before = await acceptedBefore(db, verified);
    const { request, pin, bound, trusted } = await bindingOf(db, verified);
    // The same response again is recognized before the pin check: it was the pinned one.
    if (before && request)
      return success({
        request,
        pin,
        firstResponse: false,
        trust: attestationTrust(trusted, false),
        alreadyAcceptedAt: before.acceptedAt,
      });
    if (!bound.ok) return bound;
    if (!request) return failure('unknown-request', 'The request is gone.');
    return success({
      request,
      pin,
      firstResponse: bound.value.firstResponse,
      trust: attestationTrust(trusted, bound.value.firstResponse),
      alreadyAcceptedAt: undefined,
    });
  } catch (error) {
    return refusalOrFailure<never>(error);
  }
}

function evidenceMeta(row: EvidenceRow): EvidenceMeta {
  const { assessmentId: _assessment, blob: _blob, ...meta } = row;
  return meta;
}

/** Where an attachment of an item goes in the assessment: its practice, or the request's own questions. */
function evidencePracticeId(requestId: string, practiceId: string | undefined): string {
  return practiceId ?? `supplier-request-${requestId}`;
}

async function attachmentEvidence(
  db: AirrDatabase,
  request: SupplierRequestRow,
  verified: VerifiedResponse,
  at: string,
): Promise<{ rows: EvidenceRow[]; byItem: Map<string, string[]> }> {
  const practiceOf = new Map(request.document.items.map((item) => [item.id, item.practiceId]));
  const blobs = new Map(verified.attachments.map((file) => [file.sha256, file.blob]));
  const rows: EvidenceRow[] = [];
  const byItem = new Map<string, string[]>();
  for (const attachment of verified.document.attachments) {
    const blob = blobs.get(attachment.sha256);
    if (!blob)
      throw new Refusal(
        failure('missing-attachment', `The response lists “${attachment.name}” but does not carry the file.`),
      );
    const practiceId = evidencePracticeId(request.id, practiceOf.get(attachment.itemId));
    const same = await db.evidence
      .where('[assessmentId+sha256]')
      .equals([request.assessmentId, attachment.sha256])
      .toArray();
    const existing =
      same.find((row) => row.practiceId === practiceId) ??
      rows.find((row) => row.sha256 === attachment.sha256 && row.practiceId === practiceId);
    const id = existing?.id ?? crypto.randomUUID();
    if (!existing)
      rows.push({
        id,
        assessmentId: request.assessmentId,
        practiceId,
        name: attachment.name,
        type: attachment.type,
        size: attachment.size,
        sha256: attachment.sha256,
        capturedAt: at,
        blob,
      });
    byItem.set(attachment.itemId, [...(byItem.get(attachment.itemId) ?? []), id]);
  }
  return { rows, byItem };
}

/**
 * Accepts a verified response: everything in one transaction, or nothing. The same response a second time is
 * `already-accepted` and changes nothing.
 */
export async function acceptSupplierResponse(
  db: AirrDatabase,
  verified: VerifiedResponse,
  actor: string,
  now = new Date(),
): Promise<Result<AcceptOutcome, AcceptCode>> {
  const tables = [
    db.supplierRequests,
    db.supplierResponses,
    db.supplierPins,
    db.trustedSigners,
    db.assessments,
    db.contents,
    db.journal,
    db.evidence,
    db.packs,
  ];
  try {
    return await db.transaction('rw', tables, async () => {
      const before = await acceptedBefore(db, verified);
      if (before) return success({ status: 'already-accepted' as const, acceptedAt: before.acceptedAt });
      const { request, bound, trusted } = await bindingOf(db, verified);
      if (!bound.ok) throw new Refusal(bound);
      if (!request) throw new Refusal(failure('unknown-request', 'The request is gone.'));
      const { assessmentId } = request;
      const readOnly = await signedRecordRefusal(db, assessmentId);
      if (readOnly) throw new Refusal(readOnly);
      const [header, row] = await Promise.all([
        db.assessments.get(assessmentId),
        db.contents.get(assessmentId),
      ]);
      if (!header || !row)
        throw new Refusal(
          failure('not-found', 'The assessment this request was sent for no longer exists on this device.'),
        );
      const at = now.toISOString();
      const { firstResponse } = bound.value;
      const trust = attestationTrust(trusted, firstResponse);
      const evidence = await attachmentEvidence(db, request, verified, at);
      const added = attestationsOf({
        request: request.document,
        response: verified.document,
        signer: verified.signer,
        trust,
        evidenceByItem: evidence.byItem,
        acceptedAt: at,
      });
      const content = AssessmentContent.safeParse({
        ...row.content,
        supplierAttestations: [...(row.content.supplierAttestations ?? []), ...added],
      });
      if (!content.success)
        throw new Refusal(
          failure('invalid-change', `The answers cannot be added: ${content.error.issues[0]?.message}`),
        );
      const revision = revisionAfterChange(header);
      const entry = appendEntry(await lastJournalRow(db, assessmentId), {
        at,
        actor,
        field: `supplierAttestations.${verified.document.id}`,
        oldValue: null,
        newValue: {
          supplier: request.document.supplier.name,
          signer: verified.signer.fingerprint,
          trust,
          attestations: added.map((item) => ({ id: item.id, status: item.status })),
          evidence: evidence.rows.map(evidenceMeta),
        },
      });
      await db.evidence.bulkAdd(evidence.rows);
      await db.contents.put({ assessmentId, content: content.data });
      await db.journal.add({ ...entry, assessmentId });
      const pack = await findPack(db, { id: header.packId, version: header.packVersion });
      await db.assessments.put(
        headerFor(assessmentId, content.data, { ...header, updatedAt: at, revision }, pack),
      );
      await db.supplierResponses.add({
        id: verified.document.id,
        requestId: request.id,
        assessmentId,
        supplierId: request.supplierId,
        signerFingerprint: verified.signer.fingerprint,
        signerName: verified.signer.name.slice(0, 500),
        sumsSha256: verified.sumsSha256,
        acceptedAt: at,
        document: verified.document,
      });
      if (firstResponse)
        await db.supplierPins.put({
          supplierId: request.supplierId,
          supplierName: request.supplierName,
          fingerprint: verified.signer.fingerprint,
          signerName: verified.signer.name.slice(0, 500),
          pinnedAt: at,
          firstResponseId: verified.document.id,
        });
      await db.supplierRequests.update(request.id, {
        answeredAt: at,
        responseIds: [...request.responseIds, verified.document.id],
      });
      return success({ status: 'accepted' as const, attestations: added.length, revision });
    });
  } catch (error) {
    return refusalOrFailure<Extract<Result<never, AcceptCode>, { ok: false }>>(error);
  }
}

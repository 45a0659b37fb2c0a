/**
 * Which evidence of an assessment came from suppliers. An accepted response stores its attachments as evidence
 * of the assessment (so export, sealing and verification treat them like any file), and each attestation names
 * the evidence ids of its attachments. Reports and screens list those files with the supplier's attestation,
 * never as the assessor's own evidence of a practice, so a supplier's file cannot read as the assessor's proof.
 */
import type { AssessmentDocument, EvidenceMeta } from '../assessment/model';
import type { SupplierAttestation } from './supplier-attestation';

/** The evidence ids the attestations name as their attachments. */
export function attachmentIdsOf(
  attestations: readonly SupplierAttestation[] | undefined,
): ReadonlySet<string> {
  return new Set((attestations ?? []).flatMap((item) => item.evidenceIds));
}

export function supplierEvidenceIds(document: AssessmentDocument): ReadonlySet<string> {
  return attachmentIdsOf(document.content.supplierAttestations);
}

/** The assessor's own evidence rows of one practice: its files less any a supplier attached. */
export function assessorRowsOf<Row extends { id: string; practiceId: string }>(
  rows: readonly Row[],
  attestations: readonly SupplierAttestation[] | undefined,
  practiceId: string,
): Row[] {
  const supplier = attachmentIdsOf(attestations);
  return rows.filter((row) => row.practiceId === practiceId && !supplier.has(row.id));
}

/** The assessor's own evidence for one practice: its files less any a supplier attached. */
export function assessorEvidenceOf(document: AssessmentDocument, practiceId: string): EvidenceMeta[] {
  return assessorRowsOf(document.evidence, document.content.supplierAttestations, practiceId);
}

/**
 * Which evidence of an assessment came from suppliers. An accepted response stores its attachments as evidence
 * of the assessment (so export, sealing and verification treat them like any file), and each attestation names
 * the evidence ids of its attachments. Reports list those files with the supplier's attestation, never in the
 * assessor's own Evidence column, so a supplier's file cannot read as the assessor's proof.
 */
import type { AssessmentDocument, EvidenceMeta } from '../assessment/model';

export function supplierEvidenceIds(document: AssessmentDocument): ReadonlySet<string> {
  return new Set((document.content.supplierAttestations ?? []).flatMap((item) => item.evidenceIds));
}

/** The assessor's own evidence for one practice: its files less any a supplier attached. */
export function assessorEvidenceOf(document: AssessmentDocument, practiceId: string): EvidenceMeta[] {
  const supplier = supplierEvidenceIds(document);
  return document.evidence.filter((meta) => meta.practiceId === practiceId && !supplier.has(meta.id));
}

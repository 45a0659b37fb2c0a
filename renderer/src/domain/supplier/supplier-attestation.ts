/**
 * A supplier attestation: one accepted answer from a verified supplier response, kept in the assessment
 * (content.supplierAttestations) beside, never inside, the assessor's own answer. It records who attested
 * (supplier, signer certificate, trust state when accepted) so reports and OSCAL attribute it to the supplier.
 * The assessor's answer is theirs: an attestation informs it, and only the assessor changes it.
 */
import { z } from 'zod';
import { AnswerStatus } from '../assessment/answer-status';

const ID = z.string().min(1).max(100);
const SHORT_TEXT = z.string().max(500);
const LONG_TEXT = z.string().max(20_000);
const TIMESTAMP = z.iso.datetime({ offset: true });
const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/);

/** The signer's standing on this device when the response was accepted. */
export const ATTESTATION_TRUST = ['trusted', 'pinned', 'unknown'] as const;
export const AttestationTrust = z.enum(ATTESTATION_TRUST);
export type AttestationTrust = z.infer<typeof AttestationTrust>;

export const SupplierAttestation = z.object({
  /** `${responseId}:${itemId}` — unique, and the same response accepted twice adds nothing. */
  id: z.string().min(1).max(200),
  requestId: z.uuid(),
  responseId: z.uuid(),
  itemId: ID,
  /** The practice it concerns, when the item asked about one. */
  practiceId: ID.optional(),
  question: LONG_TEXT,
  systemIds: z.array(ID).max(500),
  supplier: z.object({ id: z.uuid(), name: SHORT_TEXT }),
  role: z.enum(['CCP', 'AID']),
  signer: z.object({ fingerprint: SHA256_HEX, name: SHORT_TEXT }),
  trust: AttestationTrust,
  /** The supplier's named contact, as one line ("Name, Organization, contact"). */
  contact: SHORT_TEXT,
  status: AnswerStatus,
  narrative: LONG_TEXT,
  /** Ids of the document's evidence entries that carry this answer's attachments. */
  evidenceIds: z.array(ID).max(1_000),
  respondedAt: TIMESTAMP,
  acceptedAt: TIMESTAMP,
});
export type SupplierAttestation = z.infer<typeof SupplierAttestation>;

export const SUPPLIER_ATTESTATIONS_MAX = 5_000;
export const SupplierAttestations = z.array(SupplierAttestation).max(SUPPLIER_ATTESTATIONS_MAX);

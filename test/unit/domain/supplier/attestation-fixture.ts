// Supplier attestations as supplier-in's accept step stores them, shared by the report, OSCAL and redaction tests.
import type { AssessmentDocument, EvidenceMeta } from '../../../../renderer/src/domain/assessment/model';
import type { SupplierAttestation } from '../../../../renderer/src/domain/supplier/supplier-attestation';

export const AQUAML_ID = '6d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
export const NORTHWIND_ID = '7e2a3b4c-5d6e-4f70-9b8c-1d2e3f4a5b6c';
const AQUAML_RESPONSE = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const NORTHWIND_RESPONSE = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';
const REQUEST = 'c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f';

export const AQUAML_FINGERPRINT = '0123456789abcdef'.repeat(4);
export const AQUAML_NARRATIVE =
  'Model updates are signed by our release key and staged on a test historian before any push to the plant.';
export const CUSTOM_QUESTION = 'How long do you keep the plant’s telemetry after a retraining run?';
export const CUSTOM_NARRATIVE = 'Thirty days, then it is deleted from the training store.';

/** The supplier's attachment, stored as evidence of the assessment (supplier-in keeps it so it travels). */
export const SUPPLIER_EVIDENCE: EvidenceMeta = {
  id: 'ev-supplier-1',
  practiceId: 'AID-SE-1',
  name: 'release-signing-procedure.pdf',
  type: 'application/pdf',
  size: 2048,
  sha256: 'fe'.repeat(32),
  capturedAt: '2026-03-03T14:00:00.000Z',
};

function attestation(
  responseId: string,
  itemId: string,
  rest: Partial<SupplierAttestation> & Pick<SupplierAttestation, 'supplier' | 'role'>,
): SupplierAttestation {
  return {
    id: `${responseId}:${itemId}`,
    requestId: REQUEST,
    responseId,
    itemId,
    question: 'Describe how you meet this practice.',
    systemIds: ['sys-1'],
    signer: { fingerprint: AQUAML_FINGERPRINT, name: 'Mira Chen' },
    trust: 'pinned',
    contact: 'Mira Chen, AquaML Inc., mira@aquaml.example',
    status: 'implemented',
    narrative: '',
    evidenceIds: [],
    respondedAt: '2026-03-03T13:00:00.000Z',
    acceptedAt: '2026-03-03T15:00:00.000Z',
    ...rest,
  };
}

export function supplierAttestations(): SupplierAttestation[] {
  const aquaml = { supplier: { id: AQUAML_ID, name: 'AquaML Inc.' }, role: 'AID' as const };
  return [
    attestation(NORTHWIND_RESPONSE, 'i1', {
      supplier: { id: NORTHWIND_ID, name: 'Northwind Cloud' },
      role: 'CCP',
      practiceId: 'CIO-SE-1',
      status: 'partial',
      narrative: 'Tenant isolation is enforced; customer-managed keys are on the roadmap.',
      signer: { fingerprint: 'ab'.repeat(32), name: 'Sam Ortiz' },
      trust: 'unknown',
      contact: 'Sam Ortiz, Northwind Cloud, +1 555 0100',
    }),
    attestation(AQUAML_RESPONSE, 'i1', {
      ...aquaml,
      practiceId: 'AID-SE-1',
      narrative: AQUAML_NARRATIVE,
      evidenceIds: [SUPPLIER_EVIDENCE.id],
    }),
    attestation(AQUAML_RESPONSE, 'i2', {
      ...aquaml,
      question: CUSTOM_QUESTION,
      status: 'not-assessed',
      narrative: CUSTOM_NARRATIVE,
    }),
  ];
}

/** `document` with the attestations and the supplier's attachment added (a copy). */
export function withAttestations(document: AssessmentDocument): AssessmentDocument {
  return {
    ...document,
    content: { ...document.content, supplierAttestations: supplierAttestations() },
    evidence: [...document.evidence, SUPPLIER_EVIDENCE],
  };
}

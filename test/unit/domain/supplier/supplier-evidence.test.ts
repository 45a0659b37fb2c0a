import { describe, expect, it } from 'vitest';
import { answersCsv } from '../../../../renderer/src/domain/handoff/csv';
import {
  assessorEvidenceOf,
  assessorRowsOf,
} from '../../../../renderer/src/domain/supplier/supplier-evidence';
import type { AssessmentDocument, EvidenceMeta } from '../../../../renderer/src/domain/assessment/model';
import { sampleDocument } from '../import/helpers/sample-document';
import { SAMPLE_PACK } from '../handoff/sample-pack';
import { NORTHWIND_ID, SUPPLIER_EVIDENCE, withAttestations } from './attestation-fixture';

const OWN: EvidenceMeta = {
  ...SUPPLIER_EVIDENCE,
  id: 'ev-own-1',
  name: 'walkdown.jpg',
  sha256: 'ab'.repeat(32),
};

/** CIO-SE-1 holds the assessor's own photo and Northwind's attachment, which its attestation names. */
function withSupplierFileOnAnsweredPractice(): AssessmentDocument {
  const base = withAttestations(sampleDocument());
  return {
    ...base,
    evidence: [
      { ...OWN, practiceId: 'CIO-SE-1' },
      { ...SUPPLIER_EVIDENCE, practiceId: 'CIO-SE-1' },
    ],
    content: {
      ...base.content,
      supplierAttestations: base.content.supplierAttestations?.map((item) =>
        item.supplier.id === NORTHWIND_ID ? { ...item, evidenceIds: [SUPPLIER_EVIDENCE.id] } : item,
      ),
    },
  };
}

describe('The assessor’s evidence of a practice', () => {
  it('leaves out the files a supplier attached, keeping the assessor’s own', () => {
    const document = withSupplierFileOnAnsweredPractice();
    expect(assessorEvidenceOf(document, 'CIO-SE-1').map((meta) => meta.id)).toEqual([OWN.id]);
    // The same rule over stored rows, as the wizard's evidence list and the review table read them.
    const rows = document.evidence.map((meta) => ({ ...meta, blob: new Blob(['x']) }));
    expect(
      assessorRowsOf(rows, document.content.supplierAttestations, 'CIO-SE-1').map((row) => row.name),
    ).toEqual([OWN.name]);
  });

  it('keeps every file of the practice when no attestation names it', () => {
    const document = { ...withSupplierFileOnAnsweredPractice(), content: sampleDocument().content };
    expect(assessorEvidenceOf(document, 'CIO-SE-1')).toHaveLength(2);
    expect(assessorRowsOf(document.evidence, undefined, 'CIO-SE-1')).toHaveLength(2);
  });

  it('counts only the assessor’s files in the answers CSV', () => {
    const row = answersCsv(withSupplierFileOnAnsweredPractice(), SAMPLE_PACK)
      .split('\r\n')
      .find((line) => line.startsWith('CIO-SE-1,'));
    expect(row?.split(',').at(-1)).toBe('1');
  });
});

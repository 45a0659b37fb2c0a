import { describe, expect, it } from 'vitest';
import { AssessmentDocument } from '../../../../renderer/src/domain/assessment/model';
import type { RedactionProfile } from '../../../../renderer/src/domain/redaction/profiles';
import { previewRedaction, redact, REDACTED_TEXT } from '../../../../renderer/src/domain/redaction/redact';
import { scoreAssessment } from '../../../../renderer/src/domain/scoring/score-assessment';
import { BUILT_IN_PACK } from '../../../../renderer/src/domain/framework/builtin-pack';
import { sampleDocument } from '../import/helpers/sample-document';
import {
  AQUAML_FINGERPRINT,
  AQUAML_NARRATIVE,
  CUSTOM_NARRATIVE,
  CUSTOM_QUESTION,
  SUPPLIER_EVIDENCE,
  withAttestations,
} from '../supplier/attestation-fixture';

const SECTOR_PARTNER: RedactionProfile = { id: 'sector-partner', categories: [], region: '' };
const REGULATOR: RedactionProfile = { id: 'regulator', categories: [], region: '' };

const attested = () => AssessmentDocument.parse(withAttestations(sampleDocument()));

describe('Redaction of supplier attestations', () => {
  it('drops, for a sector partner, every narrative, question, name, contact and attachment link', () => {
    const document = attested();
    const { document: out, removed } = redact(document, SECTOR_PARTNER);
    const json = JSON.stringify(out);
    for (const gone of [
      AQUAML_NARRATIVE,
      CUSTOM_NARRATIVE,
      CUSTOM_QUESTION,
      'AquaML',
      'Northwind',
      'Mira Chen',
      'Sam Ortiz',
      'mira@aquaml.example',
      SUPPLIER_EVIDENCE.id,
    ]) {
      expect(json).not.toContain(gone);
    }
    const items = out.content.supplierAttestations ?? [];
    expect(items.map((item) => item.supplier.name)).toEqual(['Supplier 1', 'Supplier 2', 'Supplier 2']);
    expect(items.every((item) => item.narrative === REDACTED_TEXT && item.evidenceIds.length === 0)).toBe(
      true,
    );
    expect(items.every((item) => item.signer.name === REDACTED_TEXT && item.contact === REDACTED_TEXT)).toBe(
      true,
    );
    // What a partner still learns: which practice, the supplier's status, role, trust, dates and the key id.
    expect(items.map((item) => [item.practiceId, item.status, item.role, item.trust])).toEqual(
      (document.content.supplierAttestations ?? []).map((item) => [
        item.practiceId,
        item.status,
        item.role,
        item.trust,
      ]),
    );
    expect(items[1]?.signer.fingerprint).toBe(AQUAML_FINGERPRINT);
    // Counted like the rest: 3 narratives + 3 questions; 2 signers + 2 contacts (one per response); 2 names.
    expect(removed.notes - redact(sampleDocument(), SECTOR_PARTNER).removed.notes).toBe(6);
    expect(removed.people - redact(sampleDocument(), SECTOR_PARTNER).removed.people).toBe(4);
    expect(removed.systems - redact(sampleDocument(), SECTOR_PARTNER).removed.systems).toBe(2);
    // Still a valid document, scoring as before, and the preview counts what the export removes.
    expect(AssessmentDocument.safeParse(out).success).toBe(true);
    expect(scoreAssessment(BUILT_IN_PACK, out.content)).toEqual(
      scoreAssessment(BUILT_IN_PACK, document.content),
    );
    expect(
      previewRedaction(document.content, { evidence: document.evidence.length, journal: 0 }, SECTOR_PARTNER),
    ).toEqual(removed);
  });

  it('keeps, for a regulator, the supplier’s words and name but no person and no attachment', () => {
    const { document: out } = redact(attested(), REGULATOR);
    const items = out.content.supplierAttestations ?? [];
    expect(items.map((item) => item.narrative)).toContain(AQUAML_NARRATIVE);
    expect(items.map((item) => item.question)).toContain(CUSTOM_QUESTION);
    expect(items.map((item) => item.supplier.name)).toEqual([
      'Northwind Cloud',
      'AquaML Inc.',
      'AquaML Inc.',
    ]);
    expect(JSON.stringify(out)).not.toContain('Mira Chen');
    expect(items.flatMap((item) => item.evidenceIds)).toEqual([]);
    expect(out.evidence).toEqual([]);
  });

  it('leaves the attestations as they are under the full profile and adds none to a document without them', () => {
    const document = attested();
    expect(redact(document, { id: 'full', categories: [], region: '' }).document).toBe(document);
    const { document: plain } = redact(sampleDocument(), SECTOR_PARTNER);
    expect('supplierAttestations' in plain.content).toBe(false);
  });
});

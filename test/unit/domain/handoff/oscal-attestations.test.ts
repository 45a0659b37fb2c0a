import { describe, expect, it } from 'vitest';
import { toOscalAssessmentResults } from '../../../../renderer/src/domain/handoff/oscal';
import { sampleDocument } from '../import/helpers/sample-document';
import {
  AQUAML_FINGERPRINT,
  AQUAML_ID,
  AQUAML_NARRATIVE,
  NORTHWIND_ID,
  SUPPLIER_EVIDENCE,
  withAttestations,
} from '../supplier/attestation-fixture';
import { oscalValidator } from './oscal-schema';
import { SAMPLE_PACK } from './sample-pack';

const resultsOf = (document = withAttestations(sampleDocument())) =>
  toOscalAssessmentResults(document, SAMPLE_PACK)['assessment-results'];

type Observation = NonNullable<ReturnType<typeof resultsOf>['results'][number]['observations']>[number];
const prop = (observation: Observation | undefined, name: string) =>
  observation?.props?.find((p) => p.name === name)?.value;

describe('Supplier attestations in OSCAL assessment results', () => {
  it('validates against the OSCAL assessment-results schema', () => {
    const validate = oscalValidator('assessment-results');
    const valid = validate(toOscalAssessmentResults(withAttestations(sampleDocument()), SAMPLE_PACK));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The schema does check origins: an actor type OSCAL does not define is refused.
    type Actors = { origins?: Array<{ actors: Array<{ type: string }> }> };
    const broken = structuredClone(
      toOscalAssessmentResults(withAttestations(sampleDocument()), SAMPLE_PACK),
    ) as unknown as { 'assessment-results': { results: Array<{ observations: Actors[] }> } };
    const actor = broken['assessment-results'].results[0]?.observations.flatMap((o) => o.origins ?? [])[0]
      ?.actors[0];
    if (!actor) throw new Error('no attestation observation');
    actor.type = 'supplier';
    expect(validate(broken)).toBe(false);
  });

  it('adds each supplier once as an organization party, next to the assessors', () => {
    const parties = resultsOf().metadata.parties ?? [];
    expect(parties.map((party) => [party.type, party.name])).toEqual([
      ['person', 'Ada Lovelace'],
      ['organization', 'Northwind Cloud'],
      ['organization', 'AquaML Inc.'],
    ]);
    expect(parties[2]?.props?.find((p) => p.name === 'supplier-id')?.value).toBe(AQUAML_ID);
  });

  it('makes each attestation an observation whose origin actor is its supplier’s party', () => {
    const results = resultsOf();
    const partyOf = new Map(
      (results.metadata.parties ?? []).flatMap((party) => {
        const id = party.props?.find((p) => p.name === 'supplier-id')?.value;
        return id ? [[id, party.uuid] as const] : [];
      }),
    );
    const observations = results.results[0]?.observations ?? [];
    // The assessor's two answers first, then the three attestations.
    expect(observations).toHaveLength(5);
    const attested = observations.filter((o) => prop(o, 'source') === 'supplier-attestation');
    expect(attested.map((o) => ('origins' in o ? o.origins : undefined))).toEqual([
      [{ actors: [{ type: 'party', 'actor-uuid': partyOf.get(NORTHWIND_ID) }] }],
      [{ actors: [{ type: 'party', 'actor-uuid': partyOf.get(AQUAML_ID) }] }],
      [{ actors: [{ type: 'party', 'actor-uuid': partyOf.get(AQUAML_ID) }] }],
    ]);
    // The assessor's observations have no supplier origin.
    expect(observations.slice(0, 2).every((o) => !('origins' in o))).toBe(true);
    const aquaml = attested[1];
    expect(aquaml?.title).toBe('Supplier attestation by AquaML Inc.: AID-SE-1 Build security in');
    expect(aquaml?.description).toBe(AQUAML_NARRATIVE);
    expect(aquaml?.methods).toEqual(['EXAMINE']);
    expect(prop(aquaml, 'status')).toBe('implemented');
    expect(prop(aquaml, 'trust')).toBe('pinned');
    expect(prop(aquaml, 'signer-fingerprint')).toBe(AQUAML_FINGERPRINT);
    expect(aquaml?.['relevant-evidence']).toEqual([
      {
        description: SUPPLIER_EVIDENCE.name,
        props: [
          { name: 'sha256', value: SUPPLIER_EVIDENCE.sha256, ns: 'urn:airr-assessor:oscal' },
          { name: 'media-type', value: 'application/pdf', ns: 'urn:airr-assessor:oscal' },
          { name: 'captured', value: SUPPLIER_EVIDENCE.capturedAt, ns: 'urn:airr-assessor:oscal' },
        ],
      },
    ]);
    expect(aquaml?.collected).toBe('2026-03-03T13:00:00.000Z');
    expect(attested[2]?.title).toBe('Supplier attestation by AquaML Inc.: question from the assessor');
  });

  it('relates a finding to the attestations of its practice as to the assessor’s observation', () => {
    const [result] = resultsOf().results;
    const byTitle = new Map((result?.observations ?? []).map((o) => [o.title, o.uuid]));
    expect(result?.findings?.[0]?.['related-observations']).toEqual([
      { 'observation-uuid': byTitle.get('CIO-SE-1 Secure the deployment environment') },
      {
        'observation-uuid': byTitle.get(
          'Supplier attestation by Northwind Cloud: CIO-SE-1 Secure the deployment environment',
        ),
      },
    ]);
  });

  it('lists a supplier’s attachment as the supplier’s evidence, not the assessor’s', () => {
    const base = withAttestations(sampleDocument());
    const onAssessedPractice = { ...SUPPLIER_EVIDENCE, practiceId: 'CIO-SE-1' };
    const document = {
      ...base,
      evidence: [onAssessedPractice],
      content: {
        ...base.content,
        supplierAttestations: base.content.supplierAttestations?.map((item) =>
          item.supplier.id === NORTHWIND_ID ? { ...item, evidenceIds: [SUPPLIER_EVIDENCE.id] } : item,
        ),
      },
    };
    const observations = resultsOf(document).results[0]?.observations ?? [];
    const assessor = observations.find((o) => o.title === 'CIO-SE-1 Secure the deployment environment');
    const supplier = observations.find((o) => o.title.startsWith('Supplier attestation by Northwind'));
    expect(assessor && 'relevant-evidence' in assessor).toBe(false);
    expect(supplier?.['relevant-evidence']?.map((e) => e.description)).toEqual([SUPPLIER_EVIDENCE.name]);
  });

  it('is deterministic and leaves a document without attestations as it was', () => {
    const document = withAttestations(sampleDocument());
    expect(JSON.stringify(resultsOf(document))).toBe(JSON.stringify(resultsOf(structuredClone(document))));
    const plain = resultsOf(sampleDocument());
    expect(plain.metadata.parties?.map((party) => party.type)).toEqual(['person']);
    expect(plain.results[0]?.observations).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { toOscalAssessmentResults } from '../../../../renderer/src/domain/handoff/oscal';
import { stableUuid } from '../../../../renderer/src/domain/handoff/oscal-ids';
import { sampleContent, sampleDocument, sampleFinding } from '../import/helpers/sample-document';
import { emptyPlan } from '../../../../renderer/src/domain/remediation/model';
import { oscalValidator } from './oscal-schema';
import { SAMPLE_PACK } from './sample-pack';

const validator = () => oscalValidator('assessment-results');

const rich = sampleDocument({
  content: sampleContent({
    title: 'Plant 7, "AI" review\nsecond line',
    startDate: '2025-02-28',
    endDate: '2025-03-01',
    assessors: [{ id: 'a1', name: '  Ada  Lovelace ', organization: '' }],
    findings: [
      sampleFinding(),
      sampleFinding({
        id: 'f2',
        practiceIds: [],
        remediation: { status: 'done', owner: '', dueDate: '', note: '' },
      }),
      sampleFinding({ id: 'f3', title: '', recommendation: '', dueDate: '', practiceIds: ['9 odd id'] }),
    ],
    answers: {
      ...sampleContent().answers,
      '9 odd id': { status: 'not-applicable', notes: '', justification: 'No AI here.', systemIds: [] },
    },
  }),
  evidence: [
    {
      id: 'e1',
      practiceId: 'CIO-SE-1',
      name: 'hmi.jpg',
      type: 'image/jpeg',
      size: 10,
      sha256: 'a'.repeat(64),
      capturedAt: '2025-03-01T09:00:00+05:45',
    },
  ],
});

describe('toOscalAssessmentResults', () => {
  it('validates against the OSCAL assessment-results schema', () => {
    const validate = validator();
    const scores = { overall: { score: 0.75 }, byArea: { SE: { score: 0.5 }, DD: { score: null } } };
    for (const document of [
      rich,
      sampleDocument(),
      sampleDocument({ content: sampleContent({ roles: [], answers: {}, findings: [] }) }),
    ]) {
      const valid = validate(toOscalAssessmentResults(document, SAMPLE_PACK, scores));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('is checked by a validator that does reject a broken document', () => {
    const broken = toOscalAssessmentResults(rich, SAMPLE_PACK);
    (broken['assessment-results'].metadata as { version: string }).version = ' 3';
    expect(validator()(broken)).toBe(false);
  });

  it('maps answers to observations and findings to objective targets with a state', () => {
    const result = toOscalAssessmentResults(rich, SAMPLE_PACK)['assessment-results'].results[0];
    expect(result?.observations?.map((o) => o.title)).toEqual([
      'CIO-SE-1 Secure the deployment environment',
      'CIO-DD-1 Know the data your AI uses',
      '9 odd id',
    ]);
    expect(result?.observations?.[0]?.['relevant-evidence']?.[0]?.description).toBe('hmi.jpg');
    expect(result?.findings?.map((f) => [f.target['target-id'], f.target.status.state])).toEqual([
      ['CIO-SE-1', 'not-satisfied'],
      ['finding-f2', 'satisfied'],
      ['_9_odd_id', 'not-satisfied'],
    ]);
    expect(result?.['reviewed-controls']['control-selections'][0]).toEqual({
      'include-controls': [{ 'control-id': 'CIO-SE-1' }, { 'control-id': 'CIO-DD-1' }],
    });
  });

  it('is deterministic: the same revision exports identical OSCAL', () => {
    expect(JSON.stringify(toOscalAssessmentResults(rich, SAMPLE_PACK))).toBe(
      JSON.stringify(toOscalAssessmentResults(structuredClone(rich), SAMPLE_PACK)),
    );
  });

  it('derives RFC 4122 version 5 shaped UUIDs from the assessment id and the item', () => {
    const uuid = stableUuid(rich.id, 'finding:f1');
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid(rich.id, 'finding:f2')).not.toBe(uuid);
    expect(stableUuid(rich.id, 'finding:f1')).toBe(uuid);
  });
});

describe('OSCAL assessment results and the site plan', () => {
  it('takes a finding’s state and risk status from the site plan when it has one', () => {
    const plans = new Map([
      ['f1', { ...emptyPlan('f1'), status: 'completed' as const }],
      [
        'f2',
        {
          ...emptyPlan('f2'),
          status: 'risk-accepted' as const,
          justification: 'Compensating control',
          approver: 'Plant manager',
          owner: 'OT lead',
          originalDueDate: '2027-01-10',
          adjustedDueDate: '2027-04-30',
        },
      ],
    ]);
    const output = toOscalAssessmentResults(rich, SAMPLE_PACK, undefined, plans);
    const result = output['assessment-results'].results[0];
    expect(result?.findings?.map((f) => f.target.status.state)).toEqual([
      'satisfied',
      'not-satisfied',
      'not-satisfied',
    ]);
    // f3 has no plan: the signed content (open) decides.
    expect(result?.risks?.map((r) => r.status)).toEqual(['closed', 'deviation-approved', 'open']);
    // Owner and deadline follow the plan too (the adjusted due date when it moved).
    expect(result?.risks?.[1]?.deadline).toMatch(/^2027-04-30T/);
    expect(result?.findings?.[1]?.props?.find((p) => p.name === 'owner')?.value).toBe('OT lead');
    expect(validator()(output)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { toOscalPoam, type PoamInput } from '../../../../renderer/src/domain/handoff/oscal-poam';
import { toOscalAssessmentResults } from '../../../../renderer/src/domain/handoff/oscal';
import { emptyPlan, type RemediationPlan } from '../../../../renderer/src/domain/remediation/model';
import { seedPlan } from '../../../../renderer/src/domain/remediation/seed';
import { sampleContent, sampleDocument, sampleFinding } from '../import/helpers/sample-document';
import { oscalValidator } from './oscal-schema';
import { SAMPLE_PACK } from './sample-pack';

const validator = () => oscalValidator('poam');

const f1 = sampleFinding({ id: 'f1', practiceIds: ['CIO-SE-1', 'CIO-DD-1'] });
const f2 = sampleFinding({ id: 'f2', title: '', description: '', recommendation: '', practiceIds: [] });
const f3 = sampleFinding({ id: 'f3', title: 'Fixed already' });
const document = sampleDocument({ content: sampleContent({ findings: [f1, f2, f3] }) });

const plan1: RemediationPlan = {
  ...emptyPlan('f1'),
  owner: 'OT lead',
  status: 'vendor-dependency',
  supplier: 'HMI Corp',
  originalDueDate: '2025-06-30',
  adjustedDueDate: '2025-09-30',
  milestones: [
    { id: 'm1', date: '2025-07-15', description: 'Patch from HMI Corp received', done: true },
    { id: 'm2', date: '', description: 'Patch rolled out', done: false },
  ],
  note: 'Waiting on firmware 4.2.',
};
const plan2: RemediationPlan = {
  ...emptyPlan('f2'),
  status: 'risk-accepted',
  justification: 'Air-gapped',
  approver: 'CISO',
};
const plan3: RemediationPlan = { ...emptyPlan('f3'), status: 'closure-verified', verifiedBy: 'Auditor' };

const input: PoamInput = {
  document,
  plans: [
    { finding: f1, plan: plan1 },
    { finding: f2, plan: plan2 },
    { finding: f3, plan: plan3 },
  ],
  lastModified: '2025-06-01T08:00:00.000Z',
};

describe('toOscalPoam', () => {
  it('validates against the vendored OSCAL POA&M schema', () => {
    const validate = validator();
    const minimal: PoamInput = {
      document,
      plans: [{ finding: f2, plan: seedPlan(f2) }],
      lastModified: document.updatedAt,
    };
    for (const each of [input, minimal]) {
      const result = toOscalPoam(each, SAMPLE_PACK);
      if (!result.ok) throw new Error(result.message);
      const valid = validate(result.value);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('is checked by a validator that rejects a POA&M item without its required description', () => {
    const result = toOscalPoam(input, SAMPLE_PACK);
    if (!result.ok) throw new Error(result.message);
    const broken = structuredClone(result.value) as {
      'plan-of-action-and-milestones': { 'poam-items': object[] };
    };
    delete (broken['plan-of-action-and-milestones']['poam-items'][0] as { description?: string }).description;
    expect(validator()(broken)).toBe(false);
  });

  it('has one item per open finding, with its risk, milestones and related observations', () => {
    const result = toOscalPoam(input, SAMPLE_PACK);
    if (!result.ok) throw new Error(result.message);
    const poam = result.value['plan-of-action-and-milestones'];
    expect(poam['poam-items'].map((item) => item.title)).toEqual(['Model drift is not monitored', 'f2']);
    expect(poam.risks.map((risk) => [risk.status, risk.deadline])).toEqual([
      ['remediating', '2025-09-30T23:59:59.000Z'],
      ['deviation-approved', undefined],
    ]);
    const tasks = poam.risks[0]?.remediations[0]?.tasks ?? [];
    expect(tasks.map((task) => [task.title, task.timing?.['on-date'].date])).toEqual([
      ['Patch from HMI Corp received', '2025-07-15T23:59:59.000Z'],
      ['Patch rolled out', undefined],
    ]);
    expect(poam.risks[0]?.props?.find((p) => p.name === 'supplier')?.value).toBe('HMI Corp');
    expect(poam.observations?.map((o) => o.title)).toEqual([
      'CIO-SE-1 Secure the deployment environment',
      'CIO-DD-1 Know the data your AI uses',
    ]);
    const item = poam['poam-items'][0];
    expect(item?.['related-observations']?.map((r) => r['observation-uuid'])).toEqual(
      poam.observations?.map((o) => o.uuid),
    );
    expect(item?.['related-risks']).toEqual([{ 'risk-uuid': poam.risks[0]?.uuid }]);
  });

  it('uses the same risk and observation UUIDs as the assessment-results export', () => {
    const poam = toOscalPoam(input, SAMPLE_PACK);
    if (!poam.ok) throw new Error(poam.message);
    const results = toOscalAssessmentResults(document, SAMPLE_PACK)['assessment-results'].results[0];
    const riskUuids = new Set(results?.risks?.map((risk) => risk.uuid));
    for (const risk of poam.value['plan-of-action-and-milestones'].risks)
      expect(riskUuids.has(risk.uuid)).toBe(true);
  });

  it('refuses with no-open-items when every plan is closed', () => {
    expect(toOscalPoam({ ...input, plans: [{ finding: f3, plan: plan3 }] }, SAMPLE_PACK)).toMatchObject({
      ok: false,
      code: 'no-open-items',
    });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(toOscalPoam(input, SAMPLE_PACK))).toBe(
      JSON.stringify(toOscalPoam(structuredClone(input), SAMPLE_PACK)),
    );
  });
});

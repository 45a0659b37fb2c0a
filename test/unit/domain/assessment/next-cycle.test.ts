import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cycleTitle,
  nextCycle,
  type PreviousCycle,
} from '../../../../renderer/src/domain/assessment/next-cycle';
import { AssessmentContent } from '../../../../renderer/src/domain/assessment/model';
import { emptyPlan, type RemediationPlan } from '../../../../renderer/src/domain/remediation/model';
import { SAMPLE_ID, sampleContent, sampleFinding } from '../import/helpers/sample-document';

const NOW = new Date('2026-03-01T09:00:00Z');
const SYSTEM = {
  id: 's1',
  name: 'Chlorine dosing model',
  supplier: 'Acme',
  purpose: 'Dosing',
  criticality: 'high' as const,
  autonomy: 'human-on-the-loop' as const,
  connectivity: 'site-network' as const,
  dataUsed: 'Sensor data',
  notes: '',
};
const evidencePlan = (findingId: string, status: RemediationPlan['status']): RemediationPlan => ({
  ...emptyPlan(findingId),
  status,
  owner: 'OT lead',
  verifiedBy: status === 'closure-verified' ? 'Auditor' : '',
  closureEvidence: [
    {
      id: `e-${findingId}`,
      name: 'proof.pdf',
      type: 'application/pdf',
      size: 10,
      sha256: 'a'.repeat(64),
      capturedAt: '2025-05-01T00:00:00.000Z',
    },
  ],
});

function previous(overrides: Partial<PreviousCycle> = {}): PreviousCycle {
  return {
    id: SAMPLE_ID,
    revision: 4,
    content: sampleContent({
      systems: [SYSTEM],
      startDate: '2025-03-01',
      endDate: '2025-03-02',
      executiveSummary: 'Last year in brief.',
      findings: [
        sampleFinding({ id: 'open-planned' }),
        sampleFinding({ id: 'closed-planned' }),
        sampleFinding({ id: 'open-unplanned' }),
        sampleFinding({
          id: 'done-unplanned',
          remediation: { status: 'done', owner: '', dueDate: '', note: '' },
        }),
        sampleFinding({ id: 'accepted' }),
      ],
    }),
    plans: new Map([
      ['open-planned', evidencePlan('open-planned', 'in-progress')],
      ['closed-planned', evidencePlan('closed-planned', 'closure-verified')],
      ['accepted', { ...evidencePlan('accepted', 'risk-accepted'), justification: 'Low', approver: 'CISO' }],
    ]),
    ...overrides,
  };
}

describe('nextCycle', () => {
  it('copies the site profile, scope and AI inventory, and starts with fresh dates and summary', () => {
    const { content } = nextCycle(previous(), 'carry', NOW);
    const old = previous().content;
    expect(content.title).toBe('Plant 7 — 2026 cycle');
    expect(content.site).toEqual(old.site);
    expect(content.sector).toBe(old.sector);
    expect(content.roles).toEqual(old.roles);
    expect(content.systems).toEqual([SYSTEM]);
    expect(content.assessors).toEqual(old.assessors);
    expect([content.startDate, content.endDate]).toEqual(['', '']);
    expect(content.executiveSummary).toBeUndefined();
    expect(AssessmentContent.safeParse(content).success).toBe(true);
  });

  it('in carry mode copies every answer, each marked with the assessment and revision it came from', () => {
    const { content } = nextCycle(previous(), 'carry', NOW);
    expect(Object.keys(content.answers)).toEqual(['CIO-SE-1', 'CIO-DD-1']);
    expect(content.answers['CIO-SE-1']).toEqual({
      ...previous().content.answers['CIO-SE-1'],
      carriedOver: { fromAssessmentId: SAMPLE_ID, fromRevision: 4 },
    });
  });

  it('in reset mode leaves every answer unanswered but still carries the open findings', () => {
    const { content, plans } = nextCycle(previous(), 'reset', NOW);
    expect(content.answers).toEqual({});
    expect(content.findings.map((finding) => finding.id)).toEqual([
      'open-planned',
      'open-unplanned',
      'accepted',
    ]);
    expect(plans.map((plan) => plan.findingId)).toEqual(['open-planned', 'accepted']);
  });

  it('carries open findings (by the site plan, else the signed content) and drops closed ones', () => {
    const { content } = nextCycle(previous(), 'carry', NOW);
    const ids = content.findings.map((finding) => finding.id);
    expect(ids).toContain('open-unplanned');
    expect(ids).toContain('accepted');
    expect(ids).not.toContain('closed-planned');
    expect(ids).not.toContain('done-unplanned');
  });

  it('copies the plans of carried findings without their closure evidence files', () => {
    const { plans } = nextCycle(previous(), 'carry', NOW);
    const carried = plans.find((plan) => plan.findingId === 'open-planned');
    expect(carried).toMatchObject({ status: 'in-progress', owner: 'OT lead', closureEvidence: [] });
    expect(previous().plans.get('open-planned')?.closureEvidence).toHaveLength(1);
  });

  it('links the new cycle to the previous one and keeps the series id of a series already started', () => {
    const first = nextCycle(previous(), 'carry', NOW).content.cycle;
    expect(first).toEqual({ seriesId: SAMPLE_ID, previousAssessmentId: SAMPLE_ID, previousRevision: 4 });
    const second = nextCycle(
      previous({
        id: 'b0b0b0b0-0000-4000-8000-000000000000',
        revision: 2,
        content: nextCycle(previous(), 'carry', NOW).content,
      }),
      'carry',
      NOW,
    ).content.cycle;
    expect(second).toMatchObject({ seriesId: SAMPLE_ID, previousRevision: 2 });
  });

  it('does not change the previous content', () => {
    const before = previous();
    const snapshot = structuredClone(before.content);
    nextCycle(before, 'carry', NOW);
    expect(before.content).toEqual(snapshot);
  });

  it('names a cycle after the site, or only the year when the site has no name', () => {
    expect(cycleTitle('  North Dam ', 2027)).toBe('North Dam — 2027 cycle');
    expect(cycleTitle('', 2027)).toBe('2027 cycle');
  });

  it('carries exactly the findings the site plans leave open, whatever the plan statuses', () => {
    const statuses = ['open', 'in-progress', 'completed', 'closure-verified', 'vendor-dependency'] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...statuses), { maxLength: 8 }), (picked) => {
        const findings = picked.map((_, index) => sampleFinding({ id: `f${index}` }));
        const plans = new Map(
          picked.map((status, index) => [
            `f${index}`,
            { ...emptyPlan(`f${index}`), status, supplier: 'S', verifiedBy: 'V' },
          ]),
        );
        const { content } = nextCycle(
          previous({ content: sampleContent({ findings }), plans }),
          'reset',
          NOW,
        );
        const expected = picked.flatMap((status, index) =>
          status === 'completed' || status === 'closure-verified' ? [] : [`f${index}`],
        );
        expect(content.findings.map((finding) => finding.id)).toEqual(expected);
      }),
    );
  });
});

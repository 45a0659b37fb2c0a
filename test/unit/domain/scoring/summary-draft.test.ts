import { describe, expect, it } from 'vitest';
import {
  emptyContent,
  AssessmentContent,
  type Answer,
  type Finding,
} from '../../../../renderer/src/domain/assessment/model';
import { BUILT_IN_PACK } from '../../../../renderer/src/domain/framework/builtin-pack';
import { practicesInScope } from '../../../../renderer/src/domain/framework/pack-queries';
import { NO_PLANS } from '../../../../renderer/src/domain/remediation/finding-status';
import { draftSummary } from '../../../../renderer/src/domain/scoring/summary-draft';

const answer = (status: Answer['status']): Answer => ({
  status,
  notes: '',
  justification: '',
  systemIds: [],
});

function finding(id: string, title: string, severity: Finding['severity'], done = false): Finding {
  return {
    id,
    title,
    description: '',
    severity,
    riskCategoryId: '',
    riskLevelId: '',
    practiceIds: [],
    systemIds: [],
    recommendation: '',
    owner: '',
    dueDate: '',
    createdAt: '2025-01-01T00:00:00Z',
    remediation: { status: done ? 'done' : 'open', owner: '', dueDate: '', note: '' },
  };
}

/** Operators only; every Secure Environments practice implemented, Data Governance not, the rest half. */
function sample() {
  const practices = practicesInScope(BUILT_IN_PACK, ['CIO']);
  const answers = Object.fromEntries(
    practices.map((p) => [
      p.id,
      answer(p.area === 'SE' ? 'implemented' : p.area === 'DG' ? 'not-implemented' : 'partial'),
    ]),
  );
  return {
    ...emptyContent(),
    site: { name: 'Lakeside Pumping Station', address: '' },
    roles: ['CIO' as const],
    answers,
    findings: [
      finding('f1', 'Remote access is not logged', 'high'),
      finding('f2', 'No model inventory', 'low'),
      finding('f3', 'Interlock bypass on the AI panel', 'critical'),
      finding('f4', 'Fixed already', 'critical', true),
    ],
  };
}

describe('the suggested executive summary', () => {
  it('states the overall score, the weakest areas and the open findings by severity', () => {
    const draft = draftSummary(BUILT_IN_PACK, sample(), NO_PLANS);
    expect(draft.executiveSummary).toMatch(
      /^Lakeside Pumping Station scores \d+% overall \(\d+ of \d+ practices/,
    );
    const dg = BUILT_IN_PACK.areas.find((area) => area.code === 'DG')?.name ?? 'DG';
    expect(draft.executiveSummary).toContain(`The weakest areas are ${dg} (0%) and `);
    expect(draft.executiveSummary).toContain('3 findings are open: 1 critical, 1 high and 1 low.');
    // Open findings only, most severe first, one a line.
    expect(draft.keyFindings.split('\n')).toEqual([
      'Critical: Interlock bypass on the AI panel',
      'High: Remote access is not logged',
      'Low: No model inventory',
    ]);
  });

  it('lets the site’s plan decide which findings are open', () => {
    const plans = new Map([['f1', { status: 'completed' as const }]]);
    const draft = draftSummary(BUILT_IN_PACK, sample(), plans);
    expect(draft.executiveSummary).toContain('2 findings are open: 1 critical and 1 low.');
    expect(draft.keyFindings).not.toContain('Remote access');
  });

  it('says plainly when nothing is scored or open yet', () => {
    const draft = draftSummary(BUILT_IN_PACK, { ...emptyContent(), roles: ['CIO'] }, NO_PLANS);
    expect(draft.executiveSummary).toMatch(
      /^The site has no scored practice yet \(0 of \d+ practices in scope answered\)\./,
    );
    expect(draft.executiveSummary).toContain('No finding is open.');
    expect(draft.keyFindings).toBe('');
  });

  it('fits the schema, so saving the draft is never refused', () => {
    const draft = draftSummary(BUILT_IN_PACK, sample(), NO_PLANS);
    expect(AssessmentContent.safeParse({ ...sample(), ...draft }).success).toBe(true);
    // Documents from before the fields existed still parse.
    expect(AssessmentContent.safeParse(emptyContent()).success).toBe(true);
  });
});

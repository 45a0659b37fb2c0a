import { describe, expect, it } from 'vitest';
import {
  emptyContent,
  type Answer,
  type AnswerStatus,
  type AssessmentContent,
  type Finding,
  type RoleCode,
} from '../../../renderer/src/domain/assessment/model';
import { BUILT_IN_PACK } from '../../../renderer/src/domain/framework/builtin-pack';
import { scoreAssessment } from '../../../renderer/src/domain/scoring/score-assessment';

function answer(status: AnswerStatus, justification = ''): Answer {
  return { status, notes: '', justification, systemIds: [] };
}

function content(
  roles: RoleCode[],
  answers: Record<string, Answer>,
  findings: Finding[] = [],
): AssessmentContent {
  return { ...emptyContent(), roles, answers, findings };
}

function finding(id: string, severity: Finding['severity'], done = false): Finding {
  return {
    id,
    title: id,
    description: '',
    severity,
    riskCategoryId: 'attacks-targeting-ai',
    riskLevelId: 'asset',
    practiceIds: [],
    systemIds: [],
    recommendation: '',
    owner: '',
    dueDate: '',
    createdAt: '2025-01-01T00:00:00Z',
    remediation: { status: done ? 'done' : 'open', owner: '', dueDate: '', note: '' },
  };
}

describe('scoreAssessment', () => {
  it('scores implemented 1, partial 0.5, not implemented 0 and leaves justified N/A out', () => {
    // CCP-SE has 4 practices: 1 + 0.5 + 0 = 1.5 over 3 scorable (N/A excluded) = 0.5.
    const result = scoreAssessment(
      BUILT_IN_PACK,
      content(['CCP'], {
        'CCP-SE-1': answer('implemented'),
        'CCP-SE-2': answer('partial'),
        'CCP-SE-3': answer('not-implemented'),
        'CCP-SE-4': answer('not-applicable', 'No physical site: compute is leased.'),
      }),
    );
    expect(result.byArea.SE).toEqual({
      score: 0.5,
      completeness: 1,
      earned: 1.5,
      scorable: 3,
      answered: 4,
      inScope: 4,
    });
    // CCP has 10 practices in scope, 4 answered: completeness 4/10.
    expect(result.overall.score).toBe(0.5);
    expect(result.overall.completeness).toBe(0.4);
  });

  it('counts Not applicable without a justification as not yet assessed', () => {
    // Same as above but CCP-SE-4's N/A has only blanks as a reason: score still 1.5/3, answered 3 of 4.
    const result = scoreAssessment(
      BUILT_IN_PACK,
      content(['CCP'], {
        'CCP-SE-1': answer('implemented'),
        'CCP-SE-2': answer('partial'),
        'CCP-SE-3': answer('not-implemented'),
        'CCP-SE-4': answer('not-applicable', '   '),
      }),
    );
    expect(result.byArea.SE).toMatchObject({ score: 0.5, answered: 3, inScope: 4, completeness: 0.75 });
    expect(result.overall.completeness).toBe(0.3);
  });

  it('gives null scores when nothing is scorable and null completeness when nothing is in scope', () => {
    const onlyNa = scoreAssessment(
      BUILT_IN_PACK,
      content(['CCP'], { 'CCP-DD-1': answer('not-applicable', 'Why') }),
    );
    expect(onlyNa.byArea.DD).toMatchObject({ score: null, completeness: 1 });
    expect(onlyNa.overall.score).toBeNull();
    const noRoles = scoreAssessment(BUILT_IN_PACK, content([], {}));
    expect(noRoles.overall).toMatchObject({ score: null, completeness: null, inScope: 0 });
  });

  it('scores per role and per role × area cell for a two-role organisation', () => {
    // AID-SE: 1 + 0.5 = 1.5 / 2 = 0.75. CCP-SE: 0 / 1 = 0. SE area: 1.5 / 3 = 0.5.
    // In scope: CCP 10 + AID 13 = 23 practices, 3 answered.
    const result = scoreAssessment(
      BUILT_IN_PACK,
      content(['CCP', 'AID'], {
        'AID-SE-1': answer('implemented'),
        'AID-SE-2': answer('partial'),
        'CCP-SE-1': answer('not-implemented'),
      }),
    );
    expect(result.byRole.AID.score).toBe(0.75);
    expect(result.byRole.CCP.score).toBe(0);
    expect(result.heatMap.AID.SE.score).toBe(0.75);
    expect(result.heatMap.CCP.SE.score).toBe(0);
    expect(result.heatMap.AID.DD.score).toBeNull();
    expect(result.heatMap.CIO.SE).toMatchObject({ score: null, inScope: 0 });
    expect(result.byArea.SE.score).toBe(0.5);
    expect(result.overall).toMatchObject({ score: 0.5, answered: 3, inScope: 23 });
  });

  it('computes the overall score over practices, not as an average of area averages', () => {
    // SE: 4 implemented = 4/4 = 1. MP: 1 not implemented = 0/1 = 0.
    // Overall = (4 + 0) / 5 = 0.8, whereas the mean of the two area scores would be (1 + 0) / 2 = 0.5.
    const result = scoreAssessment(
      BUILT_IN_PACK,
      content(['CCP'], {
        'CCP-SE-1': answer('implemented'),
        'CCP-SE-2': answer('implemented'),
        'CCP-SE-3': answer('implemented'),
        'CCP-SE-4': answer('implemented'),
        'CCP-MP-1': answer('not-implemented'),
      }),
    );
    expect(result.byArea.SE.score).toBe(1);
    expect(result.byArea.MP.score).toBe(0);
    expect(result.overall.score).toBe(0.8);
  });

  it('ignores answers to practices outside the chosen roles or unknown to the pack', () => {
    const result = scoreAssessment(
      BUILT_IN_PACK,
      content(['CCP'], { 'CIO-SE-1': answer('implemented'), 'OLD-XX-1': answer('implemented') }),
    );
    expect(result.overall).toMatchObject({ score: null, answered: 0, inScope: 10 });
  });

  it('lists partial and not implemented practices as gaps, in scope order', () => {
    const result = scoreAssessment(
      BUILT_IN_PACK,
      content(['CCP', 'CIO'], {
        'CIO-MP-5': answer('not-implemented'),
        'CIO-SE-1': answer('partial'),
        'CCP-SE-2': answer('implemented'),
        'CCP-SE-3': answer('not-implemented'),
      }),
    );
    expect(result.gaps).toEqual([
      {
        practiceId: 'CCP-SE-3',
        role: 'CCP',
        area: 'SE',
        title: expect.any(String) as string,
        status: 'not-implemented',
      },
      {
        practiceId: 'CIO-SE-1',
        role: 'CIO',
        area: 'SE',
        title: expect.any(String) as string,
        status: 'partial',
      },
      {
        practiceId: 'CIO-MP-5',
        role: 'CIO',
        area: 'MP',
        title: expect.any(String) as string,
        status: 'not-implemented',
      },
    ]);
  });

  it('counts findings by severity, open or not', () => {
    const findings = [finding('f1', 'high'), finding('f2', 'high', true), finding('f3', 'low')];
    const result = scoreAssessment(BUILT_IN_PACK, content(['CIO'], {}, findings));
    expect(result.findingsBySeverity).toEqual({ low: 1, moderate: 0, high: 2, critical: 0 });
  });
});

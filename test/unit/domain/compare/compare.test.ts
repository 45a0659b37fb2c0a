import { describe, expect, it } from 'vitest';
import type { Answer, AnswerStatus } from '../../../../renderer/src/domain/assessment/model';
import { compareAssessments } from '../../../../renderer/src/domain/compare/compare';
import { sampleContent, sampleDocument, sampleFinding } from '../import/helpers/sample-document';
import { toyScore } from './toy-score';

function answers(statuses: Record<string, AnswerStatus>): Record<string, Answer> {
  return Object.fromEntries(
    Object.entries(statuses).map(([id, status]) => [
      id,
      { status, notes: '', justification: 'x', systemIds: [] },
    ]),
  );
}

const older = sampleDocument({
  revision: 1,
  content: sampleContent({
    answers: answers({
      'CIO-SE-1': 'not-implemented',
      'CIO-SE-2': 'implemented',
      'CIO-DD-1': 'partial',
      'CIO-DG-1': 'partial',
    }),
    findings: [sampleFinding({ id: 'f1' }), sampleFinding({ id: 'f2' }), sampleFinding({ id: 'f3' })],
  }),
});
const newer = sampleDocument({
  revision: 2,
  content: sampleContent({
    answers: answers({
      'CIO-SE-1': 'implemented',
      'CIO-SE-2': 'partial',
      'CIO-DD-1': 'not-applicable',
      'CIO-MP-1': 'partial',
    }),
    findings: [
      sampleFinding({ id: 'f1', remediation: { status: 'done', owner: '', dueDate: '', note: '' } }),
      sampleFinding({ id: 'f3' }),
      sampleFinding({ id: 'f4' }),
    ],
  }),
});

describe('compareAssessments', () => {
  const comparison = compareAssessments(older, newer, toyScore);

  it('lists practice status changes with their direction, including answers added or removed', () => {
    expect(comparison.changes).toEqual([
      { practiceId: 'CIO-DD-1', from: 'partial', to: 'not-applicable', direction: 'changed' },
      { practiceId: 'CIO-DG-1', from: 'partial', to: 'not-assessed', direction: 'changed' },
      { practiceId: 'CIO-MP-1', from: 'not-assessed', to: 'partial', direction: 'changed' },
      { practiceId: 'CIO-SE-1', from: 'not-implemented', to: 'implemented', direction: 'improved' },
      { practiceId: 'CIO-SE-2', from: 'implemented', to: 'partial', direction: 'regressed' },
    ]);
  });

  it('gives per-area score deltas, null where one side has no score', () => {
    expect(comparison.areas).toEqual([
      { area: 'DD', from: 0.5, to: null, delta: null },
      { area: 'DG', from: 0.5, to: null, delta: null },
      { area: 'MP', from: null, to: 0.5, delta: null },
      { area: 'SE', from: 0.5, to: 0.75, delta: 0.25 },
    ]);
    expect(comparison.overall.from).toBeCloseTo(0.5);
    expect(comparison.overall.to).toBeCloseTo(2 / 3);
  });

  it('finds new findings by id and closed ones, removed or remediated', () => {
    expect(comparison.newFindings.map((f) => f.id)).toEqual(['f4']);
    expect(comparison.closedFindings.map((c) => [c.finding.id, c.reason])).toEqual([
      ['f2', 'removed'],
      ['f1', 'remediated'],
    ]);
  });

  it('reports nothing between a document and itself', () => {
    const same = compareAssessments(newer, structuredClone(newer), toyScore);
    expect([same.changes, same.newFindings, same.closedFindings]).toEqual([[], [], []]);
    expect(same.areas.every((a) => a.delta === 0 || a.delta === null)).toBe(true);
  });

  it('does not count a finding already done in the older document as closed again', () => {
    const done = { status: 'done' as const, owner: '', dueDate: '', note: '' };
    const a = sampleDocument({
      content: sampleContent({ findings: [sampleFinding({ remediation: done })] }),
    });
    expect(compareAssessments(a, a, toyScore).closedFindings).toEqual([]);
  });
});

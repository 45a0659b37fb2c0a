import { describe, expect, it } from 'vitest';
import type { Answer, AnswerStatus } from '../../../../renderer/src/domain/assessment/model';
import { buildPortfolio } from '../../../../renderer/src/domain/compare/portfolio';
import { sampleContent, sampleFinding } from '../import/helpers/sample-document';
import { toyScore } from './toy-score';

function answers(statuses: Record<string, AnswerStatus>): Record<string, Answer> {
  return Object.fromEntries(
    Object.entries(statuses).map(([id, status]) => [
      id,
      { status, notes: '', justification: '', systemIds: [] },
    ]),
  );
}

const done = { status: 'done' as const, owner: '', dueDate: '', note: '' };
const items = [
  {
    id: 'a',
    content: sampleContent({
      site: { name: 'Plant 7', address: '' },
      answers: answers({ 'CIO-SE-1': 'not-implemented', 'CIO-DD-1': 'implemented' }),
      findings: [
        sampleFinding({ severity: 'critical' }),
        sampleFinding({ id: 'f2', severity: 'low', remediation: done }),
      ],
    }),
  },
  {
    id: 'b',
    content: sampleContent({
      site: { name: 'Plant 7', address: '' },
      answers: answers({ 'CIO-SE-1': 'partial', 'CIO-DD-1': 'partial' }),
      findings: [sampleFinding({ severity: 'critical' })],
    }),
  },
  {
    id: 'c',
    content: sampleContent({
      site: { name: 'Dam 2', address: '' },
      answers: answers({ 'CIO-SE-1': 'not-implemented', 'CIO-MP-1': 'not-applicable' }),
      findings: [sampleFinding({ severity: 'moderate' })],
    }),
  },
];

describe('buildPortfolio', () => {
  const portfolio = buildPortfolio(items, toyScore);

  it('gives per-site per-area scores as the mean over the site’s assessments', () => {
    expect(portfolio.sites.map((s) => s.site)).toEqual(['Dam 2', 'Plant 7']);
    const plant = portfolio.sites[1];
    expect(plant?.assessmentIds).toEqual(['a', 'b']);
    expect(plant?.byArea).toEqual({ SE: 0.25, DD: 0.75 });
    expect(portfolio.sites[0]?.byArea).toEqual({ SE: 0, MP: null });
  });

  it('ranks the most frequent gaps with not-implemented and partial counts', () => {
    expect(portfolio.gaps).toEqual([
      { practiceId: 'CIO-SE-1', notImplemented: 2, partial: 1, total: 3 },
      { practiceId: 'CIO-DD-1', notImplemented: 0, partial: 1, total: 1 },
    ]);
    expect(buildPortfolio(items, toyScore, 1).gaps).toHaveLength(1);
  });

  it('counts open findings by severity, leaving remediated ones out', () => {
    expect(portfolio.openFindingsBySeverity).toEqual({ low: 0, moderate: 1, high: 0, critical: 2 });
  });

  it('handles an empty portfolio', () => {
    expect(buildPortfolio([], toyScore)).toEqual({
      sites: [],
      gaps: [],
      openFindingsBySeverity: { low: 0, moderate: 0, high: 0, critical: 0 },
      marking: null,
    });
  });

  it('is marked with the strictest marking of the assessments it shows', () => {
    const [a, b, c] = items;
    if (!a || !b || !c) throw new Error('fixture');
    const red = { ...b, content: { ...b.content, marking: { tlp: 'TLP:RED' as const, text: 'Board only' } } };
    expect(buildPortfolio([a, red, c], toyScore).marking).toEqual({ tlp: 'TLP:RED', text: 'Board only' });
  });

  it('counts a finding open or closed by the site plan when the assessment has one', () => {
    const [a, b, c] = items;
    if (!a || !b || !c) throw new Error('fixture');
    const planned = buildPortfolio(
      [
        // a: f1 (critical, open in content) completed by the site; f2 (low, done in content) reopened.
        {
          ...a,
          plans: new Map([
            ['f1', { status: 'completed' as const }],
            ['f2', { status: 'in-progress' as const }],
          ]),
        },
        b,
        { ...c, plans: new Map([['other', { status: 'completed' as const }]]) },
      ],
      toyScore,
    );
    expect(planned.openFindingsBySeverity).toEqual({ low: 1, moderate: 1, high: 0, critical: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import type { Answer, AnswerStatus, PackRef } from '../../../../renderer/src/domain/assessment/model';
import { compareAssessments } from '../../../../renderer/src/domain/compare/compare';
import { buildPortfolio } from '../../../../renderer/src/domain/compare/portfolio';
import { siteTrend } from '../../../../renderer/src/domain/compare/trend';
import { BUILT_IN_PACK, BUILT_IN_PACK_REF } from '../../../../renderer/src/domain/framework/builtin-pack';
import {
  differentPacksSentence,
  distinctPackRefs,
  ownPackScore,
  packKey,
  practiceTitleIn,
  type PackSet,
} from '../../../../renderer/src/domain/scoring/own-pack-score';
import { scoreAssessment } from '../../../../renderer/src/domain/scoring/score-assessment';
import { makePackV2 } from '../../../fixtures/packs/pack-v2';
import { sampleContent, sampleDocument } from '../import/helpers/sample-document';

const V2 = makePackV2();
const V2_REF: PackRef = { id: V2.id, version: V2.version };
const MISSING: PackRef = { id: 'other-pack', version: '9.0.0' };
const PACKS: PackSet = new Map([
  [packKey(BUILT_IN_PACK_REF), BUILT_IN_PACK],
  [packKey(V2_REF), V2],
]);

function answers(statuses: Record<string, AnswerStatus>): Record<string, Answer> {
  return Object.fromEntries(
    Object.entries(statuses).map(([id, status]) => [
      id,
      { status, notes: '', justification: '', systemIds: [] },
    ]),
  );
}

// CIO-DD-4 exists only in v2, CIO-DD-1 only in the built-in pack: which one counts shows which pack scored.
const CONTENT = sampleContent({
  site: { name: 'Plant 7', address: '' },
  roles: ['CIO'],
  answers: answers({ 'CIO-DD-1': 'implemented', 'CIO-DD-4': 'not-implemented' }),
  findings: [],
});

describe('scoring each assessment on its own pack', () => {
  it('scores an item on the pack its ref names, and not at all when that pack is missing', () => {
    const score = ownPackScore(PACKS);
    expect(score(CONTENT, { pack: BUILT_IN_PACK_REF })).toEqual(scoreAssessment(BUILT_IN_PACK, CONTENT));
    expect(score(CONTENT, { pack: V2_REF })).toEqual(scoreAssessment(V2, CONTENT));
    expect(score(CONTENT, { pack: BUILT_IN_PACK_REF })?.byArea.DD.score).toBe(1);
    expect(score(CONTENT, { pack: V2_REF })?.byArea.DD.score).toBe(0);
    expect(score(CONTENT, { pack: MISSING })).toBeNull();
  });

  it('builds a portfolio whose sites are scored on their own packs, leaving a missing pack unscored', () => {
    const items = [
      { id: 'a', content: CONTENT, pack: BUILT_IN_PACK_REF },
      { id: 'b', content: { ...CONTENT, site: { name: 'Dam 2', address: '' } }, pack: V2_REF },
      { id: 'c', content: { ...CONTENT, site: { name: 'Lock 3', address: '' } }, pack: MISSING },
    ];
    const portfolio = buildPortfolio(items, ownPackScore(PACKS));
    const site = (name: string) => portfolio.sites.find((candidate) => candidate.site === name);
    expect(site('Plant 7')).toMatchObject({ byArea: { DD: 1 }, unscoredIds: [] });
    expect(site('Dam 2')).toMatchObject({ byArea: { DD: 0 }, unscoredIds: [] });
    expect(site('Lock 3')).toMatchObject({ overall: null, byArea: {}, unscoredIds: ['c'] });
    // Gaps are by practice id and need no pack: the unscored assessment's still count.
    expect(portfolio.gaps.find((gap) => gap.practiceId === 'CIO-DD-4')?.total).toBe(3);
  });

  it('marks a trend point on a missing pack as not scored', () => {
    const trend = siteTrend(
      'Plant 7',
      [
        { id: 'a', date: '2025-01-01', content: CONTENT, pack: BUILT_IN_PACK_REF },
        { id: 'b', date: '2025-06-01', content: CONTENT, pack: MISSING },
      ],
      ownPackScore(PACKS),
    );
    expect(trend.points.map((point) => [point.scored, point.byArea.DD ?? null])).toEqual([
      [true, 1],
      [false, null],
    ]);
    expect(trend.points[1]?.overall).toBeNull();
  });

  it('compares two assessments each on its own pack, areas meeting by code', () => {
    const older = sampleDocument({ content: CONTENT });
    const newer = sampleDocument({ content: CONTENT, pack: V2_REF });
    const comparison = compareAssessments(
      older,
      newer,
      (content) => scoreAssessment(BUILT_IN_PACK, content),
      (content) => scoreAssessment(V2, content),
    );
    expect(comparison.areas.find((row) => row.area === 'DD')).toMatchObject({ from: 1, to: 0 });
  });

  it('says in one sentence when what is shown is on different packs, and nothing when on one', () => {
    expect(
      differentPacksSentence('These two assessments', [BUILT_IN_PACK_REF, BUILT_IN_PACK_REF]),
    ).toBeNull();
    expect(differentPacksSentence('These two assessments', [BUILT_IN_PACK_REF, V2_REF])).toBe(
      'These two assessments use different framework packs (dhs-ai-rr-2024 1.0.0 and dhs-ai-rr-2024 2.0.0); each is scored on its own pack and areas are compared by code.',
    );
    expect(distinctPackRefs([V2_REF, BUILT_IN_PACK_REF, V2_REF, MISSING])).toEqual([
      V2_REF,
      BUILT_IN_PACK_REF,
      MISSING,
    ]);
  });

  it('titles a practice from the first pack that has it', () => {
    expect(practiceTitleIn([BUILT_IN_PACK, V2], 'CIO-DD-4')).toBe('Renamed data practice');
    expect(practiceTitleIn([BUILT_IN_PACK], 'CIO-DD-4')).toBe('');
  });
});

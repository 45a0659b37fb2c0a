import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWER, emptyContent, type Answer } from '../../../../renderer/src/domain/assessment/model';
import type { AssessmentContent, Finding } from '../../../../renderer/src/domain/assessment/model';
import { BUILT_IN_PACK } from '../../../../renderer/src/domain/framework/builtin-pack';
import { loadPack } from '../../../../renderer/src/domain/framework/load-pack';
import {
  compareVersions,
  mergeAnswers,
  upgradeAssessment,
} from '../../../../renderer/src/domain/framework/upgrade-assessment';
import { makePackV2 } from '../../../fixtures/packs/pack-v2';

const answer = (status: Answer['status'], notes = '', extra: Partial<Answer> = {}): Answer => ({
  ...EMPTY_ANSWER,
  status,
  notes,
  ...extra,
});

function finding(id: string, practiceIds: string[]): Finding {
  return {
    id,
    title: id,
    description: '',
    severity: 'moderate',
    riskCategoryId: '',
    riskLevelId: '',
    practiceIds,
    systemIds: [],
    recommendation: '',
    owner: '',
    dueDate: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    remediation: { status: 'open', owner: '', dueDate: '', note: '' },
  };
}

function content(): AssessmentContent {
  return {
    ...emptyContent(),
    roles: ['CIO'],
    answers: {
      'CIO-SE-1': answer('implemented', 'unchanged practice'),
      'CIO-DD-1': answer('partial', 'renamed practice'),
      'CIO-SD-1': answer('implemented', 'split practice', { systemIds: ['s1'] }),
      'CIO-MP-1': answer('implemented', 'first merged'),
      'CIO-MP-2': answer('not-implemented', 'second merged', { systemIds: ['s2'] }),
      'CIO-MP-3': answer('partial', 'removed practice'),
    },
    findings: [
      finding('f-renamed', ['CIO-DD-1']),
      finding('f-split', ['CIO-SD-1', 'CIO-SE-1']),
      finding('f-merged', ['CIO-MP-1', 'CIO-MP-2']),
      finding('f-removed', ['CIO-MP-3', 'CIO-SE-1']),
      finding('f-untouched', ['CIO-SE-1']),
    ],
  };
}

function upgraded() {
  const v2 = loadPack(makePackV2());
  if (!v2.ok) throw new Error(v2.message);
  const result = upgradeAssessment(content(), BUILT_IN_PACK, v2.value);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('upgradeAssessment with each mapping kind', () => {
  it('the test pack v2 with its mapping is a valid pack', () => {
    expect(loadPack(makePackV2()).ok).toBe(true);
  });

  it('carries an answer whose practice id did not change, as it was', () => {
    const { content: next, summary } = upgraded();
    expect(next.answers['CIO-SE-1']).toEqual(answer('implemented', 'unchanged practice'));
    expect(summary.carried).toEqual(['CIO-SE-1']);
  });

  it('moves a renamed practice’s answer to its new id and leaves nothing under the old one', () => {
    const { content: next, summary } = upgraded();
    expect(next.answers['CIO-DD-4']).toEqual(answer('partial', 'renamed practice'));
    expect(next.answers['CIO-DD-1']).toBeUndefined();
    expect(summary.renamed).toEqual([{ from: 'CIO-DD-1', to: 'CIO-DD-4' }]);
  });

  it('copies a split practice’s answer to every new practice', () => {
    const { content: next, summary } = upgraded();
    const original = answer('implemented', 'split practice', { systemIds: ['s1'] });
    expect(next.answers['CIO-SD-5']).toEqual(original);
    expect(next.answers['CIO-SD-6']).toEqual(original);
    expect(next.answers['CIO-SD-1']).toBeUndefined();
    expect(summary.split).toEqual([{ from: 'CIO-SD-1', to: ['CIO-SD-5', 'CIO-SD-6'] }]);
  });

  it('merges answers by the weakest status, joins the notes under their old ids and unions the systems', () => {
    const { content: next, summary } = upgraded();
    expect(next.answers['CIO-MP-6']).toEqual({
      status: 'not-implemented',
      notes: '[CIO-MP-1] first merged\n\n[CIO-MP-2] second merged',
      justification: '',
      systemIds: ['s2'],
    });
    expect(summary.merged).toEqual([
      { from: ['CIO-MP-1', 'CIO-MP-2'], to: 'CIO-MP-6', status: 'not-implemented' },
    ]);
  });

  it('drops a removed practice’s answer and lists it with the status it had', () => {
    const { content: next, summary } = upgraded();
    expect(next.answers['CIO-MP-3']).toBeUndefined();
    expect(summary.removed).toEqual([{ from: 'CIO-MP-3', status: 'partial' }]);
  });

  it('leaves a practice new in v2 not yet assessed and lists it as new', () => {
    const { content: next, summary } = upgraded();
    expect(next.answers['CIO-MP-7']).toBeUndefined();
    expect(summary.added).toEqual(['CIO-MP-7']);
    expect(summary.from).toEqual({ id: 'dhs-ai-rr-2024', version: '1.0.0' });
    expect(summary.to).toEqual({ id: 'dhs-ai-rr-2024', version: '2.0.0' });
  });

  it('moves findings to renamed, split and merged practices and drops removed ones', () => {
    const { content: next, summary } = upgraded();
    const ids = Object.fromEntries(next.findings.map((f) => [f.id, f.practiceIds]));
    expect(ids).toEqual({
      'f-renamed': ['CIO-DD-4'],
      'f-split': ['CIO-SD-5', 'CIO-SD-6', 'CIO-SE-1'],
      'f-merged': ['CIO-MP-6'],
      'f-removed': ['CIO-SE-1'],
      'f-untouched': ['CIO-SE-1'],
    });
    expect(summary.findingsChanged).toBe(4);
  });

  it('sends evidence to the renamed, first split and merged practice; removed evidence keeps its id', () => {
    expect(upgraded().evidenceTarget).toEqual({
      'CIO-DD-1': 'CIO-DD-4',
      'CIO-SD-1': 'CIO-SD-5',
      'CIO-MP-1': 'CIO-MP-6',
      'CIO-MP-2': 'CIO-MP-6',
    });
  });

  it('does not change the content it was given', () => {
    const before = content();
    const copy = structuredClone(before);
    const v2 = loadPack(makePackV2());
    if (!v2.ok) throw new Error(v2.message);
    upgradeAssessment(before, BUILT_IN_PACK, v2.value);
    expect(before).toEqual(copy);
  });

  it('refuses when the newer pack has no mapping from the assessment’s version', () => {
    const v2 = loadPack({ ...makePackV2(), upgradesFrom: [] });
    if (!v2.ok) throw new Error(v2.message);
    expect(upgradeAssessment(content(), BUILT_IN_PACK, v2.value)).toMatchObject({
      ok: false,
      code: 'no-upgrade-path',
    });
  });

  it('refuses a mapping that names a practice the older pack does not have', () => {
    const pack = makePackV2();
    const path = pack.upgradesFrom?.[0];
    if (!path) throw new Error('fixture lacks its mapping');
    path.mapping.push({ kind: 'removed', from: 'CIO-MP-99' });
    const v2 = loadPack(pack);
    if (!v2.ok) throw new Error(v2.message);
    const result = upgradeAssessment(content(), BUILT_IN_PACK, v2.value);
    expect(result).toMatchObject({ ok: false, code: 'mapping-mismatch' });
    if (!result.ok) expect(result.message).toContain('CIO-MP-99');
  });
});

describe('mergeAnswers', () => {
  it('makes a merged practice not yet assessed when any part of it was not yet assessed', () => {
    expect(
      mergeAnswers([
        { id: 'a', answer: answer('implemented') },
        { id: 'b', answer: answer('not-assessed') },
      ])?.status,
    ).toBe('not-assessed');
  });

  it('ignores not applicable parts unless every part is not applicable', () => {
    const na = answer('not-applicable', '', { justification: 'no such system' });
    expect(
      mergeAnswers([
        { id: 'a', answer: na },
        { id: 'b', answer: answer('partial') },
      ])?.status,
    ).toBe('partial');
    expect(
      mergeAnswers([
        { id: 'a', answer: na },
        { id: 'b', answer: na },
      ]),
    ).toMatchObject({
      status: 'not-applicable',
      justification: '[a] no such system\n\n[b] no such system',
    });
  });
});

describe('pack mapping rules', () => {
  it('refuses a mapping whose target is not a practice of the pack', () => {
    const pack = makePackV2();
    pack.upgradesFrom?.[0]?.mapping.push({ kind: 'renamed', from: 'CIO-MP-4', to: 'CIO-MP-42' });
    const result = loadPack(pack);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.message)).toContain(
        'The mapping names practice "CIO-MP-42", which this pack does not define.',
      );
  });

  it('refuses an older practice mapped twice', () => {
    const pack = makePackV2();
    pack.upgradesFrom?.[0]?.mapping.push({ kind: 'removed', from: 'CIO-DD-1' });
    const result = loadPack(pack);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.issues.map((i) => i.message)).toContain(
      'Practice "CIO-DD-1" of the older version is mapped twice.',
    );
  });

  it('orders semantic versions by number, not by text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
    expect(compareVersions('1.0.0', '2.0.0')).toBe(-1);
  });
});

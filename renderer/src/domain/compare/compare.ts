/**
 * Two revisions (or two assessments) side by side: which practice answers moved, how each area's score moved,
 * which findings appeared and which were closed. Scores come from a function parameter so the comparison uses
 * exactly the rules the caller shows elsewhere.
 */
import type { AnswerStatus, AssessmentContent, AssessmentDocument, Finding } from '../assessment/model';
import type { ScoreFn } from './score-fn';

/** Ordered statuses; not-applicable and not-assessed have no rank, so moves to or from them are 'changed'. */
const RANK: Partial<Record<AnswerStatus, number>> = { 'not-implemented': 0, partial: 1, implemented: 2 };

export type StatusChange = {
  practiceId: string;
  from: AnswerStatus;
  to: AnswerStatus;
  direction: 'improved' | 'regressed' | 'changed';
};

export type ScoreDelta = { from: number | null; to: number | null; delta: number | null };
export type AreaDelta = ScoreDelta & { area: string };

export type ClosedFinding = { finding: Finding; reason: 'removed' | 'remediated' };

export type Comparison = {
  /** Practices whose status differs, sorted by practice id. A missing answer counts as not-assessed. */
  changes: StatusChange[];
  overall: ScoreDelta;
  /** Every area either side scores, sorted by area code. */
  areas: AreaDelta[];
  /** Findings in the newer document whose id the older one lacks. */
  newFindings: Finding[];
  /** Findings gone from the newer document, or remediated (done) there and not done before. */
  closedFindings: ClosedFinding[];
};

function statusOf(content: AssessmentContent, practiceId: string): AnswerStatus {
  return content.answers[practiceId]?.status ?? 'not-assessed';
}

function direction(from: AnswerStatus, to: AnswerStatus): StatusChange['direction'] {
  const a = RANK[from];
  const b = RANK[to];
  if (a === undefined || b === undefined) return 'changed';
  return b > a ? 'improved' : 'regressed';
}

function delta(from: number | null, to: number | null): ScoreDelta {
  return { from, to, delta: from === null || to === null ? null : to - from };
}

function statusChanges(older: AssessmentContent, newer: AssessmentContent): StatusChange[] {
  const ids = [...new Set([...Object.keys(older.answers), ...Object.keys(newer.answers)])].sort();
  return ids.flatMap((practiceId) => {
    const from = statusOf(older, practiceId);
    const to = statusOf(newer, practiceId);
    return from === to ? [] : [{ practiceId, from, to, direction: direction(from, to) }];
  });
}

/**
 * Content-based on purpose: this compares two signed revisions, so "remediated" means the assessor's record
 * says so between them. The site's plan has one current state, not one per revision, and would blur that.
 */
function findingChanges(older: readonly Finding[], newer: readonly Finding[]) {
  const before = new Map(older.map((f) => [f.id, f]));
  const after = new Map(newer.map((f) => [f.id, f]));
  const newFindings = newer.filter((f) => !before.has(f.id));
  const closedFindings: ClosedFinding[] = [
    ...older.filter((f) => !after.has(f.id)).map((finding) => ({ finding, reason: 'removed' as const })),
    ...newer
      .filter((f) => f.remediation.status === 'done' && before.has(f.id))
      .filter((f) => before.get(f.id)?.remediation.status !== 'done')
      .map((finding) => ({ finding, reason: 'remediated' as const })),
  ];
  return { newFindings, closedFindings };
}

/**
 * Compares an older and a newer assessment document. Each side is scored by its own function where the two
 * are on different framework packs (`newerScoreFn`; by default the older one's); areas meet by code.
 */
export function compareAssessments(
  older: AssessmentDocument,
  newer: AssessmentDocument,
  scoreFn: ScoreFn,
  newerScoreFn: ScoreFn = scoreFn,
): Comparison {
  const before = scoreFn(older.content);
  const after = newerScoreFn(newer.content);
  const areaCodes = [...new Set([...Object.keys(before.byArea), ...Object.keys(after.byArea)])].sort();
  return {
    changes: statusChanges(older.content, newer.content),
    overall: delta(before.overall.score, after.overall.score),
    areas: areaCodes.map((area) => ({
      area,
      ...delta(before.byArea[area]?.score ?? null, after.byArea[area]?.score ?? null),
    })),
    ...findingChanges(older.content.findings, newer.content.findings),
  };
}

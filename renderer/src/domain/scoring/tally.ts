import type { AnswerStatus } from '../assessment/model';

/** Points per status; statuses missing here (not-applicable, not-assessed) are left out of the score. */
const POINTS: Partial<Record<AnswerStatus, number>> = { implemented: 1, partial: 0.5, 'not-implemented': 0 };

/** Score and completeness of a set of in-scope practices. */
export interface ScoreSummary {
  /** earned / scorable, 0..1; null when no practice in the set is scorable. */
  score: number | null;
  /** answered / inScope, 0..1; null when the set is empty. */
  completeness: number | null;
  /** Sum of points: implemented 1, partial 0.5, not implemented 0. */
  earned: number;
  /** Practices answered implemented, partial or not implemented (the denominator of score). */
  scorable: number;
  /** scorable plus justified Not applicable. */
  answered: number;
  inScope: number;
}

/** Sums the effective statuses of a set of practices into a summary. */
export function summarize(statuses: readonly AnswerStatus[]): ScoreSummary {
  let earned = 0;
  let scorable = 0;
  let answered = 0;
  for (const status of statuses) {
    const points = POINTS[status];
    if (points !== undefined) {
      earned += points;
      scorable += 1;
    }
    if (status !== 'not-assessed') answered += 1;
  }
  const inScope = statuses.length;
  return {
    score: scorable > 0 ? earned / scorable : null,
    completeness: inScope > 0 ? answered / inScope : null,
    earned,
    scorable,
    answered,
    inScope,
  };
}

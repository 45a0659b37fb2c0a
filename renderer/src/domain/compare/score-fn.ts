import type { AssessmentContent } from '../assessment/model';

/** A score: a fraction 0..1, or null when nothing was scorable. */
export type ScoreLike = { score: number | null };

/**
 * Scores an assessment's content. Shaped so `(content) => scoreAssessment(pack, content)` from
 * domain/scoring fits, while compare/ stays independent of which pack and scoring rules are used.
 */
export type ScoreFn = (content: AssessmentContent) => {
  overall: ScoreLike;
  byArea: Readonly<Record<string, ScoreLike>>;
  /** Per framework role, when the scoring gives it (domain/scoring does). */
  byRole?: Readonly<Record<string, ScoreLike>>;
};

/**
 * Scores one item of a list (an assessment with what it came with, such as its pack) by its content; null when
 * it cannot be scored here (domain/scoring/own-pack-score: its pack is not on this device). A ScoreFn fits.
 */
export type ItemScoreFn<T> = (content: AssessmentContent, item: T) => ReturnType<ScoreFn> | null;

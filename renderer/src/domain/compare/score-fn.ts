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

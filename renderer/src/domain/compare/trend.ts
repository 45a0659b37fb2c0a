/**
 * A site's assessments over time (its series): the overall and per-area score of each, oldest first. The
 * portfolio draws a trend for every site with at least TREND_MINIMUM assessments.
 */
import type { AssessmentContent, Marking } from '../assessment/model';
import type { ItemScoreFn } from './score-fn';

/** Fewer points than this make a comparison, not a trend (compare shows two). */
export const TREND_MINIMUM = 3;

export type TrendPoint = {
  id: string;
  /** yyyy-mm-dd. */
  date: string;
  title: string;
  marking: Marking;
  overall: number | null;
  byArea: Record<string, number | null>;
  byRole: Record<string, number | null>;
  /** False when the score function could not score it (its pack is not on this device). */
  scored: boolean;
};

export type SiteTrend = { site: string; points: TrendPoint[] };

export function siteTrend<T extends { id: string; date: string; content: AssessmentContent }>(
  site: string,
  entries: readonly T[],
  scoreFn: ItemScoreFn<T>,
): SiteTrend {
  return {
    site,
    points: entries.map((entry) => {
      const { id, date, content } = entry;
      const score = scoreFn(content, entry);
      return {
        id,
        date,
        title: content.title,
        marking: content.marking,
        overall: score?.overall.score ?? null,
        byArea: Object.fromEntries(Object.entries(score?.byArea ?? {}).map(([area, s]) => [area, s.score])),
        byRole: Object.fromEntries(Object.entries(score?.byRole ?? {}).map(([role, s]) => [role, s.score])),
        scored: score !== null,
      };
    }),
  };
}

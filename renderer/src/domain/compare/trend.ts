/**
 * A site's assessments over time (its series): the overall and per-area score of each, oldest first. The
 * portfolio draws a trend for every site with at least TREND_MINIMUM assessments.
 */
import type { AssessmentContent, Marking } from '../assessment/model';
import type { ScoreFn } from './score-fn';

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
};

export type SiteTrend = { site: string; points: TrendPoint[] };

export function siteTrend(
  site: string,
  entries: ReadonlyArray<{ id: string; date: string; content: AssessmentContent }>,
  scoreFn: ScoreFn,
): SiteTrend {
  return {
    site,
    points: entries.map(({ id, date, content }) => {
      const score = scoreFn(content);
      return {
        id,
        date,
        title: content.title,
        marking: content.marking,
        overall: score.overall.score,
        byArea: Object.fromEntries(Object.entries(score.byArea).map(([area, s]) => [area, s.score])),
        byRole: Object.fromEntries(Object.entries(score.byRole ?? {}).map(([role, s]) => [role, s.score])),
      };
    }),
  };
}

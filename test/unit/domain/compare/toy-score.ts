import type { AssessmentContent } from '../../../../renderer/src/domain/assessment/model';
import type { ScoreFn } from '../../../../renderer/src/domain/compare/score-fn';

const POINTS: Record<string, number> = { implemented: 1, partial: 0.5, 'not-implemented': 0 };

function score(statuses: string[]): { score: number | null } {
  const points = statuses.map((s) => POINTS[s]).filter((p): p is number => p !== undefined);
  return { score: points.length === 0 ? null : points.reduce((a, b) => a + b, 0) / points.length };
}

/** A stand-in for domain/scoring: area = the middle part of the practice id ("CIO-SE-1" → "SE"). */
export const toyScore: ScoreFn = (content: AssessmentContent) => {
  const entries = Object.entries(content.answers);
  const areas = [...new Set(entries.map(([id]) => id.split('-')[1] ?? '?'))];
  return {
    overall: score(entries.map(([, a]) => a.status)),
    byArea: Object.fromEntries(
      areas.map((area) => [
        area,
        score(entries.filter(([id]) => id.split('-')[1] === area).map(([, a]) => a.status)),
      ]),
    ),
  };
};

// Scores are ratios of small counts (halves over integers), so a true .5 lands within far less than this of
// the double we compute; the nudge keeps e.g. 0.285 × 100 = 28.499999… rounding up as it should.
const EPSILON = 1e-9;

/** A fraction 0..1 as an integer percent, rounding half up (0.125 → 13). Null stays null. */
export function toPercent(fraction: number | null): number | null {
  if (fraction === null) return null;
  return Math.floor(fraction * 100 + 0.5 + EPSILON);
}

/** A fraction 0..1 as text such as "50%"; "–" when there is nothing to score. */
export function formatPercent(fraction: number | null): string {
  const percent = toPercent(fraction);
  return percent === null ? '–' : `${percent}%`;
}

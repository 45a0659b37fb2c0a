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

/**
 * The change between two fractions in percentage points, computed from the rounded percents a reader sees
 * (55% → 63% is +8, even when the unrounded change is 7.6). Null when either side has nothing to score.
 */
export function percentPointChange(from: number | null, to: number | null): number | null {
  const [before, after] = [toPercent(from), toPercent(to)];
  return before === null || after === null ? null : after - before;
}

/** A change in points as text: "+8 points", "−3 points", "0 points"; "—" when it cannot be computed. */
export function formatPointChange(from: number | null, to: number | null): string {
  const points = percentPointChange(from, to);
  if (points === null) return '—';
  if (points === 0) return '0 points';
  return `${points > 0 ? '+' : '−'}${Math.abs(points)} point${Math.abs(points) === 1 ? '' : 's'}`;
}

/**
 * Score bands: the one place that says which score is strong, partial or weak, read by the screens' heat
 * maps and grids and by the PDF and DOCX reports, so they never disagree. A band is decided on the rounded
 * percent a reader sees (79.6 % prints as 80 % and is strong), and every band has words as well as a color,
 * so color is never the only cue (WCAG 1.4.1). Each fill keeps at least 4.5:1 contrast with dark text.
 */
import { toPercent } from './percent';

export type ScoreBand = 'strong' | 'partial' | 'weak' | 'none';

export const SCORE_BAND_STYLE: Record<ScoreBand, { label: string; rgb: readonly [number, number, number] }> =
  {
    strong: { label: 'strong', rgb: [184, 230, 191] },
    partial: { label: 'partial', rgb: [255, 227, 150] },
    weak: { label: 'weak', rgb: [244, 195, 176] },
    none: { label: 'not scored', rgb: [240, 240, 240] },
  };

/** The lowest rounded percent of the strong and partial bands. */
export const STRONG_FROM = 80;
export const PARTIAL_FROM = 50;

/** The band of a rounded percent 0..100 (null: nothing in scope was answered). */
export function bandOfPercent(percent: number | null): ScoreBand {
  if (percent === null) return 'none';
  if (percent >= STRONG_FROM) return 'strong';
  if (percent >= PARTIAL_FROM) return 'partial';
  return 'weak';
}

/** The band of a score fraction 0..1, by the percent it is shown as. */
export function bandOfScore(score: number | null | undefined): ScoreBand {
  return bandOfPercent(toPercent(score ?? null));
}

/** One sentence explaining the bands, for legends under every heat map and grid. */
export const SCORE_BAND_LEGEND = `Strong: ${STRONG_FROM}% or more; partial: ${PARTIAL_FROM}–${STRONG_FROM - 1}%; weak: below ${PARTIAL_FROM}%; not scored (–): no practice in scope has been assessed yet.`;

/** The words a score is read by, next to its colour, so colour is never the only cue (same bands as review). */
export type ScoreBand = 'strong' | 'partial' | 'weak' | 'not scored';

export function scoreBand(percent: number | null): ScoreBand {
  if (percent === null) return 'not scored';
  if (percent >= 80) return 'strong';
  if (percent >= 50) return 'partial';
  return 'weak';
}

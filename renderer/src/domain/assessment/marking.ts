/**
 * Sensitivity markings (TLP 2.0) of several assessments at once. A screen that shows data of more than one
 * assessment (compare, portfolio) is marked with the strictest of their labels, since everything on it may
 * be handled only as that label allows.
 */
import { TLP_LABELS, type Marking } from './model';

/** TLP labels from least to most restrictive (TLP_LABELS is in that order). */
const RANK: ReadonlyMap<Marking['tlp'], number> = new Map(TLP_LABELS.map((label, index) => [label, index]));

/**
 * The strictest marking of `markings`, its text the distinct non-empty texts of the markings with that label
 * (joined by "; "); null when there is none.
 */
export function strictestMarking(markings: readonly Marking[]): Marking | null {
  let strictest: Marking['tlp'] | null = null;
  for (const { tlp } of markings)
    if (strictest === null || (RANK.get(tlp) ?? 0) > (RANK.get(strictest) ?? 0)) strictest = tlp;
  if (strictest === null) return null;
  const texts = markings
    .filter((marking) => marking.tlp === strictest)
    .map((marking) => marking.text.trim())
    .filter((text) => text !== '');
  return { tlp: strictest, text: [...new Set(texts)].join('; ') };
}

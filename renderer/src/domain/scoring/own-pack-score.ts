/**
 * Scoring many assessments, each on its own framework pack. An assessment is scored only on the pack it was
 * made on (its PackRef): where this device lacks that pack it is not scored at all, rather than scored on
 * another pack whose practices differ. Screens that show several assessments at once (portfolio, trends,
 * compare) resolve the packs once into a PackSet and score through {@link ownPackScore}.
 */
import type { AssessmentContent, PackRef } from '../assessment/model';
import type { FrameworkPack, Practice } from '../framework/pack-schema';
import { scoreAssessment, type AssessmentScore } from './score-assessment';

/** The packs this device has among those asked for, by {@link packKey}; a ref not in it is missing here. */
export type PackSet = ReadonlyMap<string, FrameworkPack>;

export function packKey(ref: PackRef): string {
  return `${ref.id}@${ref.version}`;
}

/** The pack of this ref, or undefined when this device lacks it. */
export function packOf(packs: PackSet, ref: PackRef): FrameworkPack | undefined {
  return packs.get(packKey(ref));
}

/** Each pack ref once, in the order first met. */
export function distinctPackRefs(refs: readonly PackRef[]): PackRef[] {
  const seen = new Map<string, PackRef>();
  for (const ref of refs)
    if (!seen.has(packKey(ref))) seen.set(packKey(ref), { id: ref.id, version: ref.version });
  return [...seen.values()];
}

/**
 * A score function that scores each item on its own pack, and answers null (not scored) for an item whose
 * pack is not in `packs`.
 */
export function ownPackScore(
  packs: PackSet,
): (content: AssessmentContent, item: { pack: PackRef }) => AssessmentScore | null {
  return (content, item) => {
    const pack = packOf(packs, item.pack);
    return pack ? scoreAssessment(pack, content) : null;
  };
}

/** "A 1.0.0", "A 1.0.0 and B 2.0.0", "A 1.0.0, B 2.0.0 and C 3.0.0". */
export function packRefList(refs: readonly PackRef[]): string {
  const names = refs.map((ref) => `${ref.id} ${ref.version}`);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * The one sentence a screen shows when what it puts side by side is on more than one pack; null when all
 * are on one. `subject` names what is compared ("These two assessments").
 */
export function differentPacksSentence(subject: string, refs: readonly PackRef[]): string | null {
  const distinct = distinctPackRefs(refs);
  if (distinct.length < 2) return null;
  return `${subject} use different framework packs (${packRefList(distinct)}); each is scored on its own pack and areas are compared by code.`;
}

/** The title of a practice id in the first of these packs that has it; empty when none does. */
export function practiceTitleIn(packs: readonly FrameworkPack[], practiceId: string): string {
  for (const pack of packs) {
    const practice: Practice | undefined = pack.practices.find((candidate) => candidate.id === practiceId);
    if (practice) return practice.title;
  }
  return '';
}

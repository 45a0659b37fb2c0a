/**
 * What screens over several assessments (portfolio, trends, compare) show about the packs those are on: which
 * pack names the area columns, the one sentence when they differ, and the missing-pack sentence for each
 * assessment that could not be scored here.
 */
import { usePackOf, type ListedPack } from '../../data';
import type { PackRef } from '../../domain/assessment/model';
import { differentPacksSentence, packKey, packOf, type PackSet } from '../../domain/scoring/own-pack-score';
import { missingPackSentence } from './assessment-pack-gate';
import { BUILT_IN_PACK_REF, PACK, type FrameworkPack } from './framework';
import { packTrustText } from './pack-trust-text';

/**
 * The pack whose names label the columns: the first of `refs` this device has (callers order them so the
 * one wanted comes first), else the built-in pack (then nothing shown is scored on it).
 */
export function labelPack(packs: PackSet, refs: readonly PackRef[]): FrameworkPack {
  for (const ref of refs) {
    const pack = packOf(packs, ref);
    if (pack) return pack;
  }
  return PACK;
}

/** The found packs of these refs, in order. */
export function foundPacks(packs: PackSet, refs: readonly PackRef[]): FrameworkPack[] {
  return refs.flatMap((ref) => {
    const pack = packOf(packs, ref);
    return pack ? [pack] : [];
  });
}

/** The sentence under a view whose assessments are on different packs; nothing when all share one. */
export function DifferentPacksNote({
  subject,
  refs,
  testId,
}: {
  subject: string;
  refs: readonly PackRef[];
  testId: string;
}) {
  const sentence = differentPacksSentence(subject, refs);
  return sentence ? <p data-testid={testId}>{sentence}</p> : null;
}

/** The missing-pack sentence for an assessment on this pack, as the review shows it. */
export function missingPackOf(ref: PackRef): string {
  return missingPackSentence({ packId: ref.id, packVersion: ref.version });
}

/**
 * One pack by its ref, for the pack choosers (new assessment, Framework page): the built-in pack needs no
 * read; another is undefined while it loads and null when this device no longer has it.
 */
export function usePackByRef(ref: PackRef): FrameworkPack | null | undefined {
  const builtIn = packKey(ref) === packKey(BUILT_IN_PACK_REF);
  const found = usePackOf(builtIn ? undefined : ref);
  return builtIn ? PACK : found;
}

/**
 * How a chooser offers a pack: id and version first (versions of one pack share their title, and a closed
 * select cuts a long label off at its width), then the title and the signature state.
 */
export function packChoiceLabel(listed: ListedPack): string {
  return `${listed.id} ${listed.version} — ${listed.title} (${packTrustText(listed.trust)})`;
}

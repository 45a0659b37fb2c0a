/** A document's journal cut at the handed-out base: what the merge reads as one side. */
import type { AssessmentDocument } from '../assessment/model';
import { GENESIS_HASH } from '../journal/journal';
import { failure, success, type Result } from '../result';
import type { MergeSide } from './merge-types';

/**
 * The side of a merge an assessment document gives: its content, evidence metadata and the journal entries
 * after the one whose hash is `baseHead` (the head at hand-out), or `journal-not-after-base` when its journal
 * does not hold that entry (it is not the handed-out assessment, or its history was rewritten).
 */
export function mergeSideOf(
  document: Pick<AssessmentDocument, 'content' | 'evidence' | 'journal'>,
  baseHead: string,
): Result<MergeSide, 'journal-not-after-base'> {
  const at = baseHead === GENESIS_HASH ? -1 : document.journal.findIndex((entry) => entry.hash === baseHead);
  if (at < 0 && baseHead !== GENESIS_HASH)
    return failure(
      'journal-not-after-base',
      'This assessment’s journal does not hold the handed-out state, so it cannot be merged against it.',
    );
  return success({
    content: document.content,
    evidence: document.evidence,
    entries: document.journal.slice(at + 1),
  });
}

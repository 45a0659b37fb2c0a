/**
 * Applying a team merge (domain/merge) to the lead's stored assessment: the resolved content, the journal
 * entries (appended through the same hash-chain code every edit uses, under the original authors for
 * auto-merged changes), the evidence the return brought and the header's revision, in one transaction, or
 * nothing at all. Refused, with nothing written, when the assessment moved on since the merge was computed
 * (its journal head or content is not the one merged against), when it is a signed record (record-guard), when
 * a conflict is unresolved or the result is invalid, and when a file the merge adds did not come with it.
 */
import { canonicalJson } from '../domain/journal/canonical-json';
import { appendEntry, GENESIS_HASH } from '../domain/journal/journal';
import type { Merge, Resolutions, ResolveCode } from '../domain/merge/merge-types';
import { resolveMerge } from '../domain/merge/resolve';
import { mergeSideOf } from '../domain/merge/merge-side';
import { failure, success, type Result } from '../domain/result';
import type { MergeSide } from '../domain/merge/merge-types';
import { headerFor } from './assessment-repository';
import { loadStoredAssessment } from './assessment-document';
import type { AirrDatabase } from './database';
import { revisionAfterChange } from './export-revision';
import { lastJournalRow } from './journal-rows';
import { signedRecordRefusal } from './record-guard';
import { Refusal, refusalOrFailure, type StorageCode } from './storage-errors';

export type MergeApplyCode = StorageCode | ResolveCode | 'merge-stale' | 'evidence-missing';

/** What an applied merge did. */
export interface AppliedMerge {
  /** The revision the stored assessment is at afterwards (unchanged when there was nothing to apply). */
  revision: number;
  /** How many journal entries were appended. */
  appended: number;
  /** Whose status stands for each practice the merge or the lead answered since the base. */
  answeredBy: Readonly<Record<string, string>>;
}

export interface ApplyMergeOptions {
  now?: Date;
  /** The files of evidence the merge adds, by evidence id (from the verified return). */
  evidenceFiles?: ReadonlyMap<string, Blob>;
}

export const MERGE_STALE_MESSAGE =
  'The assessment changed after this merge was prepared, so nothing was merged. Prepare the merge again.';

/**
 * The lead's side of a merge against the handed-out base: the stored assessment with its journal after the
 * entry whose hash is `baseHead`. Read in one transaction.
 */
export async function storedMergeSide(
  db: AirrDatabase,
  assessmentId: string,
  baseHead: string,
): Promise<Result<MergeSide, 'not-found' | 'journal-not-after-base'>> {
  const stored = await loadStoredAssessment(db, assessmentId);
  if (!stored) return failure('not-found', 'This assessment no longer exists.');
  return mergeSideOf(stored.document, baseHead);
}

async function writeEvidence(
  db: AirrDatabase,
  assessmentId: string,
  resolved: { merged: Merge['merged']; evidenceAdded: readonly string[]; evidenceRemoved: readonly string[] },
  files: ReadonlyMap<string, Blob>,
): Promise<void> {
  for (const id of resolved.evidenceRemoved) {
    const row = await db.evidence.get(id);
    if (row?.assessmentId === assessmentId) await db.evidence.delete(id);
  }
  for (const id of resolved.evidenceAdded) {
    const meta = resolved.merged.evidence.find((item) => item.id === id);
    const blob = files.get(id);
    if (!meta || !blob || blob.size !== meta.size)
      throw new Refusal(
        failure(
          'evidence-missing',
          `The file of evidence “${meta?.name ?? id}” did not come with the return (or its size differs), so nothing was merged.`,
        ),
      );
    await db.evidence.put({ ...meta, assessmentId, blob });
  }
}

/**
 * Applies a computed merge with the lead's resolutions, as `actor` (the resolver), in one transaction. Its
 * value says what was done; a merge with nothing left to take (the same return merged again) writes nothing.
 */
export async function applyMerge(
  db: AirrDatabase,
  assessmentId: string,
  merge: Merge,
  resolutions: Resolutions,
  actor: string,
  options: ApplyMergeOptions = {},
): Promise<Result<AppliedMerge, MergeApplyCode>> {
  const at = (options.now ?? new Date()).toISOString();
  try {
    return await db.transaction('rw', [db.assessments, db.contents, db.journal, db.evidence], async () => {
      const readOnly = await signedRecordRefusal(db, assessmentId);
      if (readOnly) throw new Refusal(readOnly);
      const [header, row, last, evidence] = await Promise.all([
        db.assessments.get(assessmentId),
        db.contents.get(assessmentId),
        lastJournalRow(db, assessmentId),
        db.evidence.where('assessmentId').equals(assessmentId).primaryKeys(),
      ]);
      if (!header || !row) throw new Refusal(failure('not-found', 'This assessment no longer exists.'));
      const sameEvidence =
        canonicalJson([...evidence].sort()) === canonicalJson(merge.ours.evidence.map((e) => e.id).sort());
      const moved =
        (last?.hash ?? GENESIS_HASH) !== merge.oursHead ||
        canonicalJson(row.content) !== canonicalJson(merge.ours.content) ||
        !sameEvidence;
      if (moved) throw new Refusal(failure('merge-stale', MERGE_STALE_MESSAGE));
      const resolved = resolveMerge(merge, resolutions, actor, at);
      if (!resolved.ok) throw new Refusal(resolved);
      const { changes, answeredBy, merged } = resolved.value;
      if (changes.length === 0) return success({ revision: header.revision, appended: 0, answeredBy });
      await writeEvidence(db, assessmentId, resolved.value, options.evidenceFiles ?? new Map());
      let prev = last;
      for (const change of changes) {
        const entry = { ...appendEntry(prev, change), assessmentId };
        await db.journal.add(entry);
        prev = entry;
      }
      const revision = revisionAfterChange(header);
      await db.contents.put({ assessmentId, content: merged.content });
      await db.assessments.put(
        headerFor(assessmentId, merged.content, { ...header, updatedAt: at, revision }),
      );
      return success({ revision, appended: changes.length, answeredBy });
    });
  } catch (error) {
    return refusalOrFailure<Result<never, MergeApplyCode> & { ok: false }>(error);
  }
}

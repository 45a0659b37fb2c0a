/**
 * Applying a team merge (domain/merge) to the lead's stored assessment: the resolved content, the journal
 * entries (appended through the same hash-chain code every edit uses, under the original authors for
 * auto-merged changes), the evidence the return brought and the header's revision, in one transaction, or
 * nothing at all, together with the note that the return was merged (so a crash can never leave a return
 * merged but not noted, to be merged twice). Refused, with nothing written, when the assessment moved on since
 * the merge was computed (its journal head or content is not the one merged against), when it is a signed
 * record (record-guard), when a conflict is unresolved or the result is invalid, and when a file the merge adds
 * did not come with it or its bytes do not hash to the SHA-256 its metadata records.
 *
 * Time: every entry the merge appends is dated max(now, the journal's last entry), so the chain's times never
 * go backwards; a taken change's own author stays its actor and its own time stays in its payload.
 */
import { findPack } from './pack-repository';
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

export type MergeApplyCode =
  StorageCode | ResolveCode | 'merge-stale' | 'evidence-missing' | 'evidence-altered' | 'unknown-package';

/** What an applied merge did. */
export interface AppliedMerge {
  /** The revision the stored assessment is at afterwards (unchanged when there was nothing to apply). */
  revision: number;
  /** How many journal entries were appended. */
  appended: number;
  /** Whose status stands for each practice the merge or the lead answered since the base. */
  answeredBy: Readonly<Record<string, string>>;
}

/** A file of evidence with the SHA-256 its bytes were measured to have (read before the transaction). */
export interface HashedFile {
  blob: Blob;
  sha256: string;
}

export interface ApplyMergeOptions {
  now?: Date;
  /** The files of evidence the merge adds, by evidence id (from the verified return), each hashed. */
  evidenceFiles?: ReadonlyMap<string, HashedFile>;
  /** The return being merged: its bundle digest is noted in its package, in the same transaction. */
  mergedReturn?: { packageId: string; bundleDigest: string };
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
  files: ReadonlyMap<string, HashedFile>,
): Promise<void> {
  for (const id of resolved.evidenceRemoved) {
    const row = await db.evidence.get(id);
    if (row?.assessmentId === assessmentId) await db.evidence.delete(id);
  }
  for (const id of resolved.evidenceAdded) {
    const meta = resolved.merged.evidence.find((item) => item.id === id);
    const file = files.get(id);
    if (!meta || !file || file.blob.size !== meta.size)
      throw new Refusal(
        failure(
          'evidence-missing',
          `The file of evidence “${meta?.name ?? id}” did not come with the return (or its size differs), so nothing was merged.`,
        ),
      );
    if (file.sha256 !== meta.sha256)
      throw new Refusal(
        failure(
          'evidence-altered',
          `The file of evidence “${meta.name}” in the return does not match the SHA-256 its record gives (its bytes were changed), so nothing was merged.`,
        ),
      );
    await db.evidence.put({ ...meta, assessmentId, blob: file.blob });
  }
}

/** Notes the return's digest in its package (once); the package must be this assessment's, handed out here. */
async function noteMergedReturn(
  db: AirrDatabase,
  assessmentId: string,
  merged: NonNullable<ApplyMergeOptions['mergedReturn']>,
): Promise<void> {
  const row = await db.workPackages.get(merged.packageId);
  if (row?.side !== 'lead' || row.assessmentId !== assessmentId)
    throw new Refusal(
      failure(
        'unknown-package',
        'The work package of this return is no longer on this device, so nothing was merged.',
      ),
    );
  if (row.mergedReturns.includes(merged.bundleDigest)) return;
  await db.workPackages.put({ ...row, mergedReturns: [...row.mergedReturns, merged.bundleDigest] });
}

/** The later of two ISO times (the journal's times never go backwards). */
function notBefore(now: string, last: string | undefined): string {
  return last !== undefined && Date.parse(last) > Date.parse(now) ? last : now;
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
  const now = (options.now ?? new Date()).toISOString();
  const tables = [db.assessments, db.contents, db.journal, db.evidence, db.workPackages, db.packs];
  try {
    return await db.transaction('rw', tables, async () => {
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
      const at = notBefore(now, last?.at);
      const resolved = resolveMerge(merge, resolutions, actor, at);
      if (!resolved.ok) throw new Refusal(resolved);
      const { changes, answeredBy, merged } = resolved.value;
      if (options.mergedReturn) await noteMergedReturn(db, assessmentId, options.mergedReturn);
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
      const pack = await findPack(db, { id: header.packId, version: header.packVersion });
      await db.assessments.put(
        headerFor(assessmentId, merged.content, { ...header, updatedAt: at, revision }, pack),
      );
      return success({ revision, appended: changes.length, answeredBy });
    });
  } catch (error) {
    return refusalOrFailure<Result<never, MergeApplyCode> & { ok: false }>(error);
  }
}

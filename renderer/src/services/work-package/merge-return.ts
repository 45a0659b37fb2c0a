/**
 * The lead's side of a return: a verified bundle (import-service.verifyImport) is checked against the package
 * this device handed out, merged three-way against the base recorded at hand-out (domain/merge), and applied
 * with the lead's resolutions (storage/merge-repository.applyMerge). Preparing writes nothing; applying is one
 * transaction. The same return applied twice changes nothing the second time.
 */
import { mergeReturn } from '../../domain/merge/merge';
import { mergeSideOf } from '../../domain/merge/merge-side';
import type { Merge, MergeCode, Resolutions } from '../../domain/merge/merge-types';
import { failure, success, type Failure, type Result } from '../../domain/result';
import type { AirrDatabase } from '../../storage/database';
import { evidenceRows, type PreparedImport } from '../../storage/import-repository';
import {
  applyMerge,
  storedMergeSide,
  type AppliedMerge,
  type MergeApplyCode,
} from '../../storage/merge-repository';
import { findPack } from '../../storage/pack-repository';
import {
  packageOfReturn,
  recordMergedReturn,
  type ReturnCheckCode,
} from '../../storage/work-package-repository';
import type { WorkPackageRow } from '../../storage/work-package-rows';

export type PrepareMergeCode = ReturnCheckCode | MergeCode | 'not-found' | 'pack-missing';

/** A return ready to merge: the computed merge, the package and the files of the evidence it brings. */
export interface PreparedMerge {
  assessmentId: string;
  pkg: WorkPackageRow;
  merge: Merge;
  /** SHA-256 of the return's SHA256SUMS: the bundle's identity. */
  bundleDigest: string;
  /** The return's evidence files by evidence id. */
  evidenceFiles: ReadonlyMap<string, Blob>;
  /** Whether this very return was merged here before (merging it again changes nothing). */
  mergedBefore: boolean;
}

/** Checks a verified return against its package and computes the merge. Writes nothing. */
export async function prepareReturnMerge(
  db: AirrDatabase,
  prepared: PreparedImport,
): Promise<Result<PreparedMerge, PrepareMergeCode, Failure<PrepareMergeCode>>> {
  const pkg = await packageOfReturn(db, prepared);
  if (!pkg.ok) return pkg;
  const row = pkg.value;
  const { document } = prepared.verdict;
  if (!row.base) return failure('not-found', 'The handed-out state of this package is not on this device.');
  const pack = await findPack(db, document.pack);
  if (!pack)
    return failure(
      'pack-missing',
      `The framework pack ${document.pack.id} ${document.pack.version} is not installed, so the return cannot be merged.`,
    );
  const ours = await storedMergeSide(db, row.assessmentId, row.baseHead);
  if (!ours.ok) return ours;
  const theirs = mergeSideOf(document, row.baseHead);
  if (!theirs.ok) return theirs;
  const merged = mergeReturn({
    base: { ...row.base, headHash: row.baseHead },
    ours: ours.value,
    theirs: theirs.value,
    scope: row.scope,
    practices: pack.practices.map(({ id, role, area }) => ({ id, role, area })),
  });
  if (!merged.ok) return failure(merged.code, merged.message);
  const files = new Map(evidenceRows(prepared).map((evidence) => [evidence.id, evidence.blob]));
  return success({
    assessmentId: row.assessmentId,
    pkg: row,
    merge: merged.value,
    bundleDigest: prepared.bundleDigest,
    evidenceFiles: files,
    mergedBefore: row.mergedReturns.includes(prepared.bundleDigest),
  });
}

/** Applies a prepared merge with the lead's resolutions, as `actor`, and notes the return as merged. */
export async function applyReturnMerge(
  db: AirrDatabase,
  prepared: PreparedMerge,
  resolutions: Resolutions,
  actor: string,
  now: Date = new Date(),
): Promise<Result<AppliedMerge, MergeApplyCode>> {
  const applied = await applyMerge(db, prepared.assessmentId, prepared.merge, resolutions, actor, {
    now,
    evidenceFiles: prepared.evidenceFiles,
  });
  if (!applied.ok) return applied;
  const noted = await recordMergedReturn(db, prepared.pkg.packageId, prepared.bundleDigest);
  return noted.ok ? applied : noted;
}

/**
 * The lead's side of a return: a verified bundle (import-service.verifyImport) is checked against the package
 * this device handed out, merged three-way against the base recorded at hand-out (domain/merge), and applied
 * with the lead's resolutions (storage/merge-repository.applyMerge). Preparing writes nothing; applying hashes
 * the files of evidence the return adds (storage cannot: reading a file would end its transaction), then is one
 * transaction that also notes the return as merged. The same return applied twice changes nothing the second
 * time.
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
  type HashedFile,
  type MergeApplyCode,
} from '../../storage/merge-repository';
import { findPack } from '../../storage/pack-repository';
import { packageOfReturn, type ReturnCheckCode } from '../../storage/work-package-repository';
import { sha256OfFile } from '../../domain/evidence/sha256-stream';
import { workerSha256 } from '../hashing/worker-sha256';
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

/** The return's files of evidence the lead does not hold yet (only those can be added), each hashed. */
async function hashedNewFiles(
  prepared: PreparedMerge,
): Promise<Result<Map<string, HashedFile>, 'evidence-missing'>> {
  const held = new Set(prepared.merge.ours.evidence.map((meta) => meta.id));
  const hashed = new Map<string, HashedFile>();
  for (const [id, blob] of prepared.evidenceFiles) {
    if (held.has(id)) continue;
    try {
      hashed.set(id, { blob, sha256: await sha256OfFile(blob, workerSha256) });
    } catch {
      return failure(
        'evidence-missing',
        'A file of evidence in the return could not be read, so nothing was merged. Import the return again.',
      );
    }
  }
  return success(hashed);
}

/**
 * Applies a prepared merge with the lead's resolutions, as `actor`, noting the return as merged in the same
 * transaction. A file of evidence whose bytes do not hash to its recorded SHA-256 refuses it all.
 */
export async function applyReturnMerge(
  db: AirrDatabase,
  prepared: PreparedMerge,
  resolutions: Resolutions,
  actor: string,
  now: Date = new Date(),
): Promise<Result<AppliedMerge, MergeApplyCode>> {
  const files = await hashedNewFiles(prepared);
  if (!files.ok) return files;
  return applyMerge(db, prepared.assessmentId, prepared.merge, resolutions, actor, {
    now,
    evidenceFiles: files.value,
    mergedReturn: { packageId: prepared.pkg.packageId, bundleDigest: prepared.bundleDigest },
  });
}

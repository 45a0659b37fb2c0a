/**
 * Work packages on each side. The lead records a package when its hand-out is written (with the handed-out
 * base), and checks a return against it before merging: it must name a package this device handed out and be
 * signed by that package's assignee. The assessor stores a hand-out as a *working copy*: a local assessment
 * (editable, unlike a signed record) whose journal arrives frozen through the base, so an edit never rewrites
 * the entry the lead merges against, and which remembers its package for "Return to lead". A device holds one
 * working copy per assessment: a later hand-out from the same lead (a second round) replaces it once all its
 * work went back in a return; while it holds work not returned, the new one is refused.
 */
import type { WorkPackage } from '../domain/bundle/manifest';
import { journalHeadOf } from '../domain/bundle/work-package-check';
import { failure, success, type Failure, type Result } from '../domain/result';
import type { AirrDatabase } from './database';
import { headerFor } from './assessment-repository';
import { evidenceRows, type PreparedImport } from './import-repository';
import { findPack } from './pack-repository';
import { lastJournalRow } from './journal-rows';
import type { JournalRow } from './rows';
import { Refusal, refusalOrFailure, storageFailure, type IoCode } from './storage-errors';
import type { WorkPackageRow } from './work-package-rows';

export type WorkingCopyCode =
  | 'not-a-hand-out'
  | 'lead-not-trusted'
  | 'not-assigned-here'
  | 'local-conflict'
  | 'package-already-open'
  | 'working-copy-not-returned'
  | IoCode;

export type ReturnCheckCode = 'not-a-return' | 'unknown-package' | 'return-wrong-signer';

/** The packages recorded for an assessment on this device, oldest first. */
export async function packagesOf(db: AirrDatabase, assessmentId: string): Promise<WorkPackageRow[]> {
  const rows = await db.workPackages.where('assessmentId').equals(assessmentId).toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The package an assessment is a working copy of, or undefined when it is not one. */
export async function workingCopyOf(
  db: AirrDatabase,
  assessmentId: string,
): Promise<WorkPackageRow | undefined> {
  return (await packagesOf(db, assessmentId)).find((row) => row.side === 'assignee');
}

/** Records a package the lead handed out (after its bundle was written). */
export async function recordHandOut(
  db: AirrDatabase,
  row: WorkPackageRow,
): Promise<Result<undefined, IoCode>> {
  try {
    await db.workPackages.add(row);
    return success(undefined);
  } catch (error) {
    return storageFailure(error);
  }
}

/** Marks a working copy returned (after its return bundle was written). */
export async function markReturned(db: AirrDatabase, packageId: string): Promise<Result<undefined, IoCode>> {
  try {
    await db.workPackages.update(packageId, { state: 'returned' });
    return success(undefined);
  } catch (error) {
    return storageFailure(error);
  }
}

function refuse<C extends string>(code: C, message: string): never {
  throw new Refusal(failure(code, message));
}

/**
 * Whether this device may store a working copy of `assessmentId` for `pkg`: when it holds the assessment
 * already, only as a working copy of an earlier package from the same lead whose work all went back in a
 * return (nothing journaled after the return froze it). Returns the package row to replace, if any.
 */
async function checkHeldCopy(
  db: AirrDatabase,
  assessmentId: string,
  pkg: WorkPackage,
): Promise<WorkPackageRow | undefined> {
  const header = await db.assessments.get(assessmentId);
  if (!header) return undefined;
  const held = (await packagesOf(db, assessmentId)).find((row) => row.side === 'assignee');
  if (held?.packageId === pkg.packageId)
    refuse(
      'package-already-open',
      'This work package is already open on this device as your working copy. Nothing was stored.',
    );
  if (!held || held.leadFingerprint !== pkg.leadFingerprint || header.source !== 'local')
    refuse(
      'local-conflict',
      'This device already holds this assessment, so the work package was not opened. Nothing was stored.',
    );
  const lastSeq = (await lastJournalRow(db, assessmentId))?.seq ?? 0;
  if (held.state !== 'returned' || lastSeq > (header.frozenJournalSeq ?? 0))
    refuse(
      'working-copy-not-returned',
      'Your working copy of this assessment, from an earlier work package, holds work not yet returned to the lead. Return it first (Review → Team work → Return to lead), then open this one. Nothing was stored.',
    );
  return held;
}

async function checkHandOut(
  db: AirrDatabase,
  prepared: PreparedImport,
): Promise<{ pkg: WorkPackage; replaced: WorkPackageRow | undefined }> {
  const { manifest, status, signer, document } = prepared.verdict;
  const pkg = manifest.workPackage;
  if (pkg?.role !== 'hand-out')
    refuse(
      'not-a-hand-out',
      'This bundle is not a work package handed out to you, so it is not opened as one.',
    );
  if (status !== 'trusted')
    refuse(
      'lead-not-trusted',
      `This work package is signed by ${signer.subject.name}, whose certificate this device does not trust. Trust it on the Trust page first; nothing was stored.`,
    );
  const identities = await db.identities.toArray();
  if (!identities.some((identity) => identity.record.fingerprint === pkg.assigneeFingerprint))
    refuse(
      'not-assigned-here',
      'This work package is handed out to another assessor: none of the identities on this device is its assignee. Nothing was stored.',
    );
  return { pkg, replaced: await checkHeldCopy(db, document.id, pkg) };
}

/** Clears a returned working copy's rows before the next package of the same assessment takes its place. */
async function clearReturnedCopy(db: AirrDatabase, held: WorkPackageRow): Promise<void> {
  await db.evidence.where('assessmentId').equals(held.assessmentId).delete();
  await db.journal.where('assessmentId').equals(held.assessmentId).delete();
  await db.workPackages.delete(held.packageId);
}

/**
 * Stores a verified hand-out as a working copy, all or nothing: header (local, its revision counted as
 * exported so the first edit starts the next one, journal frozen through the base), content, evidence,
 * journal and the package row. Refused, with nothing stored, unless it is a hand-out signed by a trusted lead
 * to an identity on this device for an assessment this device does not hold, or holds only as a working copy
 * of an earlier package from the same lead that was returned with nothing changed since (then replaced).
 */
export async function storeWorkingCopy(
  db: AirrDatabase,
  prepared: PreparedImport,
  now: Date = new Date(),
): Promise<Result<WorkPackageRow, WorkingCopyCode, Failure<WorkingCopyCode>>> {
  const { document } = prepared.verdict;
  const evidence = evidenceRows(prepared);
  const journal: JournalRow[] = document.journal.map((entry) => ({ ...entry, assessmentId: document.id }));
  const tables = [
    db.assessments,
    db.contents,
    db.evidence,
    db.journal,
    db.identities,
    db.workPackages,
    db.packs,
  ];
  try {
    return await db.transaction('rw', tables, async () => {
      const { pkg, replaced } = await checkHandOut(db, prepared);
      if (replaced) await clearReturnedCopy(db, replaced);
      const pack = await findPack(db, document.pack);
      const header = headerFor(
        document.id,
        document.content,
        {
          createdAt: document.createdAt,
          updatedAt: document.updatedAt,
          revision: document.revision,
          packId: document.pack.id,
          packVersion: document.pack.version,
          source: 'local',
          signerFingerprint: '',
          exportedRevision: document.revision,
          frozenJournalSeq: document.journal.at(-1)?.seq ?? 0,
        },
        pack,
      );
      await db.assessments.put(header);
      await db.contents.put({ assessmentId: document.id, content: document.content });
      await db.evidence.bulkAdd(evidence);
      await db.journal.bulkAdd(journal);
      const row: WorkPackageRow = {
        packageId: pkg.packageId,
        assessmentId: document.id,
        side: 'assignee',
        baseHead: journalHeadOf(document),
        leadFingerprint: pkg.leadFingerprint,
        assigneeFingerprint: pkg.assigneeFingerprint,
        assigneeName: '',
        scope: pkg.scope,
        state: 'working',
        createdAt: now.toISOString(),
        mergedReturns: [],
      };
      await db.workPackages.add(row);
      return success(row);
    });
  } catch (error) {
    return refusalOrFailure<Failure<WorkingCopyCode>>(error);
  }
}

/**
 * The lead's package a verified return belongs to: it must name a package this device handed out, for the
 * same assessment and base, and be signed by that package's assignee. Read-only.
 */
export async function packageOfReturn(
  db: AirrDatabase,
  prepared: PreparedImport,
): Promise<Result<WorkPackageRow, ReturnCheckCode>> {
  const { manifest, signer, document } = prepared.verdict;
  const pkg = manifest.workPackage;
  if (pkg?.role !== 'return')
    return failure('not-a-return', 'This bundle is not a work package returned to you.');
  const row = await db.workPackages.get(pkg.packageId);
  if (
    !row ||
    row.side !== 'lead' ||
    row.assessmentId !== document.id ||
    row.baseHead !== pkg.baseHead ||
    row.leadFingerprint !== pkg.leadFingerprint
  )
    return failure(
      'unknown-package',
      'This return is for a work package this device did not hand out, so it cannot be merged. Nothing was stored.',
    );
  if (signer.fingerprintHex !== row.assigneeFingerprint)
    return failure(
      'return-wrong-signer',
      `This return is signed by ${signer.subject.name}, not by ${row.assigneeName || 'the assessor'} the work was handed out to, so it cannot be merged. Nothing was stored.`,
    );
  return success(row);
}

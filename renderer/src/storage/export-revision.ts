/**
 * Revisions that mean something: a local assessment's `revision` is the number its next (or last) export
 * carries — 1 until the first export, then one more only when the content changed since the last export.
 * Every change still journals, but the journal's seq is the internal change sequence; the revision is not.
 *
 * The export reads the document and freezes the journal entries it read (so coalescing never rewrites an
 * entry that left the machine); once the file is written, {@link recordExport} marks that revision exported.
 * If anything changed between the read and the write, the written revision is still the one read, and the
 * stored content moves on to the next revision at once.
 */
import type { AssessmentDocument } from '../domain/assessment/model';
import type { AirrDatabase } from './database';
import { lastJournalRow } from './journal-rows';
import type { AssessmentHeader } from './rows';
import { failure, success, type Result } from '../domain/result';
import { storageFailure, type IoCode } from './storage-errors';

/** The revision a header has after one more content change. */
export function revisionAfterChange(header: Pick<AssessmentHeader, 'revision' | 'exportedRevision'>): number {
  return (header.exportedRevision ?? 0) >= header.revision ? header.revision + 1 : header.revision;
}

/** Freezes the journal as an export reads it: entries up to `throughSeq` are never coalesced into again. */
export async function freezeJournal(
  db: AirrDatabase,
  assessmentId: string,
  throughSeq: number,
): Promise<void> {
  const header = await db.assessments.get(assessmentId);
  if (!header || header.source !== 'local' || (header.frozenJournalSeq ?? 0) >= throughSeq) return;
  await db.assessments.update(assessmentId, { frozenJournalSeq: throughSeq });
}

/** The revision the stored assessment is at after the export was recorded. */
export type RecordExportResult = Result<number, 'not-found' | IoCode>;

/**
 * Marks `document.revision` as exported, after the bundle or signed report carrying it was written. Returns
 * the revision the stored assessment is at afterwards: the same one, or the next when it changed meanwhile.
 */
export async function recordExport(
  db: AirrDatabase,
  document: AssessmentDocument,
): Promise<RecordExportResult> {
  try {
    return await db.transaction('rw', [db.assessments, db.journal], async () => {
      const header = await db.assessments.get(document.id);
      if (!header) return failure('not-found', 'This assessment no longer exists.');
      if (header.source !== 'local') return success(header.revision);
      const last = await lastJournalRow(db, document.id);
      const unchanged = last?.hash === document.journal.at(-1)?.hash;
      const exportedRevision = Math.max(header.exportedRevision ?? 0, document.revision);
      const revision = Math.max(header.revision, unchanged ? document.revision : document.revision + 1);
      await db.assessments.update(document.id, { exportedRevision, revision });
      return success(revision);
    });
  } catch (error) {
    return storageFailure(error);
  }
}

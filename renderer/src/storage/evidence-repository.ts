/**
 * Evidence files: the blob and its metadata go in with a journal entry and the header's revision, in one
 * transaction. The SHA-256 is computed before (at capture) and is what the bundle later names the file by.
 */
import type { AirrDatabase } from './database';
import type { EvidenceRow } from './rows';
import { appendEntry } from '../domain/journal/journal';
import { revisionAfterChange } from './export-revision';
import { lastJournalRow } from './journal-rows';
import { Refusal, refusalOrFailure, type SaveResult, type StorageFailure } from './storage-errors';
import { signedRecordRefusal } from './record-guard';
import { failure, success } from '../domain/result';

export type NewEvidence = Omit<EvidenceRow, 'assessmentId'>;

async function guard(db: AirrDatabase, assessmentId: string): Promise<void> {
  const readOnly = await signedRecordRefusal(db, assessmentId);
  if (readOnly) throw new Refusal(readOnly);
}

async function journalAndBump(
  db: AirrDatabase,
  assessmentId: string,
  field: string,
  oldValue: unknown,
  newValue: unknown,
  actor: string,
  at: string,
): Promise<number> {
  const header = await db.assessments.get(assessmentId);
  if (!header) throw new Refusal(failure('not-found', 'This assessment no longer exists.'));
  const entry = appendEntry(await lastJournalRow(db, assessmentId), { at, actor, field, oldValue, newValue });
  await db.journal.add({ ...entry, assessmentId });
  const revision = revisionAfterChange(header);
  await db.assessments.update(assessmentId, { revision, updatedAt: at });
  return revision;
}

function metaOf(row: NewEvidence) {
  return {
    id: row.id,
    practiceId: row.practiceId,
    name: row.name,
    type: row.type,
    size: row.size,
    sha256: row.sha256,
    capturedAt: row.capturedAt,
  };
}

/** Attaches one evidence file to a practice; the same file (same SHA-256) twice on one practice is refused. */
export async function addEvidence(
  db: AirrDatabase,
  assessmentId: string,
  evidence: NewEvidence,
  actor: string,
  now = new Date(),
): Promise<SaveResult> {
  try {
    return await db.transaction('rw', [db.assessments, db.evidence, db.journal], async () => {
      await guard(db, assessmentId);
      const same = await db.evidence
        .where('[assessmentId+sha256]')
        .equals([assessmentId, evidence.sha256])
        .toArray();
      const duplicate = same.find((row) => row.practiceId === evidence.practiceId);
      if (duplicate)
        throw new Refusal(
          failure(
            'duplicate-evidence',
            `“${evidence.name}” is already attached to this practice (as “${duplicate.name}”, same SHA-256).`,
          ),
        );
      await db.evidence.add({ ...evidence, assessmentId });
      const revision = await journalAndBump(
        db,
        assessmentId,
        `evidence.${evidence.id}`,
        null,
        metaOf(evidence),
        actor,
        now.toISOString(),
      );
      return success(revision);
    });
  } catch (error) {
    return refusalOrFailure<StorageFailure>(error);
  }
}

/** Removes one evidence file (journaled). */
export async function removeEvidence(
  db: AirrDatabase,
  assessmentId: string,
  evidenceId: string,
  actor: string,
  now = new Date(),
): Promise<SaveResult> {
  try {
    return await db.transaction('rw', [db.assessments, db.evidence, db.journal], async () => {
      await guard(db, assessmentId);
      const row = await db.evidence.get(evidenceId);
      if (!row || row.assessmentId !== assessmentId)
        throw new Refusal(failure('not-found', 'This evidence file is no longer attached.'));
      await db.evidence.delete(evidenceId);
      const revision = await journalAndBump(
        db,
        assessmentId,
        `evidence.${evidenceId}`,
        metaOf(row),
        null,
        actor,
        now.toISOString(),
      );
      return success(revision);
    });
  } catch (error) {
    return refusalOrFailure<StorageFailure>(error);
  }
}

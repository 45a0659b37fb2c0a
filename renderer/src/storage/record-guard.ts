/**
 * The signed record is immutable where it is stored. An imported assessment's content, evidence and journal
 * are exactly what the assessor signed; history revisions are only ever added. Every repository call that
 * would change an assessment's content asks this guard first, inside its own transaction, so no path (a
 * stale screen, a second window, a script) can edit a signed record. Remediation lives in its own tables
 * and is not guarded by this.
 */
import type { AirrDatabase } from './database';
import type { StorageFailure } from './storage-errors';

export const READ_ONLY_RECORD_MESSAGE =
  'This assessment is a signed record from an assessor and is read-only: nothing in it was changed. Track remediation in the site’s plan instead.';

export const READ_ONLY_RECORD: StorageFailure = {
  ok: false,
  code: 'read-only-record',
  message: READ_ONLY_RECORD_MESSAGE,
};

/** The refusal for a write to this assessment's content, or null when it may be written. Use inside a transaction. */
export async function signedRecordRefusal(
  db: AirrDatabase,
  assessmentId: string,
): Promise<StorageFailure | null> {
  const header = await db.assessments.get(assessmentId);
  return header?.source === 'imported' ? READ_ONLY_RECORD : null;
}

/** Reading an assessment's stored journal, oldest entry first. */
import { Dexie } from 'dexie';
import type { AirrDatabase } from './database';
import type { JournalRow } from './rows';

/** The last journal entry of an assessment, or undefined for none. Use inside a transaction. */
export function lastJournalRow(db: AirrDatabase, assessmentId: string): Promise<JournalRow | undefined> {
  return db.journal
    .where('[assessmentId+seq]')
    .between([assessmentId, Dexie.minKey], [assessmentId, Dexie.maxKey])
    .last();
}

export function getJournal(db: AirrDatabase, id: string): Promise<JournalRow[]> {
  return db.journal.where('[assessmentId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
}

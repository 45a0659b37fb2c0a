import type { Dexie, Transaction } from 'dexie';

/**
 * v8: revisions count exports of changed content instead of every save (storage/export-revision.ts). Before
 * v8 the revision went up with every change and any revision up to the stored one may already have left the
 * machine in a bundle, so a local assessment carries its counter: its current content counts as exported at
 * its current revision (the next change makes it one higher, never lower), and every journal entry it has
 * counts as exported (never rewritten by coalescing). No index changes.
 */
export const VERSION_008 = 8;

export function migration008ExportRevisions(db: Dexie): void {
  db.version(VERSION_008).stores({}).upgrade(upgradeTo008);
}

interface V7Header {
  id: string;
  source?: string;
  revision?: number;
  exportedRevision?: number;
  frozenJournalSeq?: number;
}

async function upgradeTo008(tx: Transaction): Promise<void> {
  const lastSeq = new Map<string, number>();
  // Primary keys only ([assessmentId, seq]): one pass over the journal without reading its values.
  await tx
    .table('journal')
    .toCollection()
    .eachPrimaryKey((key) => {
      const [assessmentId, seq] = key as [string, number];
      lastSeq.set(assessmentId, Math.max(seq, lastSeq.get(assessmentId) ?? 0));
    });
  await tx
    .table('assessments')
    .toCollection()
    .modify((row: V7Header) => {
      if (row.source !== 'local') return;
      row.exportedRevision = Math.max(row.exportedRevision ?? 0, row.revision ?? 1);
      row.frozenJournalSeq = Math.max(row.frozenJournalSeq ?? 0, lastSeq.get(row.id) ?? 0);
    });
}

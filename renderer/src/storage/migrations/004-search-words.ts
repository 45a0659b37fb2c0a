import type { Dexie, Transaction } from 'dexie';
import { searchWordsOf } from '../search-words';

/**
 * v4: headers carry the words of their title and site name under a multi-entry index, so searching a library
 * of 10,000 assessments reads only the headers that contain the searched words.
 */
export const VERSION_004 = 4;

export function migration004SearchWords(db: Dexie): void {
  db.version(VERSION_004)
    .stores({
      assessments:
        'id, title, siteName, sector, status, createdAt, updatedAt, revision, source, signerFingerprint, *searchWords',
    })
    .upgrade(upgradeTo004);
}

async function upgradeTo004(tx: Transaction): Promise<void> {
  await tx
    .table('assessments')
    .toCollection()
    .modify((row: { title?: string; siteName?: string; searchWords?: string[] }) => {
      row.searchWords = searchWordsOf(row.title ?? '', row.siteName ?? '');
    });
}

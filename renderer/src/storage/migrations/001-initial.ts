import type { Dexie } from 'dexie';

/** v1: the first assessments table, headers only. Never edit a released migration; add a new one. */
export const VERSION_001 = 1;

export function migration001Initial(db: Dexie): void {
  db.version(VERSION_001).stores({
    assessments: 'id, title, siteName, sector, status, createdAt, updatedAt',
  });
}

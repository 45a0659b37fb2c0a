import type { Dexie } from 'dexie';

/**
 * v5: the signed report.pdf of an imported bundle is kept with the current revision, so a facility manager
 * can save or print exactly what the assessor signed. Nothing to upgrade: only new imports carry one.
 */
export const VERSION_005 = 5;

export function migration005SignedReports(db: Dexie): void {
  db.version(VERSION_005).stores({ reports: 'assessmentId' });
}

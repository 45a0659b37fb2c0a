import type { Dexie } from 'dexie';

/**
 * v11: work packages (issue 14). One row per package this device handed out (the lead's side, with the
 * handed-out base the returns merge against) or received (the assessor's working copy). Keyed by package id,
 * indexed by assessment: a lead hands one assessment out to several assessors. A new table only.
 */
export const VERSION_011 = 11;

export function migration011WorkPackages(db: Dexie): void {
  db.version(VERSION_011).stores({ workPackages: 'packageId, assessmentId' });
}

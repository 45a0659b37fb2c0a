import type { Dexie } from 'dexie';

/**
 * v10: installed framework packs (issue 14), keyed by [id+version] so several versions of one pack live side
 * by side and every assessment stays on the version it was made with. The built-in pack is not stored: it
 * ships with the app and is always present (storage/pack-repository.ts). A new table only.
 */
export const VERSION_010 = 10;

export function migration010FrameworkPacks(db: Dexie): void {
  db.version(VERSION_010).stores({ packs: '[id+version], id' });
}

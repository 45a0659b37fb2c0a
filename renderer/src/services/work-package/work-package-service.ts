/**
 * Work packages for the screens (through the Store, loaded on first use): hand out, open a hand-out as a
 * working copy, return it, and merge a return. See hand-out.ts and merge-return.ts.
 */
import type { AirrDatabase } from '../../storage/database';
import type { PreparedImport } from '../../storage/import-repository';
import { storeWorkingCopy } from '../../storage/work-package-repository';
import { discardSpooledBundle } from '../import/sealed-spool';
import type { Resolutions } from '../../domain/merge/merge-types';
import { applyReturnMerge as applyMerged, type PreparedMerge } from './merge-return';

export { handOut, returnToLead } from './hand-out';
export { prepareReturnMerge } from './merge-return';
export { packagesOf } from '../../storage/work-package-repository';

/** Opens a verified hand-out as a working copy; once stored, an opened sealed file's copy can go. */
export async function openHandOut(db: AirrDatabase, prepared: PreparedImport) {
  const stored = await storeWorkingCopy(db, prepared);
  if (stored.ok) await discardSpooledBundle();
  return stored;
}

/** Applies a prepared merge; once applied, IndexedDB holds its own copy of the evidence the return brought. */
export async function applyReturnMerge(
  db: AirrDatabase,
  prepared: PreparedMerge,
  resolutions: Resolutions,
  actor: string,
) {
  const applied = await applyMerged(db, prepared, resolutions, actor);
  if (applied.ok) await discardSpooledBundle();
  return applied;
}

/**
 * Work packages for the screens (through the Store, loaded on first use): hand out, open a hand-out as a
 * working copy, return it, and merge a return. See hand-out.ts and merge-return.ts.
 */
import type { AirrDatabase } from '../../storage/database';
import type { PreparedImport } from '../../storage/import-repository';
import { storeWorkingCopy } from '../../storage/work-package-repository';
import { discardSpooledBundle } from '../import/sealed-spool';

export { handOut, returnToLead } from './hand-out';
export { applyReturnMerge, prepareReturnMerge } from './merge-return';
export { packagesOf } from '../../storage/work-package-repository';

/** Opens a verified hand-out as a working copy; once stored, an opened sealed file's copy can go. */
export async function openHandOut(db: AirrDatabase, prepared: PreparedImport) {
  const stored = await storeWorkingCopy(db, prepared);
  if (stored.ok) await discardSpooledBundle();
  return stored;
}

/**
 * Where the pending-edit log keeps its entries, apart from the log's parsing and replay: at start-up the app
 * only asks whether anything is logged, and loads the replay code (schemas, the repository) only if so.
 */
import type { KeyValueArea } from './pending-edits';

export const PENDING_EDITS_PREFIX = 'airr.pending-edits.v1.';

/** The keys of the assessments that have logged edits. */
export function pendingEditKeys(area: KeyValueArea): string[] {
  const keys: string[] = [];
  for (let index = 0; index < area.length; index += 1) {
    const key = area.key(index);
    if (key?.startsWith(PENDING_EDITS_PREFIX)) keys.push(key);
  }
  return keys;
}

/**
 * The desktop's automatic library backup (issue 14, item 2): the renderer builds the sealed archive, which
 * auto-backup.ts writes atomically into the folder the user chose; this names the archives and keeps only
 * the newest `keep` of them there. Only files this module names
 * (`airr-backup-<UTC stamp>.airr-backup.age`, the manual backup's ending, so restore's file picker and
 * `age -d` treat both alike) are ever counted or removed; anything else in the folder is left alone.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

const NAME = /^airr-backup-\d{8}T\d{6}Z\.airr-backup\.age$/;

/** The archive's file name for a moment, sortable as text (UTC, to the second). */
export function backupFileName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  return `airr-backup-${stamp}.airr-backup.age`;
}

function checkKeep(keep: number): void {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError('keep must be a whole number of at least 1');
}

/** Removes the oldest of this module's archives in `folder` beyond `keep`; returns the removed names. */
export async function pruneBackups(folder: string, keep: number): Promise<string[]> {
  checkKeep(keep);
  const ours = (await readdir(folder)).filter((name) => NAME.test(name)).sort();
  const removed = ours.slice(0, Math.max(0, ours.length - keep));
  for (const name of removed) await rm(path.join(folder, name));
  return removed;
}

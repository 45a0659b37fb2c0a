/**
 * The backup and restore screen's pipeline (Settings → Backups): a sealed archive of the whole library is
 * written to a file the user picked, and a picked archive is opened, verified and planned before anything
 * is written; the plan's new rows are added only when the user confirms (storage/backup/backup-archive.ts).
 */
import type { SealTarget } from '../../domain/bundle/seal';
import type { SealedKey } from '../../domain/import/open-sealed';
import { failure, success, type Result } from '../../domain/result';
import type { OpenedFile, PlatformCode, SaveTarget } from '../../platform';
import {
  applyRestore,
  planRestore,
  readBackup,
  writeBackup,
  type BackupCode,
  type RestorePlan,
  type WriteBackupCode,
} from '../../storage/backup/backup-archive';
import {
  identifySigner,
  type BackupSigner,
  type BackupSignerInfo,
} from '../../storage/backup/backup-signature';
import type { AirrDatabase } from '../../storage/database';

/** Written to disk in slices of this size, so a slow disk is never handed the whole archive at once. */
const WRITE_SLICE = 1 << 20;

/** The archive's suggested file name: the library and the local day it was made. */
export function backupFileName(now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `airr-library-${day}.airr-backup.age`;
}

export type SavedBackup = { name: string; bytes: number };

/**
 * Signs the whole library with the unlocked identity, seals it to `seal` (a passphrase or recipients) and
 * writes it to `target`; on any failure nothing is kept.
 */
export async function saveBackup(
  db: AirrDatabase,
  target: SaveTarget,
  seal: SealTarget,
  signer: BackupSigner,
  now: Date = new Date(),
): Promise<Result<SavedBackup, WriteBackupCode | PlatformCode>> {
  const sealed = await writeBackup(db, seal, signer, now);
  if (!sealed.ok) {
    await target.abort();
    return sealed;
  }
  for (let at = 0; at < sealed.value.length; at += WRITE_SLICE) {
    const written = await target.write(sealed.value.subarray(at, at + WRITE_SLICE));
    if (!written.ok) {
      await target.abort();
      return written;
    }
  }
  const committed = await target.commit();
  if (!committed.ok) {
    await target.abort();
    return committed;
  }
  return success({ name: committed.value, bytes: sealed.value.length });
}

/** What the confirmation shows: when the archive was made, who signed it and what restoring would change. */
export type RestorePreview = { created: string; signer: BackupSignerInfo; plan: RestorePlan };

/** Opens, verifies and plans the restore of a picked archive; nothing is written. */
export async function previewRestore(
  db: AirrDatabase,
  file: OpenedFile,
  key: SealedKey,
): Promise<Result<RestorePreview, BackupCode | 'read-failed'>> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.blob.arrayBuffer());
  } catch {
    return failure('read-failed', `“${file.name}” could not be read, so nothing was restored.`);
  }
  const verified = await readBackup(db, bytes, key);
  if (!verified.ok) return verified;
  return success({
    created: verified.value.manifest.created,
    signer: await identifySigner(db, verified.value.signer),
    plan: await planRestore(db, verified.value),
  });
}

/** Adds the confirmed plan's new rows (all or none); conflicting local rows are never touched. */
export function confirmRestore(db: AirrDatabase, plan: RestorePlan): Promise<Result<number, BackupCode>> {
  return applyRestore(db, plan);
}

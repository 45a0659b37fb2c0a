/**
 * One unattended backup (desktop, Settings → Backups): the same signed archive as a manual backup, sealed to
 * the saved age recipient the user picked, since nobody is there to type a passphrase. When it cannot be
 * written (no identity, identity locked, the recipient was removed, the folder is gone) nothing is written
 * and main records why, so the screen can say it.
 */
import type { AutoBackupPlatform, AutoBackupSkipReason } from '../../platform';
import type { WriteBackupCode } from '../../storage/backup/backup-archive';
import type { BackupSigner } from '../../storage/backup/backup-signature';
import type { AirrDatabase } from '../../storage/database';
import { listRecipients } from '../../storage/recipient-queries';
import { saveBackup } from './backup-service';

/** The identity as the app holds it right now. */
export type BackupIdentity =
  { kind: 'none' } | { kind: 'locked' } | { kind: 'unlocked'; signer: BackupSigner };

export type AutoBackupOutcome =
  | { kind: 'off' }
  | { kind: 'written'; name: string; bytes: number }
  | { kind: 'skipped'; reason: AutoBackupSkipReason };

const ARCHIVE_CODES: readonly WriteBackupCode[] = [
  'recipient-invalid',
  'recipient-unsupported',
  'no-recipient',
  'weak-passphrase',
  'signer-invalid',
];

async function skip(backups: AutoBackupPlatform, reason: AutoBackupSkipReason): Promise<AutoBackupOutcome> {
  await backups.skipped(reason);
  return { kind: 'skipped', reason };
}

/** Writes one automatic backup if automatic backups are on; otherwise records why not. */
export async function runAutoBackup(
  db: AirrDatabase,
  backups: AutoBackupPlatform,
  identity: BackupIdentity,
  now: Date = new Date(),
): Promise<AutoBackupOutcome> {
  const status = await backups.status();
  if (!status.ok || !status.value.enabled || status.value.recipient === null) return { kind: 'off' };
  if (identity.kind === 'none') return skip(backups, 'no-identity');
  if (identity.kind === 'locked') return skip(backups, 'identity-locked');
  const recipient = status.value.recipient;
  const saved = (await listRecipients(db)).some((row) => row.recipient === recipient);
  if (!saved) return skip(backups, 'recipient-missing');
  const target = await backups.begin();
  if (!target.ok) return skip(backups, 'write-failed');
  const written = await saveBackup(db, target.value, { recipients: [recipient] }, identity.signer, now);
  if (!written.ok) {
    const archive = (ARCHIVE_CODES as readonly string[]).includes(written.code);
    return skip(backups, archive ? 'archive-failed' : 'write-failed');
  }
  return { kind: 'written', ...written.value };
}

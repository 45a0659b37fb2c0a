import type { AutoBackupSkipReason, AutoBackupStatus } from '../../platform';
import { formatDateTime } from '../common/format';

const SKIP_SENTENCES: Record<AutoBackupSkipReason, string> = {
  'no-identity': 'there is no identity to sign it with yet.',
  'identity-locked': 'your identity was locked, and every backup is signed with it. Unlock it to back up.',
  'recipient-missing': 'the recipient it is sealed to was removed from Recipients. Choose another one.',
  'archive-failed': 'the archive could not be signed or sealed.',
  'write-failed': 'the backup folder could not be written (is the drive connected?).',
};

/** When the last automatic backup succeeded, in one sentence. */
export function lastSuccessText(status: AutoBackupStatus): string {
  const last = status.lastSuccess;
  if (!last) return 'No automatic backup has been written yet.';
  return `Last automatic backup: ${formatDateTime(last.at)}, “${last.fileName}”.`;
}

/** Why the latest attempt wrote nothing, or null when the last attempt succeeded. */
export function lastSkipText(status: AutoBackupStatus): string | null {
  const skip = status.lastSkip;
  if (!skip) return null;
  return `The automatic backup of ${formatDateTime(skip.at)} was skipped: ${SKIP_SENTENCES[skip.reason]}`;
}

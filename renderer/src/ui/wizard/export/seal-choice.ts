import { MIN_SEAL_PASSPHRASE_LENGTH, type SealTarget } from '../../../domain/bundle/seal';
import type { RecipientRow } from '../../../storage/rows';

export type SealKind = 'none' | 'recipient' | 'passphrase';

export type SealChoice = { kind: SealKind; recipientId: string; passphrase: string; confirm: string };

export type SealErrors = { recipientId?: string; passphrase?: string; confirm?: string };

export const NO_SEAL: SealChoice = { kind: 'none', recipientId: '', passphrase: '', confirm: '' };

/** The age target for the choice, or what is missing; null target means the bundle is not sealed. */
export function sealTargetOf(
  choice: SealChoice,
  recipients: readonly RecipientRow[],
): { ok: true; target: SealTarget | null } | { ok: false; errors: SealErrors } {
  if (choice.kind === 'none') return { ok: true, target: null };
  if (choice.kind === 'recipient') {
    const row = recipients.find((candidate) => candidate.id === choice.recipientId);
    return row
      ? { ok: true, target: { recipients: [row.recipient] } }
      : { ok: false, errors: { recipientId: 'Choose the recipient to seal the bundle to.' } };
  }
  if (choice.passphrase.length < MIN_SEAL_PASSPHRASE_LENGTH) {
    return {
      ok: false,
      errors: { passphrase: `Use a passphrase of at least ${MIN_SEAL_PASSPHRASE_LENGTH} characters.` },
    };
  }
  if (choice.confirm !== choice.passphrase) {
    return { ok: false, errors: { confirm: 'The two passphrases do not match. Type the same one twice.' } };
  }
  return { ok: true, target: { passphrase: choice.passphrase } };
}

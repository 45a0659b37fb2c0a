import { MIN_SEAL_PASSPHRASE_LENGTH, type SealTarget } from '../../../domain/bundle/seal';
import { failure, success, type Failure, type Result } from '../../../domain/result';
import type { RecipientRow } from '../../../storage/rows';

export type SealKind = 'none' | 'recipient' | 'passphrase';

export type SealChoice = { kind: SealKind; recipientId: string; passphrase: string; confirm: string };

export type SealErrors = { recipientId?: string; passphrase?: string; confirm?: string };

export const NO_SEAL: SealChoice = { kind: 'none', recipientId: '', passphrase: '', confirm: '' };

export type SealCode = 'no-recipient' | 'passphrase-too-short' | 'passphrases-differ';

/** A choice that cannot seal: its code and sentence, and that sentence under the field it belongs to. */
export type SealRefusal = Failure<SealCode> & { errors: SealErrors };

function refused(code: SealCode, field: keyof SealErrors, message: string): SealRefusal {
  return { ...failure(code, message), errors: { [field]: message } };
}

/** The age target for the choice (null: the bundle is not sealed), or what is missing. */
export function sealTargetOf(
  choice: SealChoice,
  recipients: readonly RecipientRow[],
): Result<SealTarget | null, SealCode, SealRefusal> {
  if (choice.kind === 'none') return success(null);
  if (choice.kind === 'recipient') {
    const row = recipients.find((candidate) => candidate.id === choice.recipientId);
    return row
      ? success({ recipients: [row.recipient] })
      : refused('no-recipient', 'recipientId', 'Choose the recipient to seal the bundle to.');
  }
  if (choice.passphrase.length < MIN_SEAL_PASSPHRASE_LENGTH) {
    const message = `Use a passphrase of at least ${MIN_SEAL_PASSPHRASE_LENGTH} characters.`;
    return refused('passphrase-too-short', 'passphrase', message);
  }
  if (choice.confirm !== choice.passphrase) {
    const message = 'The two passphrases do not match. Type the same one twice.';
    return refused('passphrases-differ', 'confirm', message);
  }
  return success({ passphrase: choice.passphrase });
}

/**
 * {@link sealTargetOf} as the forms show it: the choice's errors set (none when it can seal) and, when it
 * cannot, focus on the first field at fault. Undefined when it cannot seal; null when not sealed.
 */
export function checkedSealTarget(
  choice: SealChoice,
  recipients: readonly RecipientRow[],
  showErrors: (errors: SealErrors) => void,
): SealTarget | null | undefined {
  const target = sealTargetOf(choice, recipients);
  showErrors(target.ok ? {} : target.errors);
  if (target.ok) return target.value;
  const first = Object.keys(target.errors)[0];
  document.getElementById(first === 'recipientId' ? 'seal-recipient' : `seal-${first ?? ''}`)?.focus();
  return undefined;
}

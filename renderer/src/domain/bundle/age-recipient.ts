import { Encrypter } from 'age-encryption';
import { z } from 'zod';
import { failure, success, type Result } from '../result';

// Bech32 "age1" + 58 data characters = an X25519 public key, the recipient type stock `age` 1.x reads.
const X25519_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

export const AgeRecipient = z
  .string()
  .trim()
  .toLowerCase()
  .regex(X25519_RECIPIENT, 'An age recipient is "age1" followed by 58 letters and digits.');

export type RecipientErrorCode = 'recipient-invalid' | 'recipient-unsupported';

/**
 * Checks a recipient the security team handed over (e.g. pasted from `age-keygen` output): shape first,
 * then the library's own parse, which also checks the bech32 checksum.
 */
export function parseAgeRecipient(text: string): Result<string, RecipientErrorCode> {
  const trimmed = text.trim();
  if (/^age1(pq|tag)/i.test(trimmed)) {
    return failure(
      'recipient-unsupported',
      'Post-quantum and tag recipients cannot be opened with age 1.x; use an X25519 "age1…" recipient.',
    );
  }
  if (trimmed.startsWith('AGE-SECRET-KEY-')) {
    return failure(
      'recipient-invalid',
      'That is an age secret key; paste the public recipient ("age1…") instead, and keep the secret key private.',
    );
  }
  const shape = AgeRecipient.safeParse(trimmed);
  if (!shape.success)
    return failure('recipient-invalid', shape.error.issues[0]?.message ?? 'That is not an age recipient.');
  try {
    new Encrypter().addRecipient(shape.data);
  } catch {
    return failure('recipient-invalid', 'That age recipient has a typo: its checksum does not match.');
  }
  return success(shape.data);
}

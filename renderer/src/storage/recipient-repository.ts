/**
 * Named age recipients (the security team's "age1…" public keys) that bundles can be sealed to. The key text
 * is checked with the same parser the sealing code uses, so a recipient that is stored can always be sealed to.
 */
import { parseAgeRecipient } from '../domain/bundle/age-recipient';
import type { AirrDatabase } from './database';
import type { RecipientRow } from './rows';
import { storageFailure } from './storage-errors';
import type { Failure, Result } from '../domain/result';

export const MAX_RECIPIENT_LABEL = 120;

export type RecipientFailure = Failure<
  | 'label-missing'
  | 'label-too-long'
  | 'recipient-invalid'
  | 'recipient-unsupported'
  | 'duplicate-recipient'
  | 'not-found'
  | 'storage-full'
  | 'storage-failed'
>;

export type RecipientResult<T> = Result<T, RecipientFailure['code']>;

// Listing lives in recipient-queries.ts (no age code); re-exported for existing callers.
export { listRecipients } from './recipient-queries';

/** Validates and stores a recipient; the same key twice is refused with the label it already has. */
export async function addRecipient(
  db: AirrDatabase,
  input: { label: string; recipient: string },
  now: Date = new Date(),
): Promise<RecipientResult<RecipientRow>> {
  const label = input.label.trim();
  if (!label) return { ok: false, code: 'label-missing', message: 'Enter a name for this recipient.' };
  if (label.length > MAX_RECIPIENT_LABEL) {
    return {
      ok: false,
      code: 'label-too-long',
      message: `Use a name of at most ${MAX_RECIPIENT_LABEL} characters.`,
    };
  }
  const parsed = parseAgeRecipient(input.recipient);
  if (!parsed.ok) return parsed;
  try {
    return await db.transaction('rw', db.recipients, async () => {
      const same = await db.recipients.filter((row) => row.recipient === parsed.value).first();
      if (same) {
        return {
          ok: false as const,
          code: 'duplicate-recipient' as const,
          message: `This recipient is already saved as “${same.label}”.`,
        };
      }
      const row: RecipientRow = {
        id: globalThis.crypto.randomUUID(),
        label,
        recipient: parsed.value,
        addedAt: now.toISOString(),
      };
      await db.recipients.add(row);
      return { ok: true as const, value: row };
    });
  } catch (error) {
    return storageFailure(error);
  }
}

/** Removes a recipient; bundles already sealed to it are unaffected. */
export async function removeRecipient(db: AirrDatabase, id: string): Promise<RecipientResult<void>> {
  try {
    const count = await db.recipients.where('id').equals(id).delete();
    if (count === 0) return { ok: false, code: 'not-found', message: 'This recipient was already removed.' };
    return { ok: true, value: undefined };
  } catch (error) {
    return storageFailure(error);
  }
}

/**
 * The assessor identity on this device. The app keeps one identity (the latest created wins when reading);
 * the stored record is re-validated on every read so a damaged row surfaces as a value, not a crash later
 * in signing. Only the wrapped key is ever written here — the unlocked CryptoKey lives in memory only.
 */
import { IdentityRecord } from '../domain/crypto/identity-record';
import type { AirrDatabase } from './database';
import type { IdentityRow } from './rows';
import { storageFailure } from './storage-errors';
import type { Failure, Result } from '../domain/result';

export type IdentityFailure = Failure<
  'identity-invalid' | 'identity-corrupt' | 'not-found' | 'storage-full' | 'storage-failed'
>;

export type IdentityResult<T> = Result<T, IdentityFailure['code']>;

/** The current identity, undefined when none was created, or a failure when the stored row is damaged. */
export async function getIdentity(db: AirrDatabase): Promise<IdentityResult<IdentityRecord | undefined>> {
  try {
    const rows = await db.identities.toArray();
    const latest = rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
    if (!latest) return { ok: true, value: undefined };
    const parsed = IdentityRecord.safeParse(latest.record);
    if (!parsed.success) {
      return {
        ok: false,
        code: 'identity-corrupt',
        message: 'The stored assessor identity is damaged. Create a new identity to sign exports.',
      };
    }
    return { ok: true, value: parsed.data };
  } catch (error) {
    return storageFailure(error);
  }
}

/** Stores a new identity, or replaces one with the same id (e.g. after a passphrase change). */
export async function saveIdentity(
  db: AirrDatabase,
  record: IdentityRecord,
): Promise<IdentityResult<IdentityRecord>> {
  const parsed = IdentityRecord.safeParse(record);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'identity-invalid',
      message: parsed.error.issues[0]?.message ?? 'The identity is incomplete.',
    };
  }
  const row: IdentityRow = { id: parsed.data.id, record: parsed.data, createdAt: parsed.data.createdAt };
  try {
    await db.identities.put(row);
    return { ok: true, value: parsed.data };
  } catch (error) {
    return storageFailure(error);
  }
}

/**
 * Replaces the wrapped key of an existing identity; refuses to create one by accident. Only the record
 * changes: the row's other fields (the idle-lock setting) stay.
 */
export async function updateIdentity(
  db: AirrDatabase,
  record: IdentityRecord,
): Promise<IdentityResult<IdentityRecord>> {
  const parsed = IdentityRecord.safeParse(record);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'identity-invalid',
      message: parsed.error.issues[0]?.message ?? 'The identity is incomplete.',
    };
  }
  try {
    const updated = await db.transaction('rw', db.identities, async () => {
      if (!(await db.identities.get(record.id))) return false;
      await db.identities.update(record.id, { record: parsed.data, createdAt: parsed.data.createdAt });
      return true;
    });
    if (!updated) return { ok: false, code: 'not-found', message: 'This identity no longer exists.' };
    return { ok: true, value: parsed.data };
  } catch (error) {
    return storageFailure(error);
  }
}

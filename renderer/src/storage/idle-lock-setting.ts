/**
 * The idle-lock time of the assessor identity, kept on its row in `identities` (an unindexed field, so no
 * schema version is needed). It belongs to the identity it locks: a new identity starts at the default.
 */
import { z } from 'zod';
import type { AirrDatabase } from './database';
import { DONE, failure, type Result } from '../domain/result';
import { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES } from './idle-lock-choices';
import { storageFailure, type IoCode } from './storage-errors';

export { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES };

const Minutes = z
  .number()
  .int()
  .refine((value) => (IDLE_LOCK_MINUTES as readonly number[]).includes(value));

export type IdleLockCode = 'invalid-idle-time' | 'not-found' | IoCode;

/** The stored minutes, or the default when none (or a value no longer offered) is stored. */
export async function getIdleLockMinutes(db: AirrDatabase, identityId: string): Promise<number> {
  const row = await db.identities.get(identityId);
  const parsed = Minutes.safeParse(row?.idleLockMinutes);
  return parsed.success ? parsed.data : DEFAULT_IDLE_LOCK_MINUTES;
}

export async function setIdleLockMinutes(
  db: AirrDatabase,
  identityId: string,
  minutes: number,
): Promise<Result<undefined, IdleLockCode>> {
  if (!Minutes.safeParse(minutes).success)
    return failure('invalid-idle-time', `Choose one of ${IDLE_LOCK_MINUTES.join(', ')} minutes.`);
  try {
    const changed = await db.identities.update(identityId, { idleLockMinutes: minutes });
    if (changed === 0 && !(await db.identities.get(identityId)))
      return failure('not-found', 'This identity no longer exists.');
    return DONE;
  } catch (error) {
    return storageFailure(error);
  }
}

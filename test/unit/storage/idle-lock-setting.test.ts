import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { changePassphrase, createIdentity } from '../../../renderer/src/domain/crypto/identity';
import { openDatabase, type AirrDatabase } from '../../../renderer/src/storage/database';
import { getIdentity, saveIdentity, updateIdentity } from '../../../renderer/src/storage/identity-repository';
import {
  DEFAULT_IDLE_LOCK_MINUTES,
  getIdleLockMinutes,
  setIdleLockMinutes,
} from '../../../renderer/src/storage/idle-lock-setting';

const PASSPHRASE = 'a long enough passphrase';
let counter = 0;

async function withIdentity(): Promise<{ db: AirrDatabase; id: string }> {
  const db = openDatabase(`airr-idle-lock-test-${++counter}-${Date.now()}`);
  await db.open();
  const created = await createIdentity({
    name: 'Dana Whitfield',
    organization: '',
    email: '',
    passphrase: PASSPHRASE,
  });
  if (!created.ok) throw new Error(created.message);
  const saved = await saveIdentity(db, created.value.record);
  if (!saved.ok) throw new Error(saved.message);
  return { db, id: created.value.record.id };
}

describe('the idle-lock setting', () => {
  it('is 10 minutes until set, then what was set, kept on the identity row', async () => {
    const { db, id } = await withIdentity();
    expect(DEFAULT_IDLE_LOCK_MINUTES).toBe(10);
    expect(await getIdleLockMinutes(db, id)).toBe(10);
    expect(await setIdleLockMinutes(db, id, 1)).toEqual({ ok: true, value: undefined });
    expect(await getIdleLockMinutes(db, id)).toBe(1);
    expect((await db.identities.get(id))?.idleLockMinutes).toBe(1);
    // The identity itself still reads back intact.
    expect((await getIdentity(db)).ok).toBe(true);
  });

  it('refuses a time that is not offered, changing nothing', async () => {
    const { db, id } = await withIdentity();
    await setIdleLockMinutes(db, id, 5);
    for (const bad of [0, 7, -1, 1.5, Number.NaN, 100_000]) {
      expect(await setIdleLockMinutes(db, id, bad)).toMatchObject({ ok: false, code: 'invalid-idle-time' });
    }
    expect(await getIdleLockMinutes(db, id)).toBe(5);
  });

  it('falls back to the default for a damaged stored value', async () => {
    const { db, id } = await withIdentity();
    await db.identities.update(id, { idleLockMinutes: 'forever' as unknown as number });
    expect(await getIdleLockMinutes(db, id)).toBe(DEFAULT_IDLE_LOCK_MINUTES);
  });

  it('is refused for an identity that does not exist', async () => {
    const { db } = await withIdentity();
    expect(await setIdleLockMinutes(db, 'no-such-identity', 5)).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });

  it('survives a passphrase change', async () => {
    const { db, id } = await withIdentity();
    await setIdleLockMinutes(db, id, 30);
    const read = await getIdentity(db);
    if (!read.ok || !read.value) throw new Error('no identity');
    const changed = await changePassphrase(read.value, PASSPHRASE, 'another long passphrase');
    if (!changed.ok) throw new Error(changed.message);
    expect((await updateIdentity(db, changed.value)).ok).toBe(true);
    expect(await getIdleLockMinutes(db, id)).toBe(30);
    const after = await getIdentity(db);
    expect(after.ok && after.value?.key).toEqual(changed.value.key);
  });
});

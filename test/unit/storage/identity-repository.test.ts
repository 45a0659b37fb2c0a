import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createIdentity,
  unlockIdentity,
  changePassphrase,
} from '../../../renderer/src/domain/crypto/identity';
import { openDatabase, type AirrDatabase } from '../../../renderer/src/storage/database';
import { getIdentity, saveIdentity, updateIdentity } from '../../../renderer/src/storage/identity-repository';

const PASSPHRASE = 'a long enough passphrase';
let counter = 0;

async function freshDb(): Promise<AirrDatabase> {
  const db = openDatabase(`airr-identity-test-${++counter}-${Date.now()}`);
  await db.open();
  return db;
}

async function newRecord(name = 'Dana Whitfield', now = new Date()) {
  const created = await createIdentity(
    { name, organization: 'Water Authority', email: '', passphrase: PASSPHRASE },
    now,
  );
  if (!created.ok) throw new Error(created.message);
  return created.value.record;
}

describe('identity repository', () => {
  it('reads no identity from an empty database', async () => {
    expect(await getIdentity(await freshDb())).toEqual({ ok: true, value: undefined });
  });

  it('stores a record that still unlocks after it is read back', async () => {
    const db = await freshDb();
    const record = await newRecord();
    expect((await saveIdentity(db, record)).ok).toBe(true);
    const read = await getIdentity(db);
    if (!read.ok || !read.value) throw new Error('no identity read back');
    expect(read.value).toEqual(record);
    expect((await unlockIdentity(read.value, PASSPHRASE)).ok).toBe(true);
  });

  it('returns the most recently created identity when there are several', async () => {
    const db = await freshDb();
    await saveIdentity(db, await newRecord('Older', new Date('2026-01-01T00:00:00Z')));
    await saveIdentity(db, await newRecord('Newer', new Date('2026-02-01T00:00:00Z')));
    const read = await getIdentity(db);
    expect(read.ok && read.value?.name).toBe('Newer');
  });

  it('refuses a record that does not match the schema', async () => {
    const db = await freshDb();
    const record = { ...(await newRecord()), fingerprint: 'not-hex' };
    expect(await saveIdentity(db, record)).toMatchObject({ ok: false, code: 'identity-invalid' });
    expect(await db.identities.count()).toBe(0);
  });

  it('reports a damaged stored row as identity-corrupt instead of throwing', async () => {
    const db = await freshDb();
    const record = await newRecord();
    await db.identities.add({
      id: record.id,
      createdAt: record.createdAt,
      record: { ...record, key: { kdf: 'x' } } as never,
    });
    expect(await getIdentity(db)).toMatchObject({ ok: false, code: 'identity-corrupt' });
  });

  it('replaces the wrapped key after a passphrase change, and only for an identity that exists', async () => {
    const db = await freshDb();
    const record = await newRecord();
    expect((await updateIdentity(db, record)).ok).toBe(false);
    await saveIdentity(db, record);
    const changed = await changePassphrase(record, PASSPHRASE, 'an entirely new passphrase');
    if (!changed.ok) throw new Error(changed.message);
    expect((await updateIdentity(db, changed.value)).ok).toBe(true);
    const read = await getIdentity(db);
    if (!read.ok || !read.value) throw new Error('no identity read back');
    expect((await unlockIdentity(read.value, 'an entirely new passphrase')).ok).toBe(true);
    expect((await unlockIdentity(read.value, PASSPHRASE)).ok).toBe(false);
    expect(await db.identities.count()).toBe(1);
  });
});

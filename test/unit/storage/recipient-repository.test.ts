import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase, type AirrDatabase } from '../../../renderer/src/storage/database';
import {
  addRecipient,
  listRecipients,
  removeRecipient,
} from '../../../renderer/src/storage/recipient-repository';

// Public keys printed by `age-keygen`; their secret halves were thrown away.
const KEY_A = 'age1x56q5ue0sayefa790p2hla8mq9jascn8tdhqvt6wap7kfv29ep4qgllsqg';
let counter = 0;

async function freshDb(): Promise<AirrDatabase> {
  const db = openDatabase(`airr-recipient-test-${++counter}-${Date.now()}`);
  await db.open();
  return db;
}

describe('recipient repository', () => {
  it('adds a recipient with a trimmed label and lists recipients oldest first', async () => {
    const db = await freshDb();
    const first = await addRecipient(
      db,
      { label: '  SOC team ', recipient: ` ${KEY_A} ` },
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(first).toMatchObject({ ok: true, value: { label: 'SOC team', recipient: KEY_A } });
    const list = await listRecipients(db);
    expect(list.map((row) => row.label)).toEqual(['SOC team']);
  });

  it('refuses a missing label, a malformed key, a secret key and a key with a typo', async () => {
    const db = await freshDb();
    expect(await addRecipient(db, { label: ' ', recipient: KEY_A })).toMatchObject({ code: 'label-missing' });
    expect(await addRecipient(db, { label: 'x', recipient: 'age1abc' })).toMatchObject({
      code: 'recipient-invalid',
    });
    expect(
      await addRecipient(db, {
        label: 'x',
        recipient: 'AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ',
      }),
    ).toMatchObject({ code: 'recipient-invalid', message: expect.stringContaining('secret key') as unknown });
    const typo = `${KEY_A.slice(0, -1)}q`;
    expect(await addRecipient(db, { label: 'x', recipient: typo })).toMatchObject({
      code: 'recipient-invalid',
    });
    expect(await listRecipients(db)).toEqual([]);
  });

  it('refuses the same key twice and names the label it is saved under', async () => {
    const db = await freshDb();
    await addRecipient(db, { label: 'SOC team', recipient: KEY_A });
    expect(await addRecipient(db, { label: 'Other', recipient: KEY_A.toUpperCase() })).toMatchObject({
      ok: false,
      code: 'duplicate-recipient',
      message: 'This recipient is already saved as “SOC team”.',
    });
  });

  it('removes a recipient, and says so when it was already gone', async () => {
    const db = await freshDb();
    const added = await addRecipient(db, { label: 'SOC team', recipient: KEY_A });
    if (!added.ok) throw new Error(added.message);
    expect(await removeRecipient(db, added.value.id)).toEqual({ ok: true, value: undefined });
    expect(await removeRecipient(db, added.value.id)).toMatchObject({ ok: false, code: 'not-found' });
    expect(await listRecipients(db)).toEqual([]);
  });
});

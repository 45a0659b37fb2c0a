import { describe, expect, it } from 'vitest';
import {
  changePassphrase,
  createIdentity,
  IdentityRecord,
  unlockIdentity,
} from '../../../../renderer/src/domain/crypto/identity';
import { signDetached, verifyDetached } from '../../../../renderer/src/domain/crypto/sign';
import { parseCertificate } from '../../../../renderer/src/domain/crypto/parse-certificate';
import { utf8 } from '../../../../renderer/src/domain/crypto/bytes';

const PASSPHRASE = 'correct horse battery staple';
const SUBJECT = { name: 'Dana Whitfield', organization: 'Water Authority', email: 'dana@example.org' };

async function created() {
  const result = await createIdentity({ ...SUBJECT, passphrase: PASSPHRASE });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('assessor identity', () => {
  it('creates a record that validates against its schema and stores the key wrapped with PBKDF2 600k', async () => {
    const { record, signingKey } = await created();
    expect(IdentityRecord.parse(record)).toEqual(record);
    expect(record.key).toMatchObject({ kdf: 'pbkdf2-sha256', iterations: 600_000 });
    expect(atob(record.key.salt)).toHaveLength(16);
    expect(atob(record.key.iv)).toHaveLength(12);
    expect(signingKey.extractable).toBe(false);
    expect(JSON.stringify(record)).not.toContain('PRIVATE KEY');
  });

  it('unlocks with the passphrase to a non-extractable key that signs for the certificate', async () => {
    const { record } = await created();
    const unlocked = await unlockIdentity(record, PASSPHRASE);
    if (!unlocked.ok) throw new Error(unlocked.message);
    expect(unlocked.value.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('pkcs8', unlocked.value)).rejects.toThrow();
    const certificate = await parseCertificate(record.certificatePem);
    if (!certificate.ok) throw new Error(certificate.message);
    const signature = await signDetached(unlocked.value, utf8('hello'));
    expect(await verifyDetached(certificate.value, utf8('hello'), signature)).toBe(true);
  });

  it('answers a wrong passphrase with a wrong-passphrase result value', async () => {
    const { record } = await created();
    expect(await unlockIdentity(record, 'not the passphrase')).toEqual({
      ok: false,
      code: 'wrong-passphrase',
      message: 'That passphrase does not unlock this identity.',
    });
  });

  it('changes the passphrase: the new one unlocks, the old one no longer does', async () => {
    const { record } = await created();
    const changed = await changePassphrase(record, PASSPHRASE, 'a new and longer passphrase');
    if (!changed.ok) throw new Error(changed.message);
    expect(changed.value.key.salt).not.toBe(record.key.salt);
    expect((await unlockIdentity(changed.value, 'a new and longer passphrase')).ok).toBe(true);
    expect((await unlockIdentity(changed.value, PASSPHRASE)).ok).toBe(false);
    expect((await changePassphrase(record, 'wrong passphrase', 'another passphrase')).ok).toBe(false);
  });

  it('refuses a short passphrase and an empty name with clear messages', async () => {
    const short = await createIdentity({ ...SUBJECT, passphrase: 'short' });
    expect(short).toMatchObject({ ok: false, code: 'invalid-identity' });
    const nameless = await createIdentity({ ...SUBJECT, name: ' ', passphrase: PASSPHRASE });
    expect(nameless).toMatchObject({ ok: false, code: 'invalid-identity' });
  });
});

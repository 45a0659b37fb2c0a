import { Encrypter, armor, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSealed } from '../../../renderer/src/domain/import/open-sealed';
import { verifyBundle } from '../../../renderer/src/domain/import/verify-bundle';
import { makeSigner, validBundle } from './helpers/test-bundle';
import { options } from './helpers/verify-options';

let bundle: Uint8Array;
let identity: string;
let toIdentity: Uint8Array;
let withPassphrase: Uint8Array;

beforeAll(async () => {
  bundle = (await validBundle(await makeSigner())).bytes;
  identity = await generateX25519Identity();
  const byKey = new Encrypter();
  byKey.addRecipient(await identityToRecipient(identity));
  toIdentity = await byKey.encrypt(bundle);
  const byPassphrase = new Encrypter();
  byPassphrase.setPassphrase('correct horse battery staple');
  byPassphrase.setScryptWorkFactor(10); // fast for tests; the app uses age's default
  withPassphrase = await byPassphrase.encrypt(bundle);
});

describe('openSealed', () => {
  it('opens a bundle sealed to an X25519 recipient with its identity, and the result verifies', async () => {
    const opened = await openSealed(toIdentity, { identity });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.value).toEqual(bundle);
    expect((await verifyBundle(opened.value, options())).ok).toBe(true);
  });

  it('opens an ASCII-armored sealed bundle', async () => {
    const armored = new TextEncoder().encode(armor.encode(toIdentity));
    expect((await openSealed(armored, { identity })).ok).toBe(true);
  });

  it('opens a bundle sealed with a passphrase', async () => {
    const opened = await openSealed(withPassphrase, { passphrase: 'correct horse battery staple' });
    expect(opened.ok && opened.value).toEqual(bundle);
  });

  it('reports wrong-key for another identity, a wrong passphrase, no key or a damaged file', async () => {
    const other = await generateX25519Identity();
    const damaged = toIdentity.slice();
    damaged[damaged.length - 5] = (damaged[damaged.length - 5] ?? 0) ^ 1;
    const results = await Promise.all([
      openSealed(toIdentity, { identity: other }),
      openSealed(withPassphrase, { passphrase: 'wrong' }),
      openSealed(toIdentity, {}),
      openSealed(toIdentity, { identity: 'AGE-SECRET-KEY-1NOTAKEY' }),
      openSealed(damaged, { identity }),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual(Array(5).fill('wrong-key'));
  });

  it('reports not-sealed for a plain bundle', async () => {
    const result = await openSealed(bundle, { identity });
    expect(result.ok ? 'ok' : result.code).toBe('not-sealed');
  });
});

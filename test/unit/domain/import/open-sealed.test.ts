import { Encrypter, armor, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSealed } from '../../../../renderer/src/domain/import/open-sealed';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { makeSigner, validBundle } from './helpers/test-bundle';
import { options } from './helpers/verify-options';

let bundle: Uint8Array;
let identity: string;
let toIdentity: Uint8Array;
let withPassphrase: Uint8Array;
/** A plaintext of several age chunks (64 KiB each), so damage can land inside, between and at the end. */
let large: { plain: Uint8Array; sealed: Uint8Array };

const PASSPHRASE = 'correct horse battery staple';

async function sealTo(recipientOf: string, plain: Uint8Array): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(await identityToRecipient(recipientOf));
  return encrypter.encrypt(plain);
}

beforeAll(async () => {
  bundle = (await validBundle(await makeSigner())).bytes;
  identity = await generateX25519Identity();
  toIdentity = await sealTo(identity, bundle);
  const byPassphrase = new Encrypter();
  byPassphrase.setPassphrase(PASSPHRASE);
  byPassphrase.setScryptWorkFactor(10); // fast for tests; the app uses age's default
  withPassphrase = await byPassphrase.encrypt(bundle);
  const plain = new Uint8Array(5 * 65_536 + 1234).map((_, i) => (i * 7) & 0xff);
  large = { plain, sealed: await sealTo(identity, plain) };
});

const codeOf = (result: Awaited<ReturnType<typeof openSealed>>) => (result.ok ? 'ok' : result.code);

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
    const opened = await openSealed(withPassphrase, { passphrase: PASSPHRASE });
    expect(opened.ok && opened.value).toEqual(bundle);
  });

  it('streams a sealed file from a Blob into exactly its plaintext', async () => {
    const file = new Blob([new Uint8Array(large.sealed)]);
    const opened = await openSealed(file, { identity }, { head: large.sealed.subarray(0, 64) });
    expect(opened.ok && opened.value).toEqual(large.plain);
  });

  it('reports wrong-key for an identity or a passphrase the file was not sealed to', async () => {
    const other = await generateX25519Identity();
    expect(codeOf(await openSealed(toIdentity, { identity: other }))).toBe('wrong-key');
    expect(codeOf(await openSealed(withPassphrase, { passphrase: 'not the passphrase' }))).toBe('wrong-key');
    // A passphrase for a file sealed to a key (and the other way round) opens nothing either.
    expect(codeOf(await openSealed(toIdentity, { passphrase: PASSPHRASE }))).toBe('wrong-key');
    expect(codeOf(await openSealed(withPassphrase, { identity }))).toBe('wrong-key');
  });

  it('reports key-required when no key is given and invalid-key for a string that is not an age key', async () => {
    expect(codeOf(await openSealed(toIdentity, {}))).toBe('key-required');
    expect(codeOf(await openSealed(toIdentity, { identity: '   ' }))).toBe('key-required');
    expect(codeOf(await openSealed(toIdentity, { identity: 'AGE-SECRET-KEY-1NOTAKEY' }))).toBe('invalid-key');
    expect(codeOf(await openSealed(toIdentity, { identity: 'ssh-ed25519 AAAA' }))).toBe('invalid-key');
  });

  it('reports sealed-damaged, not wrong-key, for a changed byte in the content, with the right key', async () => {
    for (const at of [200, 2 * 65_536 + 17, large.sealed.length - 5]) {
      const damaged = large.sealed.slice();
      damaged[at] = (damaged[at] ?? 0) ^ 1;
      const result = await openSealed(damaged, { identity });
      expect(codeOf(result), `byte ${at}`).toBe('sealed-damaged');
      expect(result.ok ? '' : result.message).toContain('damaged or cut short');
    }
  });

  it('reports sealed-damaged for a header that does not parse or fails its MAC', async () => {
    const text = new TextDecoder().decode(large.sealed.subarray(0, 300));
    const changed = (at: number) => {
      const damaged = large.sealed.slice();
      damaged[at] = (damaged[at] ?? 0) === 0x41 ? 0x42 : 0x41;
      return damaged;
    };
    expect(codeOf(await openSealed(changed(text.indexOf('\n--- ') + 6), { identity }))).toBe(
      'sealed-damaged',
    );
    expect(codeOf(await openSealed(changed(text.indexOf('\n-> ') + 1), { identity }))).toBe('sealed-damaged');
    // A changed recipient stanza is indistinguishable from one for another key: age's design, not a gap.
    expect(codeOf(await openSealed(changed(text.indexOf('\n-> X25519 ') + 12), { identity }))).toBe(
      'wrong-key',
    );
  });

  it('reports sealed-damaged for a file cut short anywhere, in the header or the content', async () => {
    for (const length of [40, 150, 65_536 + 16 + 100, 3 * (65_536 + 16) + 200, large.sealed.length - 1]) {
      const cut = large.sealed.slice(0, length);
      expect(codeOf(await openSealed(cut, { identity })), `cut to ${length}`).toBe('sealed-damaged');
    }
  });

  it('reports sealed-too-large before decrypting a plaintext larger than it opens', async () => {
    const result = await openSealed(large.sealed, { identity }, { maxBytes: 65_536 });
    expect(codeOf(result)).toBe('sealed-too-large');
    expect(result.ok ? '' : result.message).toContain('age -d');
  });

  it('reports not-sealed for a plain bundle', async () => {
    expect(codeOf(await openSealed(bundle, { identity }))).toBe('not-sealed');
  });
});

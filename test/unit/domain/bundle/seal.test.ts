import { readFileSync, writeFileSync } from 'node:fs';
import { Decrypter } from 'age-encryption';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAgeRecipient } from '../../../../renderer/src/domain/bundle/age-recipient';
import { bundleStream } from '../../../../renderer/src/domain/bundle/build-bundle';
import { sealBytes, sealStream } from '../../../../renderer/src/domain/bundle/seal';
import { run, shell, tempDir } from '../crypto/stock-tools';
import { bundleInput, makeIdentity } from './bundle-fixture';

const temp = tempDir('seal');
afterAll(() => temp.remove());

const input = await bundleInput(await makeIdentity());
run('age-keygen', ['-o', temp.path('key.txt')]);
const recipient = run('age-keygen', ['-y', temp.path('key.txt')]).stdout.trim();

describe('sealing a bundle with age', () => {
  it('streams a bundle to an X25519 recipient that stock age -d -i opens', async () => {
    const sealed = await sealStream(bundleStream(input), { recipients: [recipient] });
    if (!sealed.ok) throw new Error(sealed.message);
    writeFileSync(
      temp.path('bundle.airr.age'),
      new Uint8Array(await new Response(sealed.value).arrayBuffer()),
    );
    const decrypt = run('age', [
      '-d',
      '-i',
      temp.path('key.txt'),
      '-o',
      temp.path('bundle.airr'),
      temp.path('bundle.airr.age'),
    ]);
    expect(decrypt.status).toBe(0);
    const check = shell(
      'mkdir -p out && cd out && unzip -q ../bundle.airr && sha256sum -c SHA256SUMS',
      temp.dir,
    );
    expect(check.status).toBe(0);
  });

  it('seals with a passphrase that stock age (on a pseudo-terminal) and the library both open', async () => {
    const bundle = new Uint8Array(await new Response(bundleStream(input)).arrayBuffer());
    const sealed = await sealBytes(bundle, { passphrase: 'correct horse battery staple' });
    if (!sealed.ok) throw new Error(sealed.message);
    writeFileSync(temp.path('pass.airr.age'), sealed.value);
    // age reads a passphrase only from a terminal; `script` gives it one and feeds our line to it.
    const decrypt = run(
      'script',
      ['-qec', `age -d -o ${temp.path('pass.airr')} ${temp.path('pass.airr.age')}`, '/dev/null'],
      {
        input: 'correct horse battery staple\n',
      },
    );
    expect(decrypt.status).toBe(0);
    expect(new Uint8Array(readFileSync(temp.path('pass.airr')))).toEqual(bundle);
    const decrypter = new Decrypter();
    decrypter.addPassphrase('correct horse battery staple');
    expect(await decrypter.decrypt(sealed.value)).toEqual(bundle);
  });

  it('refuses a short passphrase and an empty recipient list', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await sealBytes(bytes, { passphrase: 'short' })).toMatchObject({
      ok: false,
      code: 'weak-passphrase',
    });
    expect(await sealBytes(bytes, { recipients: [] })).toMatchObject({ ok: false, code: 'no-recipient' });
  });
});

describe('age recipients', () => {
  it('accepts an age-keygen recipient, trimming spaces and case', () => {
    expect(parseAgeRecipient(`  ${recipient.toUpperCase()}\n`)).toEqual({ ok: true, value: recipient });
  });

  it('explains what is wrong with a mistyped, secret or unsupported recipient', () => {
    const typo = recipient.slice(0, -1) + (recipient.endsWith('q') ? 'p' : 'q');
    const mistyped = parseAgeRecipient(typo);
    expect(mistyped).toMatchObject({ ok: false, code: 'recipient-invalid' });
    expect(!mistyped.ok && mistyped.message).toMatch(/checksum/);
    const secret = parseAgeRecipient('AGE-SECRET-KEY-1QQQ');
    expect(secret).toMatchObject({ ok: false, code: 'recipient-invalid' });
    expect(!secret.ok && secret.message).toMatch(/secret key/);
    expect(parseAgeRecipient('age1pq1abc')).toMatchObject({ ok: false, code: 'recipient-unsupported' });
    expect(parseAgeRecipient('ssh-ed25519 AAAA')).toMatchObject({ ok: false, code: 'recipient-invalid' });
    expect(parseAgeRecipient('')).toMatchObject({ ok: false, code: 'recipient-invalid' });
  });
});

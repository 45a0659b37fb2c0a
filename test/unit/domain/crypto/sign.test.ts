import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { utf8 } from '../../../../renderer/src/domain/crypto/bytes';
import { derSignatureToRaw, rawSignatureToDer } from '../../../../renderer/src/domain/crypto/ecdsa-der';
import { createIdentity } from '../../../../renderer/src/domain/crypto/identity';
import { parseCertificate } from '../../../../renderer/src/domain/crypto/parse-certificate';
import { signDetached, verifyDetached } from '../../../../renderer/src/domain/crypto/sign';
import { run, tempDir } from './stock-tools';

const temp = tempDir('sign');
afterAll(() => temp.remove());

async function signer() {
  const created = await createIdentity({
    name: 'Sam Ortiz',
    organization: '',
    email: '',
    passphrase: 'correct horse battery',
  });
  if (!created.ok) throw new Error(created.message);
  const parsed = await parseCertificate(created.value.certificate.pem);
  if (!parsed.ok) throw new Error(parsed.message);
  return { ...created.value, parsed: parsed.value };
}

describe('detached ECDSA-SHA256 signatures', () => {
  it('are verified by openssl dgst with the public key taken from the certificate', async () => {
    const { signingKey, certificate } = await signer();
    const data = utf8('line one\nline two\n');
    writeFileSync(temp.path('signer.pem'), certificate.pem);
    writeFileSync(temp.path('file'), data);
    for (let i = 0; i < 20; i++) {
      // Several signatures so short r/s and high-bit r/s encodings both occur.
      writeFileSync(temp.path('sig.der'), await signDetached(signingKey, data));
      const pub = run('openssl', ['x509', '-in', temp.path('signer.pem'), '-pubkey', '-noout']);
      writeFileSync(temp.path('pub.pem'), pub.stdout);
      const verify = run('openssl', [
        'dgst',
        '-sha256',
        '-verify',
        temp.path('pub.pem'),
        '-signature',
        temp.path('sig.der'),
        temp.path('file'),
      ]);
      expect(verify.stdout.trim()).toBe('Verified OK');
    }
  });

  it('verify with the certificate, and fail for other bytes or a corrupted signature', async () => {
    const { signingKey, parsed } = await signer();
    const signature = await signDetached(signingKey, utf8('payload'));
    expect(await verifyDetached(parsed, utf8('payload'), signature)).toBe(true);
    expect(await verifyDetached(parsed, utf8('payloaD'), signature)).toBe(false);
    expect(await verifyDetached(parsed, utf8('payload'), signature.subarray(1))).toBe(false);
  });

  it('accept signatures made by openssl over the same key type', async () => {
    run('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', temp.path('k.pem')]);
    run('openssl', [
      'req',
      '-new',
      '-x509',
      '-key',
      temp.path('k.pem'),
      '-out',
      temp.path('c.pem'),
      '-subj',
      '/CN=openssl',
      '-days',
      '1',
    ]);
    writeFileSync(temp.path('data'), 'from openssl');
    run('openssl', [
      'dgst',
      '-sha256',
      '-sign',
      temp.path('k.pem'),
      '-out',
      temp.path('o.sig'),
      temp.path('data'),
    ]);
    const { readFileSync } = await import('node:fs');
    const parsed = await parseCertificate(readFileSync(temp.path('c.pem'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(
      await verifyDetached(
        parsed.value,
        utf8('from openssl'),
        new Uint8Array(readFileSync(temp.path('o.sig'))),
      ),
    ).toBe(true);
  });

  it('convert raw r||s to minimal DER and back for any value', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (raw) => {
        const der = rawSignatureToDer(raw);
        expect(derSignatureToRaw(der)).toEqual(raw);
        const rLength = der[3] ?? 0;
        expect(der[4] === 0 ? (der[5] ?? 0) >= 0x80 : true).toBe(true);
        expect(rLength).toBeLessThanOrEqual(33);
      }),
    );
  });
});

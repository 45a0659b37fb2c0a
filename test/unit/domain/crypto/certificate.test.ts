import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createIdentity } from '../../../../renderer/src/domain/crypto/identity';
import { parseCertificate } from '../../../../renderer/src/domain/crypto/parse-certificate';
import { run, tempDir } from './stock-tools';

const temp = tempDir('cert');
afterAll(() => temp.remove());

async function identity() {
  const result = await createIdentity(
    {
      name: 'Dana Whitfield',
      organization: 'Water Authority',
      email: 'dana@example.org',
      passphrase: 'correct horse battery',
      validityYears: 5,
    },
    new Date('2026-03-01T10:00:00.500Z'),
  );
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('self-signed certificate', () => {
  it('is read by openssl with the subject, key usage and constraints we asked for', async () => {
    const { certificate } = await identity();
    writeFileSync(temp.path('signer.pem'), certificate.pem);
    const text = run('openssl', ['x509', '-in', temp.path('signer.pem'), '-noout', '-text']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Version: 3');
    expect(text.stdout).toContain(
      'Subject: CN = Dana Whitfield, O = Water Authority, emailAddress = dana@example.org',
    );
    expect(text.stdout).toMatch(/Key Usage: critical\s+Digital Signature, Non Repudiation/);
    expect(text.stdout).toMatch(/Basic Constraints: critical\s+CA:FALSE/);
    expect(text.stdout).toContain('Subject Key Identifier');
    expect(text.stdout).toContain('email:dana@example.org');
    expect(text.stdout).toContain('Signature Algorithm: ecdsa-with-SHA256');
    expect(text.stdout).toContain('Not Before: Mar  1 10:00:00 2026 GMT');
    expect(text.stdout).toContain('Not After : Mar  1 10:00:00 2031 GMT');
    expect(
      run('openssl', ['verify', '-CAfile', temp.path('signer.pem'), temp.path('signer.pem')]).status,
    ).toBe(0);
  });

  it('has the fingerprint openssl computes, in colon and compact form', async () => {
    const { certificate } = await identity();
    writeFileSync(temp.path('fp.pem'), certificate.pem);
    const out = run('openssl', [
      'x509',
      '-in',
      temp.path('fp.pem'),
      '-noout',
      '-fingerprint',
      '-sha256',
    ]).stdout;
    expect(out.trim()).toBe(`sha256 Fingerprint=${certificate.fingerprint.colon}`);
    expect(certificate.fingerprint.compact).toBe(
      certificate.fingerprint.colon.replace(/:/g, '').toLowerCase(),
    );
  });

  it('parses back from PEM and DER with subject, validity and a verify key', async () => {
    const { certificate } = await identity();
    for (const input of [certificate.pem, certificate.der]) {
      const parsed = await parseCertificate(input);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(parsed.value.subject).toEqual({
        name: 'Dana Whitfield',
        organization: 'Water Authority',
        email: 'dana@example.org',
      });
      expect(parsed.value.fingerprint).toEqual(certificate.fingerprint);
      expect(parsed.value.notBefore.toISOString()).toBe('2026-03-01T10:00:00.000Z');
      expect(parsed.value.notAfter.toISOString()).toBe('2031-03-01T10:00:00.000Z');
      expect(parsed.value.publicKey.usages).toEqual(['verify']);
    }
  });

  it('rejects text without a certificate and a certificate with another key type', async () => {
    expect(await parseCertificate('hello')).toMatchObject({ ok: false, code: 'certificate-unreadable' });
    expect(await parseCertificate(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]))).toMatchObject({
      ok: false,
      code: 'certificate-unreadable',
    });
    run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      temp.path('rsa.key'),
      '-out',
      temp.path('rsa.pem'),
      '-subj',
      '/CN=rsa',
      '-days',
      '1',
    ]);
    const { readFileSync } = await import('node:fs');
    const rsa = await parseCertificate(readFileSync(temp.path('rsa.pem'), 'utf8'));
    expect(rsa).toMatchObject({ ok: false, code: 'certificate-not-p256' });
  });
});

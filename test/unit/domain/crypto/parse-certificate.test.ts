import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64 } from '../../../../renderer/src/domain/crypto/bytes';
import { createSelfSignedCertificate } from '../../../../renderer/src/domain/crypto/certificate';
import { createIdentity } from '../../../../renderer/src/domain/crypto/identity';
import { parseCertificate } from '../../../../renderer/src/domain/crypto/parse-certificate';
import { toPem } from '../../../../renderer/src/domain/crypto/pem';
import {
  concat,
  joinCertificate,
  joinTbs,
  readTlv,
  splitCertificate,
  tbsFields,
  tlv,
} from './helpers/der-edit';
import { run, tempDir } from './stock-tools';

const temp = tempDir('parse-cert');
afterAll(() => temp.remove());

function openssl(args: string[]): string {
  const result = run('openssl', args);
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** The fingerprint openssl prints for a certificate file, without its "sha256 Fingerprint=" prefix. */
function opensslFingerprint(path: string, inform: 'PEM' | 'DER' = 'PEM'): string {
  const out = openssl(['x509', '-inform', inform, '-in', path, '-noout', '-fingerprint', '-sha256']);
  return out.trim().replace(/^sha256 Fingerprint=/i, '');
}

/** A self-signed certificate made by openssl itself; `args` add key and signing options. */
function opensslCertificate(name: string, keyArgs: string[], extra: string[] = []): string {
  const key = temp.path(`${name}.key`);
  const pem = temp.path(`${name}.pem`);
  openssl(['req', '-x509', ...keyArgs, '-nodes', '-keyout', key, '-out', pem, '-days', '30', ...extra]);
  return pem;
}

const P256 = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'];

async function appCertificate(name: string) {
  const created = await createIdentity({
    name,
    organization: 'Water Authority',
    email: 'dana@example.org',
    passphrase: 'correct horse battery',
  });
  if (!created.ok) throw new Error(created.message);
  return created.value.certificate;
}

let valid: Uint8Array;
let validPem: string;

beforeAll(async () => {
  const certificate = await appCertificate('Dana Whitfield');
  valid = certificate.der;
  validPem = certificate.pem;
});

async function codeOf(input: string | Uint8Array): Promise<string> {
  const parsed = await parseCertificate(input);
  return parsed.ok ? 'accepted' : parsed.code;
}

describe('parseCertificate agrees with openssl', () => {
  it('computes the fingerprint openssl prints, over the exact DER, for app-made and openssl-made certificates', async () => {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    const bare = await createSelfSignedCertificate(keys, { name: 'No Org', organization: '', email: '' }, 1);
    const files: string[] = [];
    for (const [index, pem] of [
      validPem,
      (await appCertificate('Ana Long '.repeat(20))).pem,
      bare.pem,
    ].entries()) {
      const path = temp.path(`app-${index}.pem`);
      writeFileSync(path, pem);
      files.push(path);
    }
    files.push(opensslCertificate('plain', P256, ['-sha256', '-subj', '/CN=Plain OpenSSL']));
    files.push(
      opensslCertificate('ext', P256, [
        '-sha256',
        '-subj',
        '/CN=With Extensions/O=Region 9 CSA/emailAddress=ext@example.org',
        '-addext',
        'subjectAltName=email:ext@example.org',
        '-addext',
        'keyUsage=critical,digitalSignature,nonRepudiation',
      ]),
    );
    for (const path of files) {
      const parsed = await parseCertificate(readFileSync(path, 'utf8'));
      if (!parsed.ok) throw new Error(`${path}: ${parsed.message}`);
      expect(parsed.value.fingerprint.colon).toBe(opensslFingerprint(path));
      // The DER openssl writes is byte for byte what the app hashed, and reads back to the same fingerprint.
      const derPath = `${path}.der`;
      openssl(['x509', '-in', path, '-outform', 'DER', '-out', derPath]);
      const der = new Uint8Array(readFileSync(derPath));
      expect(der).toEqual(parsed.value.der);
      const fromDer = await parseCertificate(der);
      expect(fromDer.ok && fromDer.value.fingerprint).toEqual(parsed.value.fingerprint);
      expect(parsed.value.fingerprint.compact).toBe(run('sha256sum', [derPath]).stdout.slice(0, 64));
    }
  });

  it('reads PEM with CRLF line ends and surrounding whitespace', async () => {
    const crlf = `\r\n  ${validPem.replace(/\n/g, '\r\n')}\r\n\r\n`;
    expect(await codeOf(crlf)).toBe('accepted');
  });
});

describe('parseCertificate refuses', () => {
  it('text that is not exactly one PEM certificate', async () => {
    expect(await codeOf('hello')).toBe('certificate-unreadable');
    expect(await codeOf(validPem.replace(/CERTIFICATE/g, 'PUBLIC KEY'))).toBe('certificate-unreadable');
    expect(await codeOf(validPem.replace('-----END CERTIFICATE-----', ''))).toBe('certificate-unreadable');
    expect(await codeOf(validPem + validPem)).toBe('certificate-pem-multiple');
    expect(await codeOf(`Bag Attributes\n${validPem}`)).toBe('certificate-pem-extra-text');
    expect(await codeOf(`${validPem}trailing words\n`)).toBe('certificate-pem-extra-text');
  });

  it('PEM whose body is not canonical base64', async () => {
    const lines = validPem.split('\n');
    const withBang = [...lines.slice(0, 2), `!${lines[2] ?? ''}`, ...lines.slice(3)].join('\n');
    expect(await codeOf(withBang)).toBe('certificate-pem-bad-base64');
    // Same bytes, different text: the last base64 character before padding carries unused bits. Only a DER
    // whose length is not a multiple of 3 has padding, so pick such a certificate.
    let padded = valid;
    for (let tries = 0; padded.length % 3 === 0 && tries < 30; tries++)
      padded = (await appCertificate('Dana Whitfield')).der;
    const body = toBase64(padded);
    const padding = body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0;
    expect(padding).toBeGreaterThan(0);
    const last = body.length - padding - 1;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const tweaked = `${body.slice(0, last)}${alphabet[alphabet.indexOf(body[last] ?? 'A') + 1]}${body.slice(last + 1)}`;
    expect(await codeOf(`-----BEGIN CERTIFICATE-----\n${tweaked}\n-----END CERTIFICATE-----\n`)).toBe(
      'certificate-pem-bad-base64',
    );
  });

  it('inputs far larger than a certificate, before reading them', async () => {
    expect(await codeOf(new Uint8Array(16 * 1024 + 1))).toBe('certificate-too-large');
    expect(await codeOf(' '.repeat(40_000) + validPem)).toBe('certificate-too-large');
  });

  it('bytes after the certificate, in DER and in PEM, which openssl would silently ignore', async () => {
    const padded = concat(valid, new Uint8Array([0]));
    expect(await codeOf(padded)).toBe('certificate-trailing-bytes');
    expect(await codeOf(toPem(padded, 'CERTIFICATE'))).toBe('certificate-trailing-bytes');
    const path = temp.path('trailing.der');
    writeFileSync(path, padded);
    // openssl reads the certificate and ignores the extra byte: the file's hash is not what openssl shows.
    const sha = run('sha256sum', [path]).stdout.slice(0, 64);
    expect(opensslFingerprint(path, 'DER').replace(/:/g, '').toLowerCase()).not.toBe(sha);
  });

  it('BER encodings that openssl would re-encode, so its fingerprint would differ from the file', async () => {
    const longLength = joinCertificate(splitCertificate(valid), 3);
    expect(await codeOf(longLength)).toBe('certificate-not-der');
    const path = temp.path('long-length.der');
    writeFileSync(path, longLength);
    expect(run('sha256sum', [path]).stdout.slice(0, 64)).not.toBe(
      opensslFingerprint(path, 'DER').replace(/:/g, '').toLowerCase(),
    );
    const outer = readTlv(valid);
    const indefinite = concat(new Uint8Array([0x30, 0x80]), outer.content, new Uint8Array([0, 0]));
    expect(await codeOf(indefinite)).toBe('certificate-not-der');
    let deep: Uint8Array = new Uint8Array([0x05, 0x00]);
    for (let i = 0; i < 40; i++) deep = tlv(0x30, deep);
    expect(await codeOf(deep)).toBe('certificate-not-der');
  });

  it('a signature in a non-minimal DER form or with unused bits', async () => {
    const parts = splitCertificate(valid);
    const sequence = readTlv(parts.signature);
    const r = readTlv(sequence.content);
    const s = readTlv(sequence.content, r.end);
    const padded = tlv(0x30, concat(tlv(0x02, concat(new Uint8Array([0]), r.content)), s.whole));
    expect(await codeOf(joinCertificate({ ...parts, signature: padded }))).toBe('certificate-not-der');
    const bits = tlv(0x03, concat(new Uint8Array([1]), parts.signature));
    expect(await codeOf(tlv(0x30, concat(parts.tbs, parts.algorithm, bits)))).toBe('certificate-not-der');
  });

  it('a certificate altered after signing, or carrying another key’s signature', async () => {
    const parts = splitCertificate(valid);
    const fields = tbsFields(parts.tbs);
    const serial = fields[1] ?? new Uint8Array();
    const changedSerial = new Uint8Array(serial);
    changedSerial[changedSerial.length - 1] = (serial[serial.length - 1] ?? 0) ^ 0x01;
    const forged = joinTbs([fields[0] ?? new Uint8Array(), changedSerial, ...fields.slice(2)]);
    expect(await codeOf(joinCertificate({ ...parts, tbs: forged }))).toBe('certificate-bad-self-signature');
    const other = splitCertificate((await appCertificate('Dana Whitfield')).der);
    expect(await codeOf(joinCertificate({ ...parts, signature: other.signature }))).toBe(
      'certificate-bad-self-signature',
    );
  });

  it('every single-byte change anywhere in a certificate', async () => {
    for (let index = 0; index < valid.length; index++) {
      const changed = new Uint8Array(valid);
      changed[index] = (valid[index] ?? 0) ^ 0x01;
      expect({ index, code: await codeOf(changed) }).not.toEqual({ index, code: 'accepted' });
    }
  });

  it('keys other than P-256, other signature hashes, and certificates issued by someone else', async () => {
    const rsa = opensslCertificate('rsa', ['-newkey', 'rsa:2048'], ['-subj', '/CN=rsa']);
    expect(await codeOf(readFileSync(rsa, 'utf8'))).toBe('certificate-not-p256');
    const p384 = opensslCertificate(
      'p384',
      ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp384r1'],
      ['-subj', '/CN=p384'],
    );
    expect(await codeOf(readFileSync(p384, 'utf8'))).toBe('certificate-not-p256');
    const sha384 = opensslCertificate('sha384', P256, ['-sha384', '-subj', '/CN=sha384']);
    expect(await codeOf(readFileSync(sha384, 'utf8'))).toBe('certificate-not-ecdsa-sha256');

    for (const [name, caSubject] of [
      ['issued', '/CN=Some CA'],
      ['same-name', '/CN=Leaf'],
    ] as const) {
      const ca = opensslCertificate(`${name}-ca`, P256, ['-sha256', '-subj', caSubject]);
      const leafKey = temp.path(`${name}-leaf.key`);
      openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', leafKey]);
      const csr = temp.path(`${name}-leaf.csr`);
      openssl(['req', '-new', '-key', leafKey, '-subj', '/CN=Leaf', '-out', csr]);
      const leaf = temp.path(`${name}-leaf.pem`);
      openssl([
        'x509',
        '-req',
        '-in',
        csr,
        '-CA',
        ca,
        '-CAkey',
        `${ca.slice(0, -4)}.key`,
        '-sha256',
        '-days',
        '1',
        '-out',
        leaf,
      ]);
      expect(await codeOf(readFileSync(leaf, 'utf8'))).toBe(
        name === 'issued' ? 'certificate-not-self-signed' : 'certificate-bad-self-signature',
      );
    }
  });
});

import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { fromBase64, utf8 } from '../../../../renderer/src/domain/crypto/bytes';
import { createIdentity } from '../../../../renderer/src/domain/crypto/identity';
import {
  buildPackFile,
  MAX_PACK_FILE_BYTES,
  readPackFile,
} from '../../../../renderer/src/domain/framework/pack-file';
import { makePackV2 } from '../../../fixtures/packs/pack-v2';
import { run, tempDir } from '../crypto/stock-tools';

const temp = tempDir('pack-file');
afterAll(() => temp.remove());

async function publisher() {
  const created = await createIdentity({
    name: 'Pack Publisher',
    organization: 'Framework Office',
    email: '',
    passphrase: 'a long test passphrase',
  });
  if (!created.ok) throw new Error(created.message);
  return {
    signingKey: created.value.signingKey,
    certificatePem: created.value.certificate.pem,
    fingerprint: created.value.certificate.fingerprint.compact,
  };
}

const packBytes = () => utf8(JSON.stringify(makePackV2()));
const envelopeOf = (bytes: Uint8Array) =>
  JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
const bytesOf = (value: unknown) => utf8(JSON.stringify(value));

async function refusal(bytes: Uint8Array): Promise<{ code: string; message: string }> {
  const result = await readPackFile(bytes);
  if (result.ok) throw new Error('expected the pack file to be refused');
  return result;
}

describe('readPackFile', () => {
  it('reads a signed pack file and names its signer by the certificate fingerprint', async () => {
    const key = await publisher();
    const result = await readPackFile(await buildPackFile(packBytes(), key));
    if (!result.ok) throw new Error(result.message);
    expect(result.value.pack.version).toBe('2.0.0');
    expect(result.value.signature).toMatchObject({
      kind: 'signed',
      fingerprint: key.fingerprint,
      name: 'Pack Publisher',
      organization: 'Framework Office',
    });
    expect(result.value.packSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads an unsigned pack file and a bare pack JSON as unsigned', async () => {
    const wrapped = await readPackFile(await buildPackFile(packBytes()));
    const bare = await readPackFile(packBytes());
    expect(wrapped.ok && wrapped.value.signature).toEqual({ kind: 'unsigned' });
    expect(bare.ok && bare.value.signature).toEqual({ kind: 'unsigned' });
  });

  it('has a signature openssl dgst verifies over the decoded pack bytes', async () => {
    const key = await publisher();
    const envelope = envelopeOf(await buildPackFile(packBytes(), key));
    writeFileSync(temp.path('pack.json'), fromBase64(envelope.pack as string));
    writeFileSync(temp.path('pack.json.sig'), fromBase64(envelope.signature as string));
    writeFileSync(temp.path('signer.pem'), envelope.signer as string);
    writeFileSync(
      temp.path('pub.pem'),
      run('openssl', ['x509', '-in', temp.path('signer.pem'), '-pubkey', '-noout']).stdout,
    );
    const verify = run('openssl', [
      'dgst',
      '-sha256',
      '-verify',
      temp.path('pub.pem'),
      '-signature',
      temp.path('pack.json.sig'),
      temp.path('pack.json'),
    ]);
    expect(verify.stdout.trim()).toBe('Verified OK');
  });

  it('refuses a signed pack changed after signing as pack-signature-invalid', async () => {
    const key = await publisher();
    const envelope = envelopeOf(await buildPackFile(packBytes(), key));
    const tampered = utf8(JSON.stringify({ ...makePackV2(), title: 'Changed after signing' }));
    envelope.pack = Buffer.from(tampered).toString('base64');
    const result = await refusal(bytesOf(envelope));
    expect(result.code).toBe('pack-signature-invalid');
    expect(result.message).toContain('does not match the pack');
  });

  it('refuses a pack signed by one key but carrying another certificate', async () => {
    const [a, b] = [await publisher(), await publisher()];
    const envelope = envelopeOf(await buildPackFile(packBytes(), a));
    envelope.signer = b.certificatePem;
    expect((await refusal(bytesOf(envelope))).code).toBe('pack-signature-invalid');
  });

  it('refuses a signature without a certificate', async () => {
    const envelope = envelopeOf(await buildPackFile(packBytes(), await publisher()));
    delete envelope.signer;
    expect((await refusal(bytesOf(envelope))).code).toBe('pack-signature-incomplete');
  });

  it('refuses a signer certificate that cannot be read', async () => {
    const envelope = envelopeOf(await buildPackFile(packBytes(), await publisher()));
    envelope.signer = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n';
    expect((await refusal(bytesOf(envelope))).code).toBe('pack-signer-invalid');
  });

  it('refuses a file over the size cap before reading it', async () => {
    const result = await refusal(new Uint8Array(MAX_PACK_FILE_BYTES + 1));
    expect(result.code).toBe('pack-file-too-large');
    expect(result.message).toBe('The pack file is refused: it is larger than 4 MiB.');
  });

  it('refuses text that is not JSON, and JSON with a key twice', async () => {
    expect((await refusal(utf8('not json'))).code).toBe('pack-file-not-json');
    const twice = await refusal(utf8('{"format":"airr-pack-file","format":"airr-pack-file"}'));
    expect(twice.code).toBe('pack-file-not-json');
    expect(twice.message).toContain('twice');
  });

  it('refuses JSON of another format, and a newer pack file version', async () => {
    expect((await refusal(bytesOf({ format: 'airr-backup' }))).code).toBe('pack-file-unknown-format');
    const newer = envelopeOf(await buildPackFile(packBytes()));
    newer.formatVersion = 2;
    expect((await refusal(bytesOf(newer))).code).toBe('pack-file-newer-version');
  });

  it('refuses an envelope with an unknown field or a bad base64 pack', async () => {
    const extra = { ...envelopeOf(await buildPackFile(packBytes())), note: 'hi' };
    expect((await refusal(bytesOf(extra))).code).toBe('pack-file-malformed');
    const broken = { ...envelopeOf(await buildPackFile(packBytes())), pack: 'abc' };
    expect((await refusal(bytesOf(broken))).code).toBe('pack-file-malformed');
  });

  it('refuses a pack that breaks the pack schema or its rules, naming the problem', async () => {
    const pack = makePackV2();
    pack.practices.push({ ...pack.practices[0]! });
    const result = await refusal(await buildPackFile(utf8(JSON.stringify(pack))));
    expect(result.code).toBe('pack-invalid');
    expect(result.message).toContain('appears more than once');
  });
});

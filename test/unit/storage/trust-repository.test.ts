import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../renderer/src/storage/import-pipeline';
import {
  addTrustedSigner,
  isTrusted,
  MAX_LABEL_LENGTH,
  listTrustedSigners,
  readTrustCandidate,
  removeTrustedSigner,
} from '../../../renderer/src/storage/trust-repository';
import { prepareImport } from '../../../renderer/src/storage/import-pipeline';
import { makeSigner, type TestSigner } from '../domain/import/helpers/test-bundle';
import { bundleAt, freshDb } from './helpers/import-fixtures';

let signer: TestSigner;

beforeAll(async () => {
  signer = await makeSigner();
});

describe('trust repository', () => {
  it('reads a certificate into its subject and fingerprint before anything is stored', async () => {
    const read = await readTrustCandidate(`\n  ${signer.certificate.pem}\n\n`);
    if (!read.ok) throw new Error(read.message);
    expect(read.value.fingerprint).toBe(signer.certificate.fingerprint.compact);
    expect(read.value.fingerprintColon).toBe(signer.certificate.fingerprint.colon);
    expect(read.value.subject.name).toBe('Ada Lovelace');
    expect(read.value.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
  });

  it('refuses text that is not exactly one certificate', async () => {
    const db = await freshDb();
    const hex = signer.certificate.fingerprint.compact;
    expect(await addTrustedSigner(db, 'hello', 'x', hex)).toMatchObject({
      ok: false,
      code: 'certificate-unreadable',
    });
    expect(await addTrustedSigner(db, `some text before\n${signer.certificate.pem}`, 'x', hex)).toMatchObject(
      {
        ok: false,
        code: 'certificate-pem-extra-text',
      },
    );
    expect(await listTrustedSigners(db)).toEqual([]);
  });

  it('stores nothing unless the whole confirmed fingerprint is the certificate’s', async () => {
    const db = await freshDb();
    const hex = signer.certificate.fingerprint.compact;
    const oneOff = `${hex[0] === '0' ? '1' : '0'}${hex.slice(1)}`;
    for (const confirmed of [oneOff, hex.slice(-8), hex.slice(0, 63), ''])
      expect(await addTrustedSigner(db, signer.certificate.pem, 'Ada', confirmed)).toMatchObject({
        ok: false,
        code: 'fingerprint-not-confirmed',
      });
    expect(await listTrustedSigners(db)).toEqual([]);
    const spaced = hex.toUpperCase().replace(/(.{4})/g, '$1 ');
    expect((await addTrustedSigner(db, signer.certificate.pem, 'Ada', spaced)).ok).toBe(true);
    expect(await listTrustedSigners(db)).toHaveLength(1);
  });

  it('refuses a label longer than the limit as label-invalid, storing nothing', async () => {
    const db = await freshDb();
    const long = 'x'.repeat(MAX_LABEL_LENGTH + 1);
    expect(
      await addTrustedSigner(db, signer.certificate.pem, long, signer.certificate.fingerprint.compact),
    ).toMatchObject({ ok: false, code: 'label-invalid' });
    expect(await listTrustedSigners(db)).toEqual([]);
  });

  it('adds, lists, looks up and removes a signer, labelled from the certificate when no label is given', async () => {
    const db = await freshDb();
    const added = await addTrustedSigner(
      db,
      signer.certificate.pem,
      '  ',
      signer.certificate.fingerprint.colon,
      new Date('2025-05-01T00:00:00Z'),
    );
    expect(added).toMatchObject({
      ok: true,
      value: { label: 'Ada Lovelace, CISA Region 4', subjectName: 'Ada Lovelace' },
    });
    expect((await listTrustedSigners(db)).map((row) => row.fingerprint)).toEqual([
      signer.certificate.fingerprint.compact,
    ]);
    expect(await isTrusted(db, signer.certificate.fingerprint.colon)).toBe(true);
    await addTrustedSigner(
      db,
      signer.certificate.pem,
      'Ada (Region 4)',
      signer.certificate.fingerprint.compact,
    );
    const [row] = await listTrustedSigners(db);
    expect(row).toMatchObject({ label: 'Ada (Region 4)', addedAt: '2025-05-01T00:00:00.000Z' });
    expect(await removeTrustedSigner(db, signer.certificate.fingerprint.compact)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await isTrusted(db, signer.certificate.fingerprint.compact)).toBe(false);
  });

  it('makes verdicts follow the store: unknown, trusted after adding, unknown after removing', async () => {
    const db = await freshDb();
    const bytes = await bundleAt(signer, 3);
    const status = async () => {
      const result = await prepareImport(db, bytes);
      return result.ok ? result.value.verdict.status : result.code;
    };
    expect(await status()).toBe('unknown-signer');
    await addTrustedSigner(db, signer.certificate.pem, 'Ada', signer.certificate.fingerprint.compact);
    expect(await status()).toBe('trusted');
    await removeTrustedSigner(db, signer.certificate.fingerprint.compact);
    expect(await status()).toBe('unknown-signer');
    expect((await importBundle(db, bytes)).ok).toBe(true);
  });
});

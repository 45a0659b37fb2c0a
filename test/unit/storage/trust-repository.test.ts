import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../renderer/src/storage/import-pipeline';
import {
  addTrustedSigner,
  isTrusted,
  listTrustedSigners,
  readTrustCandidate,
  removeTrustedSigner,
} from '../../../renderer/src/storage/trust-repository';
import { prepareImport } from '../../../renderer/src/storage/import-pipeline';
import { makeSigner, type TestSigner } from '../import/helpers/test-bundle';
import { bundleAt, freshDb } from './helpers/import-fixtures';

let signer: TestSigner;

beforeAll(async () => {
  signer = await makeSigner();
});

describe('trust repository', () => {
  it('reads a certificate into its subject and fingerprint before anything is stored', async () => {
    const read = await readTrustCandidate(`some text before\n${signer.certificate.pem}`);
    if (!read.ok) throw new Error(read.message);
    expect(read.candidate.fingerprint).toBe(signer.certificate.fingerprint.compact);
    expect(read.candidate.fingerprintColon).toBe(signer.certificate.fingerprint.colon);
    expect(read.candidate.subject.name).toBe('Ada Lovelace');
    expect(read.candidate.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
  });

  it('refuses text that is not a certificate', async () => {
    const db = await freshDb();
    expect(await addTrustedSigner(db, 'hello', 'x')).toMatchObject({
      ok: false,
      code: 'certificate-unreadable',
    });
    expect(await listTrustedSigners(db)).toEqual([]);
  });

  it('adds, lists, looks up and removes a signer, labelled from the certificate when no label is given', async () => {
    const db = await freshDb();
    const added = await addTrustedSigner(db, signer.certificate.pem, '  ', new Date('2025-05-01T00:00:00Z'));
    expect(added).toMatchObject({
      ok: true,
      signer: { label: 'Ada Lovelace, CISA Region 4', subjectName: 'Ada Lovelace' },
    });
    expect((await listTrustedSigners(db)).map((row) => row.fingerprint)).toEqual([
      signer.certificate.fingerprint.compact,
    ]);
    expect(await isTrusted(db, signer.certificate.fingerprint.colon)).toBe(true);
    await addTrustedSigner(db, signer.certificate.pem, 'Ada (Region 4)');
    const [row] = await listTrustedSigners(db);
    expect(row).toMatchObject({ label: 'Ada (Region 4)', addedAt: '2025-05-01T00:00:00.000Z' });
    expect(await removeTrustedSigner(db, signer.certificate.fingerprint.compact)).toEqual({ ok: true });
    expect(await isTrusted(db, signer.certificate.fingerprint.compact)).toBe(false);
  });

  it('makes verdicts follow the store: unknown, trusted after adding, unknown after removing', async () => {
    const db = await freshDb();
    const bytes = await bundleAt(signer, 3);
    const status = async () => {
      const result = await prepareImport(db, bytes);
      return result.ok ? result.prepared.verdict.status : result.code;
    };
    expect(await status()).toBe('unknown-signer');
    await addTrustedSigner(db, signer.certificate.pem, 'Ada');
    expect(await status()).toBe('trusted');
    await removeTrustedSigner(db, signer.certificate.fingerprint.compact);
    expect(await status()).toBe('unknown-signer');
    expect((await importBundle(db, bytes)).ok).toBe(true);
  });
});

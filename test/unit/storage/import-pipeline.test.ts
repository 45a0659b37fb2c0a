import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../../../renderer/src/domain/crypto/bytes';
import { sealBytes } from '../../../renderer/src/domain/bundle/seal';
import { importBundle } from '../../../renderer/src/storage/import-pipeline';
import {
  canonicalJsonBytes,
  makeSigner,
  packFiles,
  packRaw,
  signFiles,
  validBundle,
  type BundleFile,
  type TestSigner,
} from '../domain/import/helpers/test-bundle';
import { sampleDocument } from '../domain/import/helpers/sample-document';
import { bundleAt, dump, freshDb } from './helpers/import-fixtures';

let signer: TestSigner;
let files: BundleFile[];

beforeAll(async () => {
  signer = await makeSigner();
  files = (await validBundle(signer)).files;
});

function replaced(name: string, bytes: Uint8Array): BundleFile[] {
  return files.map((file) => (file.name === name ? { name, bytes } : file));
}

function flipped(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[0] = (copy[0] ?? 0) ^ 0xff;
  return copy;
}

/** Rejected bundles, each with the code the pipeline must give. */
async function corpus(): Promise<Array<[string, Uint8Array, string]>> {
  const evidence = files.find((file) => file.name.startsWith('evidence/'))!;
  const edited = canonicalJsonBytes(sampleDocument({ revision: 9 }));
  const otherSigner = await makeSigner('Mallory');
  return [
    ['not a zip', utf8('hello, I am not a bundle'), 'not-a-zip'],
    ['a truncated bundle', packFiles(files).subarray(0, 300), 'truncated'],
    [
      'an evidence byte flipped',
      packFiles(replaced(evidence.name, flipped(evidence.bytes))),
      'hash-mismatch',
    ],
    [
      'assessment.json edited, not re-signed',
      packFiles(replaced('assessment.json', edited)),
      'hash-mismatch',
    ],
    [
      'signed by a key other than signer.pem',
      packFiles(await signFiles(files, otherSigner)),
      'bad-signature',
    ],
    ['a traversal path', packRaw([...files, { name: '../evil', bytes: utf8('x') }]), 'unsafe-path'],
  ];
}

describe('the import pipeline on rejected bundles', () => {
  it('rejects each with its code and leaves the database exactly as it was', async () => {
    const db = await freshDb();
    await importBundle(db, await bundleAt(signer, 2));
    const before = await dump(db);
    for (const [what, bytes, code] of await corpus()) {
      const result = await importBundle(db, bytes);
      expect(result.ok, what).toBe(false);
      expect(!result.ok && result.code, what).toBe(code);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('opens a sealed bundle with the passphrase and refuses a wrong one without writing', async () => {
    const db = await freshDb();
    const sealed = await sealBytes(await bundleAt(signer, 3), { passphrase: 'correct horse battery' });
    if (!sealed.ok) throw new Error(sealed.message);
    const wrong = await importBundle(db, sealed.value, { key: { passphrase: 'wrong horse battery' } });
    expect(wrong).toMatchObject({ ok: false, code: 'wrong-key' });
    expect((await dump(db)).assessments).toEqual([]);
    const right = await importBundle(db, sealed.value, { key: { passphrase: 'correct horse battery' } });
    expect(right).toMatchObject({ ok: true, value: { outcome: 'added' } });
  });
});

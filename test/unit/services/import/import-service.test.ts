import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealBytes } from '../../../../renderer/src/domain/bundle/seal';
import type { OpenedFile } from '../../../../renderer/src/platform';
import {
  acceptImport,
  readBundleFile,
  verifyImport,
} from '../../../../renderer/src/services/import/import-service';
import { makeSigner, type TestSigner } from '../../domain/import/helpers/test-bundle';
import { bundleAt, dump, freshDb } from '../../storage/helpers/import-fixtures';

let signer: TestSigner;
beforeAll(async () => {
  signer = await makeSigner();
});

function opened(name: string, blob: Blob): OpenedFile {
  return { name, size: blob.size, blob };
}

describe('the import service', () => {
  it('refuses a file larger than any bundle before reading a byte of it', async () => {
    let sliced = false;
    const huge = {
      size: 2 ** 40 + 1,
      slice: () => {
        sliced = true;
        return new Blob([]);
      },
    } as unknown as Blob;
    const read = await readBundleFile({ name: 'huge.airr', size: huge.size, blob: huge });
    expect(read).toMatchObject({ ok: false, code: 'bundle-too-large' });
    expect(sliced).toBe(false);
  });

  it('reads a bundle and says whether it needs a key first', async () => {
    const bytes = await bundleAt(signer, 1);
    const file = new Blob([new Uint8Array(bytes)]);
    const plain = await readBundleFile(opened('site.airr', file));
    expect(plain).toEqual({ ok: true, value: { file, sealed: false } });
    const sealed = await sealBytes(bytes, { passphrase: 'a long passphrase here' });
    if (!sealed.ok) throw new Error(sealed.message);
    const read = await readBundleFile(opened('site.airr.age', new Blob([new Uint8Array(sealed.value)])));
    expect(read.ok && read.value.sealed).toBe(true);
  });

  it('verifies and previews without writing, then stores only on accept; a sealed one asks for its key', async () => {
    const db = await freshDb();
    const before = await dump(db);
    const bytes = await bundleAt(signer, 1);
    const sealed = await sealBytes(bytes, { passphrase: 'a long passphrase here' });
    if (!sealed.ok) throw new Error(sealed.message);
    const sealedFile = new Blob([new Uint8Array(sealed.value)]);
    expect(await verifyImport(db, sealedFile, { passphrase: 'not the passphrase' })).toMatchObject({
      kind: 'needs-key',
      failure: { code: 'wrong-key' },
    });
    const outcome = await verifyImport(db, sealedFile, { passphrase: 'a long passphrase here' });
    if (outcome.kind !== 'verified') throw new Error(`not verified: ${outcome.kind}`);
    expect(outcome.plan.kind).toBe('new');
    expect(await dump(db)).toEqual(before);

    const accepted = await acceptImport(db, outcome.prepared, {});
    expect(accepted).toMatchObject({ kind: 'stored', stored: { outcome: 'added', revision: 1 } });
    expect((await dump(db)).assessments).toHaveLength(1);
  });

  it('rejects a tampered bundle with the verifier’s code and stores nothing', async () => {
    const db = await freshDb();
    const bytes = await bundleAt(signer, 1);
    const tampered = new Uint8Array(bytes);
    // A byte in the middle of the archive: inside some entry's data, so a hash or CRC no longer matches.
    const middle = Math.floor(tampered.length / 2);
    tampered[middle] = (tampered[middle] ?? 0) ^ 0xff;
    const outcome = await verifyImport(db, new Blob([tampered]));
    expect(outcome.kind).toBe('rejected');
    if (outcome.kind === 'rejected') expect(outcome.failure.code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect((await dump(db)).assessments).toEqual([]);
  });
});

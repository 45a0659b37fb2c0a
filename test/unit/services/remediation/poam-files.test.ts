import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildPackFile, readPackFile } from '../../../../renderer/src/domain/framework/pack-file';
import { utf8 } from '../../../../renderer/src/domain/crypto/bytes';
import { poamFile } from '../../../../renderer/src/services/remediation/poam-files';
import { prepareImport } from '../../../../renderer/src/storage/import-pipeline';
import { storeVerifiedBundle } from '../../../../renderer/src/storage/import-repository';
import { installPack } from '../../../../renderer/src/storage/pack-repository';
import { makePackV2 } from '../../../fixtures/packs/pack-v2';
import { makeSigner } from '../../domain/import/helpers/test-bundle';
import { bundleAt, freshDb } from '../../storage/helpers/import-fixtures';

const V2 = { id: 'dhs-ai-rr-2024', version: '2.0.0' };

describe('POA&M files of an assessment on a pack this device lacks', () => {
  it('refuses the OSCAL POA&M (it would name another pack) but saves the CSV, until the pack is installed', async () => {
    const db = await freshDb();
    const prepared = await prepareImport(db, await bundleAt(await makeSigner(), 1, undefined, { pack: V2 }));
    if (!prepared.ok) throw new Error(prepared.message);
    expect((await storeVerifiedBundle(db, prepared.value)).ok).toBe(true);
    const { id } = prepared.value.verdict.document;

    const oscal = await poamFile(db, id, 'oscal');
    expect(oscal).toMatchObject({ ok: false, code: 'pack-missing' });
    if (!oscal.ok) expect(oscal.message).toContain('dhs-ai-rr-2024 2.0.0');
    expect((await poamFile(db, id, 'csv')).ok).toBe(true);

    const read = await readPackFile(await buildPackFile(utf8(JSON.stringify(makePackV2()))));
    if (!read.ok) throw new Error(read.message);
    expect((await installPack(db, read.value)).ok).toBe(true);
    const after = await poamFile(db, id, 'oscal');
    expect(after.ok || after.code).not.toBe('pack-missing');
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../renderer/src/domain/crypto/bytes';
import { createIdentity } from '../../../renderer/src/domain/crypto/identity';
import { buildPackFile, readPackFile, type ReadPack } from '../../../renderer/src/domain/framework/pack-file';
import { BUILT_IN_PACK } from '../../../renderer/src/domain/framework/builtin-pack';
import {
  applyChange,
  createAssessment,
  getContent,
  getHeader,
  getJournal,
} from '../../../renderer/src/storage/assessment-repository';
import { answerField, contentField, setField } from '../../../renderer/src/storage/content-binding';
import { addEvidence } from '../../../renderer/src/storage/evidence-repository';
import { findPack, installPack, listPacks } from '../../../renderer/src/storage/pack-repository';
import {
  previewUpgrade,
  upgradeTarget,
  upgradeToPack,
} from '../../../renderer/src/storage/pack-upgrade-repository';
import { addTrustedSigner } from '../../../renderer/src/storage/trust-repository';
import { emptyContent } from '../../../renderer/src/domain/assessment/model';
import { makePackV2 } from '../../fixtures/packs/pack-v2';
import { localAssessment } from './helpers/local-assessment';
import { bundleAt, freshDb } from './helpers/import-fixtures';
import { makeSigner } from '../domain/import/helpers/test-bundle';
import { prepareImport } from '../../../renderer/src/storage/import-pipeline';
import { storeVerifiedBundle } from '../../../renderer/src/storage/import-repository';
import { summarizeContent } from '../../../renderer/src/domain/assessment/summary';

const V2 = { id: 'dhs-ai-rr-2024', version: '2.0.0' };

async function publisher() {
  const created = await createIdentity({
    name: 'Pack Publisher',
    organization: 'Framework Office',
    email: '',
    passphrase: 'a long test passphrase',
  });
  if (!created.ok) throw new Error(created.message);
  const { signingKey, certificate } = created.value;
  return { signingKey, certificatePem: certificate.pem, fingerprint: certificate.fingerprint.compact };
}

async function readV2(key?: Awaited<ReturnType<typeof publisher>>, version?: string): Promise<ReadPack> {
  const bytes = await buildPackFile(utf8(JSON.stringify(makePackV2(version))), key);
  const read = await readPackFile(bytes);
  if (!read.ok) throw new Error(read.message);
  return read.value;
}

async function answer(db: Awaited<ReturnType<typeof localAssessment>>['db'], id: string, practice: string) {
  const content = (await getContent(db, id)) ?? emptyContent();
  const saved = await applyChange(
    db,
    id,
    setField(answerField(content, practice, 'status'), 'implemented'),
    'dana',
  );
  if (!saved.ok) throw new Error(saved.message);
}

describe('pack repository', () => {
  it('lists the built-in pack, always present, with how many assessments use it', async () => {
    const { db } = await localAssessment();
    const [builtIn, ...others] = await listPacks(db);
    expect(others).toEqual([]);
    expect(builtIn).toMatchObject({
      id: 'dhs-ai-rr-2024',
      version: '1.0.0',
      practiceCount: BUILT_IN_PACK.practices.length,
      trust: { kind: 'built-in' },
      assessmentCount: 1,
    });
    expect(await findPack(db, { id: 'dhs-ai-rr-2024', version: '1.0.0' })).toBe(BUILT_IN_PACK);
  });

  it('installs a signed pack: trusted once its publisher is in the trust store, untrusted before', async () => {
    const { db } = await localAssessment();
    const key = await publisher();
    const installed = await installPack(db, await readV2(key));
    expect(installed.ok).toBe(true);
    expect((await listPacks(db))[1]).toMatchObject({
      ...V2,
      assessmentCount: 0,
      trust: {
        kind: 'signed-untrusted',
        fingerprint: key.fingerprint,
        signerName: 'Pack Publisher, Framework Office',
      },
    });
    const trusted = await addTrustedSigner(db, key.certificatePem, 'Framework Office', key.fingerprint);
    expect(trusted.ok).toBe(true);
    expect((await listPacks(db))[1]?.trust).toEqual({
      kind: 'signed-trusted',
      fingerprint: key.fingerprint,
      signerName: 'Pack Publisher, Framework Office',
      trustedAs: 'Framework Office',
    });
    expect((await findPack(db, V2))?.version).toBe('2.0.0');
  });

  it('creates an assessment on an installed pack, and refuses a pack this device lacks with nothing stored', async () => {
    const db = await freshDb();
    const init = { title: 'On v2', siteName: 'Plant B', sector: 'energy' };
    const before = await db.assessments.count();
    const refused = await createAssessment(db, init, V2, 'dana');
    expect(refused).toMatchObject({ ok: false, code: 'invalid-change' });
    expect(refused.ok ? '' : refused.message).toContain(
      'dhs-ai-rr-2024 2.0.0 is not installed on this device',
    );
    expect(await db.assessments.count()).toBe(before);
    expect(await db.contents.count()).toBe(0);

    await installPack(db, await readV2());
    const created = await createAssessment(db, init, V2, 'dana');
    if (!created.ok) throw new Error(created.message);
    expect(await getHeader(db, created.value)).toMatchObject({ packId: V2.id, packVersion: V2.version });
    expect((await listPacks(db)).find((pack) => pack.version === V2.version)?.assessmentCount).toBe(1);
  });

  it('lists an unsigned pack as unsigned', async () => {
    const { db } = await localAssessment();
    await installPack(db, await readV2());
    expect((await listPacks(db))[1]?.trust).toEqual({ kind: 'unsigned' });
  });

  it('refuses the built-in pack and an installed version again, and stores nothing', async () => {
    const { db } = await localAssessment();
    const builtIn = await readPackFile(utf8(JSON.stringify(BUILT_IN_PACK)));
    if (!builtIn.ok) throw new Error(builtIn.message);
    expect(await installPack(db, builtIn.value)).toMatchObject({ ok: false, code: 'pack-built-in' });
    expect(await db.packs.count()).toBe(0);
    await installPack(db, await readV2());
    const again = await installPack(db, { ...(await readV2()), packSha256: 'f'.repeat(64) });
    expect(again).toMatchObject({ ok: false, code: 'pack-installed' });
    expect((await db.packs.toArray()).map((row) => row.packSha256)).not.toContain('f'.repeat(64));
  });
});

describe('upgrading an assessment to a newer pack version', () => {
  it('offers the newest installed version that maps from the assessment’s version', async () => {
    const { db } = await localAssessment();
    const from = { id: 'dhs-ai-rr-2024', version: '1.0.0' };
    expect(await upgradeTarget(db, from)).toBeUndefined();
    await installPack(db, await readV2());
    await installPack(db, await readV2(undefined, '2.1.0'));
    expect(await upgradeTarget(db, from)).toEqual({ id: 'dhs-ai-rr-2024', version: '2.1.0' });
    expect(await upgradeTarget(db, { id: 'dhs-ai-rr-2024', version: '2.0.0' })).toBeUndefined();
  });

  it('previews without writing, then upgrades in one journaled write with evidence following', async () => {
    const { db, id } = await localAssessment();
    await installPack(db, await readV2());
    await answer(db, id, 'CIO-DD-1');
    await answer(db, id, 'CIO-SE-1');
    const attached = await addEvidence(
      db,
      id,
      {
        id: 'e1',
        practiceId: 'CIO-DD-1',
        name: 'policy.txt',
        type: 'text/plain',
        size: 3,
        sha256: 'a'.repeat(64),
        capturedAt: '2030-01-01T09:00:00.000Z',
        blob: new Blob(['abc']),
      },
      'dana',
    );
    expect(attached.ok).toBe(true);
    const journalBefore = await getJournal(db, id);

    const preview = await previewUpgrade(db, id, V2);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.value.renamed).toEqual([{ from: 'CIO-DD-1', to: 'CIO-DD-4' }]);
    expect((await getHeader(db, id))?.packVersion).toBe('1.0.0');
    expect(await getJournal(db, id)).toEqual(journalBefore);

    const done = await upgradeToPack(db, id, V2, 'dana', new Date('2030-01-02T00:00:00Z'));
    if (!done.ok) throw new Error(done.message);
    expect(done.value).toEqual(preview.value);
    const header = await getHeader(db, id);
    expect(header).toMatchObject({ packId: 'dhs-ai-rr-2024', packVersion: '2.0.0' });
    const content = await getContent(db, id);
    expect(content?.answers['CIO-DD-4']?.status).toBe('implemented');
    expect(content?.answers['CIO-SE-1']?.status).toBe('implemented');
    expect(content?.answers['CIO-DD-1']).toBeUndefined();
    expect((await db.evidence.get('e1'))?.practiceId).toBe('CIO-DD-4');
    const journal = await getJournal(db, id);
    expect(journal).toHaveLength(journalBefore.length + 1);
    expect(journal.at(-1)).toMatchObject({
      field: 'pack',
      actor: 'dana',
      oldValue: { id: 'dhs-ai-rr-2024', version: '1.0.0' },
      newValue: {
        id: 'dhs-ai-rr-2024',
        version: '2.0.0',
        changes: { renamed: [{ from: 'CIO-DD-1', to: 'CIO-DD-4' }] },
      },
      prevHash: journalBefore.at(-1)?.hash,
    });
  });

  it('scores the header against the new pack after the upgrade and after later edits', async () => {
    const { db, id } = await localAssessment();
    await installPack(db, await readV2());
    const content = (await getContent(db, id)) ?? emptyContent();
    await applyChange(db, id, setField(contentField(content, 'roles'), ['CIO']), 'dana');
    await upgradeToPack(db, id, V2, 'dana');
    const v2 = makePackV2();
    const cio = v2.practices.filter((p) => p.role === 'CIO');
    for (const practice of cio.slice(1)) await answer(db, id, practice.id);
    // Against v1 these answers would leave CIO-DD-1 … open and count practices v1 lacks.
    expect((await getHeader(db, id))?.completeness).toBeCloseTo((cio.length - 1) / cio.length);
    await answer(db, id, cio[0]?.id ?? '');
    expect((await getHeader(db, id))?.completeness).toBe(1);
  });

  it('moves an exported assessment to its next revision: the exported one stays as it left', async () => {
    const { db, id } = await localAssessment();
    await installPack(db, await readV2());
    await db.assessments.update(id, { exportedRevision: 1 });
    const done = await upgradeToPack(db, id, V2, 'dana');
    expect(done.ok).toBe(true);
    expect(await getHeader(db, id)).toMatchObject({ revision: 2, exportedRevision: 1, packVersion: '2.0.0' });
  });

  it('refuses an upgrade whose merged notes would not be valid, and writes nothing', async () => {
    const { db, id } = await localAssessment();
    await installPack(db, await readV2());
    const content = (await getContent(db, id)) ?? emptyContent();
    const long = 'n'.repeat(15_000);
    await applyChange(db, id, setField(answerField(content, 'CIO-MP-1', 'notes'), long), 'dana');
    await applyChange(db, id, setField(answerField(content, 'CIO-MP-2', 'notes'), long), 'dana');
    const before = {
      header: await getHeader(db, id),
      content: await getContent(db, id),
      journal: await getJournal(db, id),
    };
    const refused = await upgradeToPack(db, id, V2, 'dana');
    expect(refused).toMatchObject({ ok: false, code: 'invalid-change' });
    if (!refused.ok) expect(refused.message).toContain('Not upgraded');
    expect({
      header: await getHeader(db, id),
      content: await getContent(db, id),
      journal: await getJournal(db, id),
    }).toEqual(before);
  });

  it('refuses an imported signed record, a pack not installed, and changes nothing', async () => {
    const { db, id } = await localAssessment();
    expect(await upgradeToPack(db, id, V2, 'dana')).toMatchObject({ ok: false, code: 'pack-missing' });
    await installPack(db, await readV2());
    await db.assessments.update(id, { source: 'imported' });
    const before = {
      header: await getHeader(db, id),
      content: await getContent(db, id),
      journal: await getJournal(db, id),
    };
    expect(await upgradeToPack(db, id, V2, 'dana')).toMatchObject({ ok: false, code: 'read-only-record' });
    expect({
      header: await getHeader(db, id),
      content: await getContent(db, id),
      journal: await getJournal(db, id),
    }).toEqual(before);
  });
});

describe('importing a bundle made on another pack version', () => {
  it('warns while the pack is missing, knows it once installed, and scores the header on it', async () => {
    const signer = await makeSigner();
    const lacking = await freshDb();
    const bundle = await bundleAt(signer, 1, undefined, { pack: V2 });
    const warned = await prepareImport(lacking, bundle);
    if (!warned.ok) throw new Error(warned.message);
    expect(warned.value.verdict.warnings.join(' ')).toContain(
      'framework pack dhs-ai-rr-2024 version 2.0.0, which this app does not have (this app has version 1.0.0)',
    );

    const having = await freshDb();
    await installPack(having, await readV2());
    const known = await prepareImport(having, bundle);
    if (!known.ok) throw new Error(known.message);
    expect(known.value.verdict.warnings.join(' ')).not.toContain('which this app does not have');
    const stored = await storeVerifiedBundle(having, known.value);
    expect(stored.ok).toBe(true);
    const header = await getHeader(having, known.value.verdict.document.id);
    expect(header).toMatchObject({ packId: 'dhs-ai-rr-2024', packVersion: '2.0.0' });
    const v2 = makePackV2();
    const summary = summarizeContent(v2, known.value.verdict.document.content);
    expect(header?.completeness).toBe(summary.completeness);
    expect(summarizeContent(BUILT_IN_PACK, known.value.verdict.document.content).completeness).not.toBe(
      summary.completeness,
    );
  });

  it('stores a bundle on a missing pack unscored, and scores it when that pack is installed', async () => {
    const signer = await makeSigner();
    const db = await freshDb();
    const bundle = await bundleAt(signer, 1, undefined, { pack: V2 });
    const prepared = await prepareImport(db, bundle);
    if (!prepared.ok) throw new Error(prepared.message);
    const stored = await storeVerifiedBundle(db, prepared.value);
    expect(stored.ok).toBe(true);
    const { id, content } = prepared.value.verdict.document;
    const answered = Object.keys(content.answers).length > 0;
    // Not scored on the built-in pack it was not made on.
    expect(await getHeader(db, id)).toMatchObject({
      overallScore: null,
      completeness: 0,
      status: answered ? 'in-progress' : 'draft',
    });
    const installed = await installPack(db, await readV2());
    expect(installed.ok).toBe(true);
    const summary = summarizeContent(makePackV2(), content);
    expect(summary.completeness).toBeGreaterThan(0);
    expect(await getHeader(db, id)).toMatchObject(summary);
  });
});

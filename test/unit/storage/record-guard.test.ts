import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyChange, createAssessment } from '../../../renderer/src/storage/assessment-repository';
import { addEvidence, removeEvidence } from '../../../renderer/src/storage/evidence-repository';
import { importBundle } from '../../../renderer/src/storage/import-pipeline';
import { savePlan } from '../../../renderer/src/storage/remediation-repository';
import { READ_ONLY_RECORD_MESSAGE } from '../../../renderer/src/storage/record-guard';
import {
  addItem,
  addItems,
  contentField,
  findingField,
  remediationField,
  removeItem,
  setField,
} from '../../../renderer/src/storage/content-binding';
import { emptyContent } from '../../../renderer/src/domain/assessment/model';
import { BUILT_IN_PACK } from '../../../renderer/src/domain/framework/builtin-pack';
import { emptyPlan } from '../../../renderer/src/domain/remediation/model';
import { makeSigner, type TestSigner } from '../domain/import/helpers/test-bundle';
import { SAMPLE_ID } from '../domain/import/helpers/sample-document';
import { bundleAt, dump, freshDb } from './helpers/import-fixtures';
import type { AirrDatabase } from '../../../renderer/src/storage/database';

let signer: TestSigner;
const NOW = new Date('2025-06-01T00:00:00Z');
const PACK_REF = { id: BUILT_IN_PACK.id, version: BUILT_IN_PACK.version };

beforeAll(async () => {
  signer = await makeSigner();
});

/** A database holding revision 3 as current and revision 2 as history. */
async function importedTwice(): Promise<AirrDatabase> {
  const db = await freshDb();
  for (const revision of [2, 3]) {
    const result = await importBundle(db, await bundleAt(signer, revision), { now: NOW });
    if (!result.ok) throw new Error(result.message);
  }
  return db;
}

const TITLE = contentField(emptyContent(), 'title');
const REFUSED = { ok: false, code: 'read-only-record', message: READ_ONLY_RECORD_MESSAGE };

const evidence = (id: string) => ({
  id,
  practiceId: 'CIO-SE-1',
  name: 'photo.jpg',
  type: 'image/jpeg',
  size: 3,
  sha256: 'c'.repeat(64),
  capturedAt: NOW.toISOString(),
  blob: new Blob(['abc']),
});

describe('the signed record is immutable in storage', () => {
  it('refuses every kind of content change to an imported assessment and changes nothing', async () => {
    const db = await importedTwice();
    const before = await dump(db);
    const content = (await db.contents.get(SAMPLE_ID))?.content;
    const finding = content?.findings[0];
    if (!content || !finding) throw new Error('The import stored no finding.');
    const changes = [
      setField(remediationField(finding, 'status'), 'done'),
      setField(findingField(finding, 'owner'), 'Someone else'),
      setField(contentField(content, 'title'), 'Edited'),
      addItem('findings', { ...finding, id: 'f9' }),
      addItems('systems', [
        {
          id: 's9',
          name: 'Imported',
          supplier: '',
          purpose: '',
          criticality: 'low',
          autonomy: 'advisory',
          connectivity: 'isolated',
          dataUsed: '',
          notes: '',
        },
      ]),
      removeItem('findings', finding.id),
    ];
    for (const change of changes)
      expect(await applyChange(db, SAMPLE_ID, change, 'manager', NOW)).toEqual(REFUSED);
    expect(await dump(db)).toEqual(before);
  });

  it('refuses adding and removing evidence of an imported assessment', async () => {
    const db = await importedTwice();
    const before = await dump(db);
    expect(await addEvidence(db, SAMPLE_ID, evidence('e-new'), 'manager', NOW)).toEqual(REFUSED);
    const stored = await db.evidence.where('assessmentId').equals(SAMPLE_ID).first();
    expect(stored).toBeDefined();
    expect(await removeEvidence(db, SAMPLE_ID, stored?.id ?? '', 'manager', NOW)).toEqual(REFUSED);
    expect(await dump(db)).toEqual(before);
  });

  it('leaves history revisions byte for byte as stored whatever a repository is asked to do', async () => {
    const db = await importedTwice();
    const history = await db.revisions.toArray();
    expect(history.map((row) => row.revision)).toEqual([2]);
    await applyChange(db, SAMPLE_ID, setField(TITLE, 'x'), 'm', NOW);
    await addEvidence(db, SAMPLE_ID, evidence('e-2'), 'm', NOW);
    await savePlan(db, SAMPLE_ID, { ...emptyPlan('f1'), owner: 'Site lead' }, 'm', NOW);
    // The same revision again from a different bundle is refused, never written over history.
    const other = await importBundle(db, await bundleAt(signer, 2, ['other text']), { now: NOW });
    expect(other).toMatchObject({ ok: false, code: 'revision-conflict' });
    expect(await db.revisions.toArray()).toEqual(history);
  });

  it('still lets an assessment made here be edited, and its evidence be attached', async () => {
    const db = await freshDb();
    const created = await createAssessment(
      db,
      { title: 'Own', siteName: 'Dam', sector: 'dams' },
      PACK_REF,
      'me',
    );
    if (!created.ok) throw new Error(created.message);
    const changed = await applyChange(db, created.value, setField(TITLE, 'Own 2'), 'me');
    expect(changed).toMatchObject({ ok: true });
    expect((await db.contents.get(created.value))?.content.title).toBe('Own 2');
    expect(await addEvidence(db, created.value, evidence('e-own'), 'me')).toMatchObject({ ok: true });
  });
});

import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { Dexie } from 'dexie';
import { migration001Initial } from '../../../renderer/src/storage/migrations/001-initial';
import { migration002AssessmentContent } from '../../../renderer/src/storage/migrations/002-assessment-content';
import { migration003SigningAndImport } from '../../../renderer/src/storage/migrations/003-signing-and-import';
import { migration004SearchWords } from '../../../renderer/src/storage/migrations/004-search-words';
import { migration005SignedReports } from '../../../renderer/src/storage/migrations/005-signed-reports';
import { migration008ExportRevisions } from '../../../renderer/src/storage/migrations/008-export-revisions';
import { VERSION_010 } from '../../../renderer/src/storage/migrations/010-framework-packs';
import { VERSION_011 } from '../../../renderer/src/storage/migrations/011-work-packages';
import { emptyContent } from '../../../renderer/src/domain/assessment/model';
import { appendEntry } from '../../../renderer/src/domain/journal/journal';
import { applyChange } from '../../../renderer/src/storage/assessment-repository';
import { contentField, setField } from '../../../renderer/src/storage/content-binding';
import { loadExportSource } from '../../../renderer/src/storage/export-source';
import { MIGRATIONS, openDatabase } from '../../../renderer/src/storage/database';

let counter = 0;
const freshName = () => `airr-migration-test-${++counter}-${Date.now()}`;

describe('storage migrations', () => {
  it('upgrades a v1 database: headers gain a revision and a content record carrying title, site and sector', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    migration001Initial(v1);
    await v1.open();
    await v1.table('assessments').add({
      id: 'a1',
      title: 'Legacy visit',
      siteName: 'Dam 7',
      sector: 'dams',
      status: 'draft',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    });
    v1.close();

    const current = openDatabase(name);
    await current.open();
    expect(current.verno).toBe(11);
    const header = await current.assessments.get('a1');
    expect(header?.revision).toBe(1);
    expect(header?.title).toBe('Legacy visit');
    const content = await current.contents.get('a1');
    expect(content?.content.title).toBe('Legacy visit');
    expect(content?.content.site.name).toBe('Dam 7');
    expect(content?.content.sector).toBe('dams');
    expect(await current.assessments.where('revision').equals(1).count()).toBe(1);
    current.close();
  });

  it('keeps the current schema as recorded (a change here needs a new migration file)', async () => {
    const db = openDatabase(freshName());
    await db.open();
    const schema = Object.fromEntries(
      db.tables
        .map(
          (table) =>
            [
              table.name,
              [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', '),
            ] as const,
        )
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    expect({ version: db.verno, schema }).toMatchInlineSnapshot(`
      {
        "schema": {
          "assessments": "id, title, siteName, sector, status, createdAt, updatedAt, revision, source, signerFingerprint, *searchWords",
          "contents": "assessmentId",
          "evidence": "id, assessmentId, [assessmentId+sha256]",
          "identities": "id",
          "journal": "[assessmentId+seq], assessmentId",
          "packs": "[id+version], id",
          "recipients": "id, label",
          "remediation": "[assessmentId+findingId], assessmentId",
          "remediationEvidence": "id, assessmentId, [assessmentId+findingId]",
          "remediationJournal": "[assessmentId+seq], assessmentId",
          "reports": "assessmentId",
          "revisions": "[assessmentId+revision], assessmentId",
          "signerPins": "assessmentId",
          "supplierAttachments": "id, requestId",
          "supplierInbox": "id, receivedAt",
          "supplierPins": "supplierId",
          "supplierRequests": "id, assessmentId, supplierId, dueDate",
          "supplierResponses": "id, requestId, assessmentId, sumsSha256",
          "trustedSigners": "fingerprint, label",
          "workPackages": "packageId, assessmentId",
        },
        "version": 11,
      }
    `);
    db.close();
  });
});

describe('migration 003', () => {
  it('marks existing assessments as local and unsigned, and adds the signing and import tables', async () => {
    const name = `${freshName()}-003`;
    const v2 = new Dexie(name);
    migration001Initial(v2);
    migration002AssessmentContent(v2);
    await v2.open();
    await v2.table('assessments').add({
      id: 'a2',
      title: 'Older',
      siteName: 'Plant',
      sector: 'energy',
      status: 'draft',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 4,
    });
    v2.close();

    const current = openDatabase(name);
    await current.open();
    expect(await current.assessments.get('a2')).toMatchObject({
      revision: 4,
      source: 'local',
      signerFingerprint: '',
    });
    expect(await current.assessments.where('source').equals('local').count()).toBe(1);
    await current.trustedSigners.add({
      fingerprint: 'ab'.repeat(32),
      label: 'x',
      certificatePem: '',
      subjectName: 'x',
      addedAt: '',
    });
    expect(await current.trustedSigners.count()).toBe(1);
    current.close();
  });
});

describe('migration 004', () => {
  it('indexes the words of existing titles and site names so search finds them', async () => {
    const name = `${freshName()}-004`;
    const v3 = new Dexie(name);
    migration001Initial(v3);
    migration002AssessmentContent(v3);
    migration003SigningAndImport(v3);
    await v3.open();
    await v3.table('assessments').add({
      id: 'a3',
      title: 'Spring Walk-down',
      siteName: 'Riverside Plant',
      sector: 'energy',
      status: 'draft',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 1,
      source: 'local',
      signerFingerprint: '',
    });
    v3.close();

    const current = openDatabase(name);
    await current.open();
    expect((await current.assessments.get('a3'))?.searchWords).toEqual([
      'spring',
      'walk',
      'down',
      'riverside',
      'plant',
    ]);
    expect(await current.assessments.where('searchWords').startsWith('river').primaryKeys()).toEqual(['a3']);
    current.close();
  });
});

describe('migration 005', () => {
  it('adds the signed-report table and leaves existing assessments as they were', async () => {
    const name = `${freshName()}-005`;
    const v4 = new Dexie(name);
    for (const migrate of [
      migration001Initial,
      migration002AssessmentContent,
      migration003SigningAndImport,
      migration004SearchWords,
    ])
      migrate(v4);
    await v4.open();
    const row = {
      id: 'a5',
      title: 'T',
      siteName: 'S',
      sector: 'energy',
      status: 'draft',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 2,
      source: 'imported',
      signerFingerprint: 'c'.repeat(64),
      searchWords: ['t', 's'],
    };
    await v4.table('assessments').add(row);
    v4.close();

    const current = openDatabase(name);
    await current.open();
    expect(await current.assessments.get('a5')).toEqual(row);
    await current.reports.put({ assessmentId: 'a5', revision: 2, pdf: new Blob(['%PDF-1.7']) });
    expect((await current.reports.get('a5'))?.revision).toBe(2);
    current.close();
  });
});

describe('migration 007', () => {
  it('pins every imported assessment to the signer of its stored revision and leaves local ones unpinned', async () => {
    const name = `${freshName()}-007`;
    const v5 = new Dexie(name);
    for (const migrate of [
      migration001Initial,
      migration002AssessmentContent,
      migration003SigningAndImport,
      migration004SearchWords,
      migration005SignedReports,
    ])
      migrate(v5);
    await v5.open();
    const base = {
      title: 'T',
      siteName: 'S',
      sector: 'energy',
      status: 'draft',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      revision: 2,
      searchWords: ['t', 's'],
    };
    const imported = {
      ...base,
      id: 'imp',
      source: 'imported',
      signerFingerprint: 'c'.repeat(64),
      signerName: 'Ada Lovelace',
      importedAt: '2026-01-03T00:00:00.000Z',
    };
    const local = { ...base, id: 'loc', source: 'local', signerFingerprint: '' };
    await v5.table('assessments').bulkAdd([imported, local]);
    v5.close();

    const current = openDatabase(name);
    await current.open();
    expect(await current.signerPins.toArray()).toEqual([
      {
        assessmentId: 'imp',
        fingerprint: 'c'.repeat(64),
        signerName: 'Ada Lovelace',
        pinnedAt: '2026-01-03T00:00:00.000Z',
        firstFingerprint: 'c'.repeat(64),
        firstName: 'Ada Lovelace',
        changes: [],
      },
    ]);
    expect(await current.assessments.get('imp')).toEqual(imported);
    // Migration 008 (which also runs here) only carries a local assessment's revision counter.
    expect(await current.assessments.get('loc')).toEqual({
      ...local,
      exportedRevision: local.revision,
      frozenJournalSeq: 0,
    });
    current.close();
  });
});

describe('migration 008', () => {
  it('carries the old change counter: a pre-008 assessment never exports below the revision it may have exported', async () => {
    const name = `${freshName()}-008`;
    const before = new Dexie(name);
    // Every version before 008 (later ones would open the database past it without its upgrade).
    for (const migrate of MIGRATIONS.slice(0, MIGRATIONS.indexOf(migration008ExportRevisions)))
      migrate(before);
    await before.open();
    const header = {
      id: '7d3c0f0e-5d0a-4c0e-9a57-0f8e6b1c2d3e',
      title: 'Visit',
      siteName: 'Plant A',
      sector: 'energy',
      status: 'draft',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      revision: 67,
      packId: 'dhs-ai-rr-2024',
      packVersion: '1.0.0',
      source: 'local',
      signerFingerprint: '',
      searchWords: ['visit', 'plant', 'a'],
      completeness: 0,
      overallScore: null,
    };
    const imported = {
      ...header,
      id: 'b1',
      revision: 4,
      source: 'imported',
      signerFingerprint: 'c'.repeat(64),
    };
    await before.table('assessments').bulkAdd([header, imported]);
    await before.table('contents').add({ assessmentId: header.id, content: emptyContent() });
    let prev: { seq: number; hash: string } | undefined;
    for (let n = 1; n <= 3; n += 1) {
      const entry = appendEntry(prev, {
        at: '2026-01-02T00:00:00.000Z',
        actor: 'dana',
        field: 'title',
        oldValue: `${n - 1}`,
        newValue: `${n}`,
      });
      await before.table('journal').add({ ...entry, assessmentId: header.id });
      prev = entry;
    }
    before.close();

    const db = openDatabase(name);
    await db.open();
    expect(await db.assessments.get(header.id)).toMatchObject({
      revision: 67,
      exportedRevision: 67,
      frozenJournalSeq: 3,
    });
    expect(await db.assessments.get('b1')).toEqual(imported);
    const unchanged = await loadExportSource(db, header.id);
    expect(unchanged.ok && unchanged.value.document.revision).toBe(67);
    // The entry it may have exported is not rewritten; the change starts revision 68.
    const changed = await applyChange(
      db,
      header.id,
      setField(contentField(emptyContent(), 'title'), '4'),
      'dana',
    );
    expect(changed).toEqual({ ok: true, value: 68 });
    expect((await db.journal.where('assessmentId').equals(header.id).toArray()).map((e) => e.seq)).toEqual([
      1, 2, 3, 4,
    ]);
    db.close();
  });
});

describe('migration 010', () => {
  it('adds the packs table keyed by id and version and leaves every v9 row as it was', async () => {
    const name = `${freshName()}-010`;
    const v9 = new Dexie(name);
    for (const migrate of MIGRATIONS.slice(0, VERSION_010 - 1)) migrate(v9);
    await v9.open();
    expect(v9.verno).toBe(9);
    expect(v9.tables.map((t) => t.name)).not.toContain('packs');
    const header = {
      id: 'a10',
      title: 'On the built-in pack',
      siteName: 'S',
      sector: 'energy',
      status: 'draft',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 1,
      packId: 'dhs-ai-rr-2024',
      packVersion: '1.0.0',
      source: 'local',
      signerFingerprint: '',
      searchWords: ['s'],
    };
    await v9.table('assessments').add(header);
    await v9.table('contents').add({ assessmentId: 'a10', content: emptyContent() });
    v9.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    expect(await db.assessments.get('a10')).toEqual(header);
    expect(await db.contents.get('a10')).toEqual({ assessmentId: 'a10', content: emptyContent() });
    expect(await db.packs.count()).toBe(0);
    const row = { id: 'p', version: '1.0.0' } as never;
    await db.packs.add({ ...(row as object), version: '2.0.0' } as never);
    await db.packs.add(row);
    await expect(db.packs.add(row)).rejects.toThrow();
    expect(await db.packs.where('id').equals('p').primaryKeys()).toEqual([
      ['p', '1.0.0'],
      ['p', '2.0.0'],
    ]);
    db.close();
  });
});

describe('migration 011', () => {
  it('adds the workPackages table keyed by package id and indexed by assessment, leaving v10 rows as they were', async () => {
    const name = `${freshName()}-011`;
    const v10 = new Dexie(name);
    for (const migrate of MIGRATIONS.slice(0, VERSION_011 - 1)) migrate(v10);
    await v10.open();
    expect(v10.verno).toBe(10);
    expect(v10.tables.map((t) => t.name)).not.toContain('workPackages');
    const header = {
      id: 'a11',
      title: 'Before work packages',
      siteName: 'S',
      sector: 'water',
      status: 'draft',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 2,
      packId: 'dhs-ai-rr-2024',
      packVersion: '1.0.0',
      source: 'local',
      signerFingerprint: '',
      searchWords: ['s'],
      frozenJournalSeq: 3,
    };
    await v10.table('assessments').add(header);
    v10.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.assessments.get('a11')).toEqual(header);
    expect(await db.workPackages.count()).toBe(0);
    const row = { packageId: 'p1', assessmentId: 'a11' } as never;
    await db.workPackages.add(row);
    await db.workPackages.add({ packageId: 'p2', assessmentId: 'a11' } as never);
    await expect(db.workPackages.add(row)).rejects.toThrow();
    expect(await db.workPackages.where('assessmentId').equals('a11').primaryKeys()).toEqual(['p1', 'p2']);
    db.close();
  });
});

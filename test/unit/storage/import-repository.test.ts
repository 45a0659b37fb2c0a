import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendEntry } from '../../../renderer/src/domain/journal/journal';
import { crc32 } from '../../../renderer/src/domain/import/crc32';
import { createAssessment } from '../../../renderer/src/storage/assessment-repository';
import { importBundle, prepareImport } from '../../../renderer/src/storage/import-pipeline';
import {
  previewImport,
  storeVerifiedBundle,
  type PreparedImport,
} from '../../../renderer/src/storage/import-repository';
import {
  contentFiles,
  makeSigner,
  packFiles,
  signFiles,
  type TestSigner,
} from '../domain/import/helpers/test-bundle';
import { SAMPLE_ID } from '../domain/import/helpers/sample-document';
import { bundleAt, dump, freshDb } from './helpers/import-fixtures';
import type { AirrDatabase } from '../../../renderer/src/storage/database';

let signer: TestSigner;
const NOW = new Date('2025-06-01T00:00:00Z');

beforeAll(async () => {
  signer = await makeSigner();
});

async function prepared(db: AirrDatabase, bytes: Uint8Array | Blob): Promise<PreparedImport> {
  const result = await prepareImport(db, bytes, {}, NOW);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('storeVerifiedBundle', () => {
  it('stores header, content, evidence blobs and journal of a new assessment', async () => {
    const db = await freshDb();
    const journal = [
      appendEntry(undefined, {
        at: '2025-03-01T10:00:00.000Z',
        actor: 'Ada',
        field: 'title',
        oldValue: null,
        newValue: 'Water treatment AI review',
      }),
    ];
    const bundle = await prepared(db, await bundleAt(signer, 3, undefined, { journal }));
    expect((await previewImport(db, bundle)).kind).toBe('new');
    const result = await storeVerifiedBundle(db, bundle, { now: NOW });
    expect(result).toMatchObject({
      ok: true,
      value: { outcome: 'added', assessmentId: SAMPLE_ID, revision: 3 },
    });
    const header = await db.assessments.get(SAMPLE_ID);
    expect(header).toMatchObject({
      source: 'imported',
      signerFingerprint: signer.certificate.fingerprint.compact,
      signerName: 'Ada Lovelace',
      revision: 3,
      bundleDigest: bundle.bundleDigest,
      importedAt: NOW.toISOString(),
      status: 'in-progress',
    });
    expect(header?.overallScore).toBeGreaterThan(0);
    expect((await db.contents.get(SAMPLE_ID))?.content.site.name).toBe('Plant 7');
    const evidence = await db.evidence.where('assessmentId').equals(SAMPLE_ID).toArray();
    expect(await Promise.all(evidence.map((row) => row.blob.text()))).toEqual(
      expect.arrayContaining(['photo of the HMI', 'policy text']),
    );
    // The CRC-32 the verifier checked is kept, so exporting the imported assessment passes each blob through.
    for (const row of evidence) expect(row.crc32).toBe(crc32(new Uint8Array(await row.blob.arrayBuffer())));
    expect(await db.journal.where('assessmentId').equals(SAMPLE_ID).toArray()).toHaveLength(1);
  });

  it('keeps the bundle’s report.docx beside its signed PDF, and no DOCX when the bundle has none', async () => {
    const db = await freshDb();
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    const files = await contentFiles(signer, {});
    const withDocx = packFiles(await signFiles([...files, { name: 'report.docx', bytes: docx }], signer));
    const stored = await storeVerifiedBundle(db, await prepared(db, withDocx), { now: NOW });
    expect(stored.ok).toBe(true);
    const row = await db.reports.get(SAMPLE_ID);
    expect(row?.docx?.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(new Uint8Array(await row!.docx!.arrayBuffer())).toEqual(docx);
    const plain = await freshDb();
    await storeVerifiedBundle(plain, await prepared(plain, await bundleAt(signer, 1)), { now: NOW });
    expect((await plain.reports.get(SAMPLE_ID))?.docx).toBeUndefined();
  });

  it('stores the evidence of a bundle chosen as a file as slices of that file, not as copies', async () => {
    const db = await freshDb();
    const slices: Array<[number | undefined, number | undefined, string | undefined]> = [];
    class PickedFile extends Blob {
      override slice(start?: number, end?: number, type?: string): Blob {
        slices.push([start, end, type]);
        return super.slice(start, end, type);
      }
    }
    const file = new PickedFile([new Uint8Array(await bundleAt(signer, 3))]);
    const bundle = await prepared(db, file);
    expect(bundle.content).toBe(file);
    const ranges = bundle.verdict.evidence.map((evidence) => evidence.content);
    expect(ranges.every((content) => content.kind === 'range')).toBe(true);
    slices.length = 0;
    expect(await storeVerifiedBundle(db, bundle, { now: NOW })).toMatchObject({ ok: true });
    // One slice per evidence file, typed as recorded, over exactly the verified range.
    expect(slices).toEqual(
      expect.arrayContaining(
        ranges.map((content) =>
          content.kind === 'range' ? [content.start, content.end, 'text/plain'] : null,
        ),
      ),
    );
    expect(slices).toHaveLength(2);
    const evidence = await db.evidence.where('assessmentId').equals(SAMPLE_ID).toArray();
    expect((await Promise.all(evidence.map((row) => row.blob.text()))).sort()).toEqual([
      'photo of the HMI',
      'policy text',
    ]);
  });

  it('does nothing when the same bundle is imported twice', async () => {
    const db = await freshDb();
    const bytes = await bundleAt(signer, 3);
    await importBundle(db, bytes, { now: NOW });
    const before = await dump(db);
    const again = await importBundle(db, bytes, { now: new Date('2025-07-01T00:00:00Z') });
    expect(again).toMatchObject({ ok: true, value: { outcome: 'already-imported' } });
    expect(again.ok && again.value.message).toMatch(/already imported/);
    expect(await dump(db)).toEqual(before);
  });

  it('does nothing for another export of the same revision: new signature, same assessment.json', async () => {
    const db = await freshDb();
    const first = await bundleAt(signer, 3);
    // A second export signs the report and SHA256SUMS again (ECDSA signatures differ every time).
    const second = await bundleAt(signer, 3);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(false);
    await importBundle(db, first, { now: NOW });
    const before = await dump(db);
    const again = await importBundle(db, second, { now: new Date('2025-07-01T00:00:00Z') });
    expect(again).toMatchObject({ ok: true, value: { outcome: 'already-imported' } });
    expect(again.ok && again.value.message).toMatch(/exact content is already imported/);
    expect(await dump(db)).toEqual(before);
    // The same content from another signer is not "the same export": it stays refused.
    const stranger = await makeSigner('Mallory');
    const other = await importBundle(db, await bundleAt(stranger, 3), { now: NOW });
    expect(other.ok).toBe(false);
    expect(await dump(db)).toEqual(before);
  });

  it('makes a newer revision current and keeps the stored one as history', async () => {
    const db = await freshDb();
    await importBundle(db, await bundleAt(signer, 3), { now: NOW });
    const newer = await prepared(db, await bundleAt(signer, 4, ['photo of the HMI', 'new log']));
    expect(await previewImport(db, newer)).toMatchObject({ kind: 'newer', storedRevision: 3 });
    const result = await storeVerifiedBundle(db, newer, { now: NOW });
    expect(result).toMatchObject({ ok: true, value: { outcome: 'updated', revision: 4 } });
    expect((await db.assessments.get(SAMPLE_ID))?.revision).toBe(4);
    const history = await db.revisions.toArray();
    expect(history.map((row) => [row.revision, row.document.revision])).toEqual([[3, 3]]);
    expect(history[0]?.document.evidence).toHaveLength(2);
    const evidence = await db.evidence.where('assessmentId').equals(SAMPLE_ID).toArray();
    expect((await Promise.all(evidence.map((row) => row.blob.text()))).sort()).toEqual([
      'new log',
      'photo of the HMI',
    ]);
  });

  it('flags an older revision and keeps it as history only when asked', async () => {
    const db = await freshDb();
    await importBundle(db, await bundleAt(signer, 4), { now: NOW });
    const older = await prepared(db, await bundleAt(signer, 2));
    const before = await dump(db);
    const refused = await storeVerifiedBundle(db, older, { now: NOW });
    expect(refused).toMatchObject({ ok: false, code: 'older-revision' });
    expect(await dump(db)).toEqual(before);
    const kept = await storeVerifiedBundle(db, older, { now: NOW, keepOlderAsHistory: true });
    expect(kept).toMatchObject({ ok: true, value: { outcome: 'kept-as-history' } });
    expect((await db.assessments.get(SAMPLE_ID))?.revision).toBe(4);
    expect((await db.revisions.toArray()).map((row) => row.revision)).toEqual([2]);
    expect(await previewImport(db, older)).toMatchObject({ kind: 'already-imported' });
  });

  it('refuses a bundle whose id belongs to an assessment made on this device', async () => {
    const db = await freshDb();
    const local = await createAssessment(
      db,
      { title: 'Mine', siteName: 'A', sector: 'water' },
      {
        id: 'dhs-ai-rr-2024',
        version: '1.0.0',
      },
      'me',
    );
    if (!local.ok) throw new Error(local.message);
    // Give the local assessment the bundle's id, as a copy made on this device would have.
    const row = await db.assessments.get(local.value);
    await db.assessments.delete(local.value);
    await db.assessments.add({ ...row!, id: SAMPLE_ID });
    const before = await dump(db);
    const result = await importBundle(db, await bundleAt(signer, 3), { now: NOW });
    expect(result).toMatchObject({ ok: false, code: 'local-conflict' });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a different bundle that claims a revision already stored', async () => {
    const db = await freshDb();
    await importBundle(db, await bundleAt(signer, 3), { now: NOW });
    const result = await importBundle(db, await bundleAt(signer, 3, ['other file']), { now: NOW });
    expect(result).toMatchObject({ ok: false, code: 'revision-conflict' });
  });

  it('leaves the database unchanged when a write fails in the middle of the transaction', async () => {
    const db = await freshDb();
    await importBundle(db, await bundleAt(signer, 3), { now: NOW });
    const newer = await prepared(db, await bundleAt(signer, 4, ['photo of the HMI', 'clashing file']));
    // Another assessment already owns the id of one of the new evidence rows: bulkAdd fails after the old
    // evidence and journal were deleted and the new header and content written.
    const taken = newer.verdict.document.evidence.find((meta) => meta.size === 'clashing file'.length)!;
    await db.evidence.add({ ...taken, assessmentId: 'someone-else', blob: new Blob(['x']) });
    const before = await dump(db);
    const result = await storeVerifiedBundle(db, newer, { now: NOW });
    expect(result).toMatchObject({ ok: false, code: 'storage-failed' });
    expect(await dump(db)).toEqual(before);
  });
});

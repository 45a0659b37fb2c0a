import 'fake-indexeddb/auto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { AssessmentDocument } from '../../../renderer/src/domain/assessment/model';
import { assessmentJson } from '../../../renderer/src/domain/bundle/assessment-json';
import { chunksOfSource } from '../../../renderer/src/domain/bundle/byte-source';
import { crc32 } from '../../../renderer/src/domain/import/crc32';
import { verifyJournal } from '../../../renderer/src/domain/journal/journal';
import { createAssessment } from '../../../renderer/src/storage/assessment-repository';
import { openDatabase } from '../../../renderer/src/storage/database';
import { addEvidence } from '../../../renderer/src/storage/evidence-repository';
import { evidenceExtension, loadExportSource } from '../../../renderer/src/storage/export-source';

const PACK = { id: 'dhs-ai-rr-2024', version: '1.0.0' };

async function seeded(crc32?: number) {
  const db = openDatabase(`airr-export-source-${Date.now()}-${Math.random()}`);
  await db.open();
  const created = await createAssessment(
    db,
    { title: 'Visit', siteName: 'Plant A', sector: 'energy' },
    PACK,
    'tester',
  );
  if (!created.ok) throw new Error(created.message);
  const bytes = new TextEncoder().encode('interview notes\n');
  await addEvidence(
    db,
    created.value,
    {
      id: 'ev-1',
      practiceId: 'CIO-SE-1',
      name: 'Notes.TXT',
      type: 'text/plain',
      size: bytes.length,
      sha256: bytesToHex(sha256(bytes)),
      capturedAt: '2026-03-03T12:00:00.000Z',
      blob: new Blob([bytes], { type: 'text/plain' }),
      ...(crc32 === undefined ? {} : { crc32 }),
    },
    'tester',
  );
  return { db, id: created.value, bytes };
}

describe('export source', () => {
  it('builds a schema-valid document with evidence metadata and the journal, without storage fields', async () => {
    const { db, id } = await seeded();
    const source = await loadExportSource(db, id);
    if (!source.ok) throw new Error(source.message);
    const { document } = source.value;
    expect(AssessmentDocument.parse(document)).toEqual(document);
    // Never exported: every change so far belongs to revision 1, the first export's.
    expect(document).toMatchObject({ id, revision: 1, pack: PACK, content: { title: 'Visit' } });
    expect(document.evidence).toEqual([expect.not.objectContaining({ blob: expect.anything() as unknown })]);
    expect(document.journal.map((entry) => entry.seq)).toEqual([1, 2]);
    expect(JSON.stringify(document.journal)).not.toContain('assessmentId');
    expect(verifyJournal(document.journal).ok).toBe(true);
    expect(assessmentJson(document).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('opens each evidence blob as a stream of its stored bytes', async () => {
    const { db, id, bytes } = await seeded();
    const source = await loadExportSource(db, id);
    if (!source.ok) throw new Error(source.message);
    const [evidence] = source.value.evidence;
    expect(evidence).toMatchObject({ ext: 'txt', size: bytes.length });
    const parts: Uint8Array[] = [];
    for await (const chunk of chunksOfSource(evidence!.open())) parts.push(chunk);
    expect(Buffer.concat(parts)).toEqual(Buffer.from(bytes));
  });

  it('hands over the stored blob with the CRC-32 recorded at capture, so the bundle passes it through', async () => {
    const { db, id, bytes } = await seeded(crc32(new TextEncoder().encode('interview notes\n')));
    const source = await loadExportSource(db, id);
    if (!source.ok) throw new Error(source.message);
    const stored = source.value.evidence[0]?.stored;
    expect(stored?.crc32).toBe(crc32(bytes));
    expect(Buffer.from(await stored!.blob.arrayBuffer())).toEqual(Buffer.from(bytes));
    expect(source.value.document.evidence[0]).not.toHaveProperty('crc32');
  });

  it('gives a row stored before CRC-32s were recorded no stored blob: the export reads it instead', async () => {
    const { db, id } = await seeded();
    const source = await loadExportSource(db, id);
    if (!source.ok) throw new Error(source.message);
    expect(source.value.evidence[0]).not.toHaveProperty('stored');
  });

  it('answers not-found for an assessment that does not exist', async () => {
    const { db } = await seeded();
    expect(await loadExportSource(db, 'missing')).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('names evidence by a safe lowercase extension or none', () => {
    expect(evidenceExtension('photo.JPG')).toBe('jpg');
    expect(evidenceExtension('archive.tar.gz')).toBe('gz');
    expect(evidenceExtension('.bashrc')).toBe('');
    expect(evidenceExtension('no-extension')).toBe('');
    expect(evidenceExtension('weird.ex-t')).toBe('');
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyContent } from '../../../renderer/src/domain/assessment/model';
import { assessmentJson } from '../../../renderer/src/domain/bundle/assessment-json';
import { applyChange, getHeader } from '../../../renderer/src/storage/assessment-repository';
import { contentField, setField } from '../../../renderer/src/storage/content-binding';
import { loadExportSource } from '../../../renderer/src/storage/export-source';
import { recordExport, revisionAfterChange } from '../../../renderer/src/storage/export-revision';
import type { AirrDatabase } from '../../../renderer/src/storage/database';
import { at, localAssessment } from './helpers/local-assessment';

const title = contentField(emptyContent(), 'title');

/** What the export flow does: read (freezing the journal), write the file, then record the export. */
async function exported(db: AirrDatabase, id: string) {
  const source = await loadExportSource(db, id);
  if (!source.ok) throw new Error(source.message);
  const recorded = await recordExport(db, source.value.document);
  if (!recorded.ok) throw new Error(recorded.message);
  return source.value.document;
}

describe('export revisions', () => {
  it('gives the first export revision 1 however many changes came before it', async () => {
    const { db, id } = await localAssessment();
    for (let minute = 1; minute <= 40; minute += 1)
      await applyChange(db, id, setField(title, `Visit ${minute}`), 'dana', at(minute));
    expect((await exported(db, id)).revision).toBe(1);
  });

  it('exports the same revision, byte for byte, when nothing changed since', async () => {
    const { db, id } = await localAssessment();
    await applyChange(db, id, setField(title, 'Visit, day 1'), 'dana', at(1));
    const first = await exported(db, id);
    const again = await exported(db, id);
    expect(again.revision).toBe(1);
    expect(assessmentJson(again).sha256).toBe(assessmentJson(first).sha256);
  });

  it('moves to revision 2 with the first change after an export, and stays there until the next one', async () => {
    const { db, id } = await localAssessment();
    await exported(db, id);
    await applyChange(db, id, setField(title, 'Visit, day 2'), 'dana', at(1));
    expect((await getHeader(db, id))?.revision).toBe(2);
    await applyChange(db, id, setField(title, 'Visit, days 2 and 3'), 'dana', at(2));
    expect((await getHeader(db, id))?.revision).toBe(2);
    expect((await exported(db, id)).revision).toBe(2);
    expect((await exported(db, id)).revision).toBe(2);
  });

  it('keeps a change made while an export was being written out of the exported revision', async () => {
    const { db, id } = await localAssessment();
    const source = await loadExportSource(db, id);
    if (!source.ok) throw new Error(source.message);
    // The user edits while the report is signed and the file written.
    await applyChange(db, id, setField(title, 'Visit, renamed meanwhile'), 'dana', at(1));
    const recorded = await recordExport(db, source.value.document);
    expect(source.value.document.revision).toBe(1);
    expect(recorded).toEqual({ ok: true, value: 2 });
    expect((await exported(db, id)).revision).toBe(2);
  });

  it('counts a change only once the stored revision has been exported', () => {
    expect(revisionAfterChange({ revision: 1 })).toBe(1);
    expect(revisionAfterChange({ revision: 1, exportedRevision: 0 })).toBe(1);
    expect(revisionAfterChange({ revision: 1, exportedRevision: 1 })).toBe(2);
    expect(revisionAfterChange({ revision: 68, exportedRevision: 67 })).toBe(68);
  });

  it('refuses to record an export of an assessment that no longer exists', async () => {
    const { db, id } = await localAssessment();
    const source = await loadExportSource(db, id);
    if (!source.ok) throw new Error(source.message);
    await db.assessments.delete(id);
    expect(await recordExport(db, source.value.document)).toMatchObject({ ok: false, code: 'not-found' });
  });
});

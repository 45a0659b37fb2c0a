import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../renderer/src/domain/crypto/bytes';
import { buildPackFile, readPackFile } from '../../../renderer/src/domain/framework/pack-file';
import { emptyContent, type AnswerStatus } from '../../../renderer/src/domain/assessment/model';
import {
  applyChange,
  getContent,
  getHeader,
  getJournal,
} from '../../../renderer/src/storage/assessment-repository';
import { answerField, setField } from '../../../renderer/src/storage/content-binding';
import { installPack } from '../../../renderer/src/storage/pack-repository';
import { upgradeToPack } from '../../../renderer/src/storage/pack-upgrade-repository';
import { notePendingEdit, replayPendingEdits } from '../../../renderer/src/storage/pending-edits';
import { makePackV2 } from '../../fixtures/packs/pack-v2';
import { at, localAssessment } from './helpers/local-assessment';
import { memoryArea } from './helpers/memory-area';

const V2 = { id: 'dhs-ai-rr-2024', version: '2.0.0' };
const status = (practice: string, value: AnswerStatus) =>
  setField(answerField(emptyContent(), practice, 'status'), value);
const notes = (practice: string, value: string) =>
  setField(answerField(emptyContent(), practice, 'notes'), value);

async function withV2() {
  const { db, id } = await localAssessment();
  const read = await readPackFile(await buildPackFile(utf8(JSON.stringify(makePackV2()))));
  if (!read.ok) throw new Error(read.message);
  await installPack(db, read.value);
  return { db, id, area: memoryArea() };
}

describe('upgrading a pack with edits still in the write-ahead log', () => {
  it('applies them first, so each follows its practice through the mapping, and journals them', async () => {
    const { db, id, area } = await withV2();
    await applyChange(db, id, status('CIO-MP-2', 'implemented'), 'dana', at(1));
    // Typed, logged, not committed yet: one edit for each kind of mapping entry, and one unmapped.
    notePendingEdit(area, id, status('CIO-DD-1', 'implemented'), 'ari', at(2)); // renamed → CIO-DD-4
    notePendingEdit(area, id, status('CIO-SD-1', 'partial'), 'ari', at(3)); // split → CIO-SD-5, CIO-SD-6
    notePendingEdit(area, id, status('CIO-MP-1', 'partial'), 'ari', at(4)); // merged with CIO-MP-2 → CIO-MP-6
    notePendingEdit(area, id, notes('CIO-MP-3', 'Gone in 2.0.0'), 'ari', at(5)); // removed
    notePendingEdit(area, id, notes('CIO-SE-1', 'Kept as is'), 'ari', at(6)); // same id in both
    const journalBefore = await getJournal(db, id);

    const done = await upgradeToPack(db, id, V2, 'dana', at(10), area);
    if (!done.ok) throw new Error(done.message);

    const answers = (await getContent(db, id))?.answers ?? {};
    expect(answers['CIO-DD-4']?.status).toBe('implemented');
    expect([answers['CIO-SD-5']?.status, answers['CIO-SD-6']?.status]).toEqual(['partial', 'partial']);
    // Merged by the weakest status, as a saved answer would be.
    expect(answers['CIO-MP-6']?.status).toBe('partial');
    expect(answers['CIO-SE-1']?.notes).toBe('Kept as is');
    for (const old of ['CIO-DD-1', 'CIO-SD-1', 'CIO-MP-1', 'CIO-MP-2', 'CIO-MP-3'])
      expect(answers[old]).toBeUndefined();
    expect(done.value.removed).toContainEqual({ from: 'CIO-MP-3', status: 'not-assessed' });

    const added = (await getJournal(db, id)).slice(journalBefore.length);
    expect(added.map((entry) => [entry.field, entry.actor, entry.at])).toEqual([
      ['answers.CIO-DD-1.status', 'ari', at(2).toISOString()],
      ['answers.CIO-SD-1.status', 'ari', at(3).toISOString()],
      ['answers.CIO-MP-1.status', 'ari', at(4).toISOString()],
      ['answers.CIO-MP-3.notes', 'ari', at(5).toISOString()],
      ['answers.CIO-SE-1.notes', 'ari', at(6).toISOString()],
      ['pack', 'dana', at(10).toISOString()],
    ]);
    expect(added.find((entry) => entry.field === 'answers.CIO-MP-3.notes')?.newValue).toBe('Gone in 2.0.0');

    // Nothing is left to land later under a practice id the assessment's pack no longer has.
    expect(area.map.size).toBe(0);
    expect(await replayPendingEdits(db, area)).toEqual({ restored: 0, dropped: 0 });
    expect(Object.keys((await getContent(db, id))?.answers ?? {})).not.toContain('CIO-DD-1');
  });

  it('drops a logged edit storage refuses and still upgrades', async () => {
    const { db, id, area } = await withV2();
    notePendingEdit(area, id, status('CIO-DD-1', 'bogus' as AnswerStatus), 'ari', at(2));
    notePendingEdit(area, id, status('CIO-DD-1', 'partial'), 'ari', at(3));
    notePendingEdit(area, id, notes('CIO-SE-1', 'x'.repeat(100_000)), 'ari', at(4));

    const done = await upgradeToPack(db, id, V2, 'dana', at(10), area);

    expect(done.ok).toBe(true);
    expect((await getHeader(db, id))?.packVersion).toBe('2.0.0');
    const answers = (await getContent(db, id))?.answers ?? {};
    expect(answers['CIO-DD-4']?.status).toBe('partial');
    expect(answers['CIO-SE-1']).toBeUndefined();
    expect(area.map.size).toBe(0);
  });

  it('leaves the log and the database as they were when the upgrade is refused', async () => {
    const { db, id, area } = await withV2();
    notePendingEdit(area, id, status('CIO-DD-1', 'implemented'), 'ari', at(2));
    await db.assessments.update(id, { source: 'imported' });
    const logBefore = new Map(area.map);
    const before = { content: await getContent(db, id), journal: await getJournal(db, id) };

    const refused = await upgradeToPack(db, id, V2, 'dana', at(10), area);

    expect(refused).toMatchObject({ ok: false, code: 'read-only-record' });
    expect({ content: await getContent(db, id), journal: await getJournal(db, id) }).toEqual(before);
    expect(area.map).toEqual(logBefore);
  });
});

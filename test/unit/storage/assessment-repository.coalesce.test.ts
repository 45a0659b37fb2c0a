import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyContent } from '../../../renderer/src/domain/assessment/model';
import { canonicalJson } from '../../../renderer/src/domain/journal/canonical-json';
import { verifyJournal } from '../../../renderer/src/domain/journal/journal';
import { applyChange, getContent, getJournal } from '../../../renderer/src/storage/assessment-repository';
import { answerField, setField } from '../../../renderer/src/storage/content-binding';
import { loadExportSource } from '../../../renderer/src/storage/export-source';
import { at, localAssessment } from './helpers/local-assessment';

const CONTENT = emptyContent();
const notes = answerField(CONTENT, 'CIO-SE-1', 'notes');
const status = answerField(CONTENT, 'CIO-SE-1', 'status');

describe('journal coalescing', () => {
  it('folds consecutive edits of one field by one actor into one entry holding the first old and last new value', async () => {
    const { db, id } = await localAssessment();
    for (const [minute, text] of [
      [1, 'Seg'],
      [2, 'Segmented'],
      [3, 'Segmented OT'],
    ] as const)
      await applyChange(db, id, setField(notes, text), 'dana', at(minute));
    const journal = await getJournal(db, id);
    expect(journal).toHaveLength(2);
    expect(journal[1]).toMatchObject({
      seq: 2,
      field: 'answers.CIO-SE-1.notes',
      actor: 'dana',
      oldValue: null,
      newValue: 'Segmented OT',
      at: at(3).toISOString(),
      prevHash: journal[0]!.hash,
    });
    expect(verifyJournal(journal)).toEqual({ ok: true });
  });

  it('starts a new entry for another field, another actor, a long pause, or after an export read the journal', async () => {
    const { db, id } = await localAssessment();
    await applyChange(db, id, setField(notes, 'a'), 'dana', at(1));
    await applyChange(db, id, setField(notes, 'ab'), 'robin', at(2)); // another actor
    await applyChange(db, id, setField(status, 'partial'), 'robin', at(3)); // another field
    await applyChange(db, id, setField(notes, 'abc'), 'robin', at(4));
    await applyChange(db, id, setField(notes, 'abcd'), 'robin', at(20)); // rested 16 minutes
    const source = await loadExportSource(db, id); // an export read entries up to here: frozen
    expect(source.ok).toBe(true);
    await applyChange(db, id, setField(notes, 'abcde'), 'robin', at(21));
    const journal = await getJournal(db, id);
    expect(journal.map(({ field, actor, newValue }) => [field, actor, newValue])).toEqual([
      ['assessment', 'tester', { title: 'Visit', site: 'Plant A', sector: 'energy' }],
      ['answers.CIO-SE-1.notes', 'dana', 'a'],
      ['answers.CIO-SE-1.notes', 'robin', 'ab'],
      ['answers.CIO-SE-1.status', 'robin', 'partial'],
      ['answers.CIO-SE-1.notes', 'robin', 'abc'],
      ['answers.CIO-SE-1.notes', 'robin', 'abcd'],
      ['answers.CIO-SE-1.notes', 'robin', 'abcde'],
    ]);
    // The entries the export read are exactly as it read them.
    if (!source.ok) throw new Error(source.message);
    expect(journal.slice(0, 6).map((entry) => entry.hash)).toEqual(
      source.value.document.journal.map((entry) => entry.hash),
    );
    expect(verifyJournal(journal)).toEqual({ ok: true });
  });

  it('keeps the journal linear in the note: 10,000 characters typed in bursts, saved after every burst', async () => {
    const { db, id } = await localAssessment();
    const words = 'segmented network reviewed with the operator; historian replicated to the DMZ. ';
    let note = '';
    let minute = 1;
    let saves = 0;
    while (note.length < 10_000) {
      // A burst of a few words, then a save, as the autosave does after each pause.
      note = (note + words.slice(0, 7 + (saves % 40))).slice(0, 10_000);
      const result = await applyChange(db, id, setField(notes, note), 'dana', at(minute));
      expect(result.ok).toBe(true);
      saves += 1;
      if (saves % 25 === 0) minute += 1; // pauses of a minute now and then, never 10
    }
    expect(saves).toBeGreaterThan(300);
    expect((await getContent(db, id))?.answers['CIO-SE-1']?.notes).toBe(note);
    const journal = await getJournal(db, id);
    const size = canonicalJson(journal.map(({ assessmentId: _, ...entry }) => entry)).length;
    // Without coalescing this is about saves × note / 2 ≈ 1.7 MB; with it, one entry holding the note.
    expect(size).toBeLessThan(2 * note.length);
    expect(verifyJournal(journal)).toEqual({ ok: true });
  });

  it('keeps a status and notes saved at the same moment on an answer not given yet, whichever commits first', async () => {
    const { db, id } = await localAssessment();
    const practices = Array.from({ length: 12 }, (_, index) => `CIO-SE-${index + 1}`);
    await Promise.all(
      practices.flatMap((practiceId, index) => {
        const choice = setField(answerField(CONTENT, practiceId, 'status'), 'implemented');
        const typed = setField(answerField(CONTENT, practiceId, 'notes'), `notes ${index}`);
        // Alternate which of the two starts first; neither waits for the other.
        const pair = [applyChange(db, id, choice, 'dana'), applyChange(db, id, typed, 'dana')];
        return index % 2 === 0 ? pair : pair.reverse();
      }),
    );
    const answers = (await getContent(db, id))?.answers ?? {};
    expect(practices.map((practiceId) => [answers[practiceId]?.status, answers[practiceId]?.notes])).toEqual(
      practices.map((_, index) => ['implemented', `notes ${index}`]),
    );
    expect(verifyJournal(await getJournal(db, id))).toEqual({ ok: true });
  });
});

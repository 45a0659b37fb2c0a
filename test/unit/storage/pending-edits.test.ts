import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyChange, getContent, getJournal } from '../../../renderer/src/storage/assessment-repository';
import { addItem, answerField, contentField, setField } from '../../../renderer/src/storage/content-binding';
import {
  MAX_PENDING_CHARS,
  notePendingEdit,
  replayPendingEdits,
  settlePendingEdit,
} from '../../../renderer/src/storage/pending-edits';
import { memoryArea } from './helpers/memory-area';
import { emptyContent } from '../../../renderer/src/domain/assessment/model';
import { at, localAssessment } from './helpers/local-assessment';

const title = (value: string) => setField(contentField(emptyContent(), 'title'), value);
const notes = (value: string) => setField(answerField(emptyContent(), 'CIO-SE-1', 'notes'), value);

describe('pending edits (the write-ahead log)', () => {
  it('restores an edit that was logged but never committed, journaled under its own actor and time', async () => {
    const { db, id } = await localAssessment();
    const area = memoryArea();
    notePendingEdit(area, id, title('Typed before the crash'), 'assessor A', at(5));
    notePendingEdit(area, id, notes('Walk-down notes'), 'assessor A', at(6));

    const report = await replayPendingEdits(db, area);

    expect(report).toEqual({ restored: 2, dropped: 0 });
    const content = await getContent(db, id);
    expect(content?.title).toBe('Typed before the crash');
    expect(content?.answers['CIO-SE-1']?.notes).toBe('Walk-down notes');
    const journal = await getJournal(db, id);
    expect(journal.slice(-2).map((entry) => [entry.actor, entry.at])).toEqual([
      ['assessor A', at(5).toISOString()],
      ['assessor A', at(6).toISOString()],
    ]);
    expect(area.map.size).toBe(0);
  });

  it('keeps only the latest edit of a field, and a commit of it empties the log', async () => {
    const { id } = await localAssessment();
    const area = memoryArea();
    notePendingEdit(area, id, title('Pump'), 'a', at(1));
    notePendingEdit(area, id, title('Pump house'), 'a', at(2));
    settlePendingEdit(area, id, title('Pump'));
    expect(area.map.size).toBe(1);
    expect(area.map.values().next().value).toContain('Pump house');
    settlePendingEdit(area, id, title('Pump house'));
    expect(area.map.size).toBe(0);
  });

  it('does not apply or count an edit the database already holds', async () => {
    const { db, id } = await localAssessment();
    const area = memoryArea();
    notePendingEdit(area, id, title('Committed'), 'a', at(1));
    await applyChange(db, id, title('Committed'), 'a', at(1));
    const journalBefore = await getJournal(db, id);

    expect(await replayPendingEdits(db, area)).toEqual({ restored: 0, dropped: 0 });
    expect(await getJournal(db, id)).toEqual(journalBefore);
  });

  it('drops edits of an assessment that no longer exists, and edits storage refuses, changing nothing', async () => {
    const { db, id } = await localAssessment();
    const area = memoryArea();
    notePendingEdit(area, 'no-such-assessment', title('Lost'), 'a', at(1));
    notePendingEdit(
      area,
      id,
      setField(answerField(emptyContent(), 'CIO-SE-1', 'status'), 'bogus' as never),
      'a',
    );
    const before = await getContent(db, id);

    expect(await replayPendingEdits(db, area)).toEqual({ restored: 0, dropped: 2 });
    expect(await getContent(db, id)).toEqual(before);
    expect(area.map.size).toBe(0);
  });

  it('refuses a log that a conforming writer never produces and removes it without touching the database', async () => {
    const { db, id } = await localAssessment();
    const area = memoryArea();
    const before = await getContent(db, id);
    area.setItem(`airr.pending-edits.v1.${id}`, '{"x":{"path":[],"value":1,"actor":"a","at":"now"}}');
    area.setItem(`airr.pending-edits.v1.${id}-2`, 'not json');
    area.setItem('someone-else', 'kept');

    expect(await replayPendingEdits(db, area)).toEqual({ restored: 0, dropped: 2 });
    expect(await getContent(db, id)).toEqual(before);
    expect(Array.from(area.map.keys())).toEqual(['someone-else']);
  });

  it('logs only field sets, and a full local storage costs the crash cover, never the edit', async () => {
    const { id } = await localAssessment();
    const area = memoryArea(100);
    notePendingEdit(area, id, addItem('systems', { id: 's1' } as never), 'a');
    expect(area.map.size).toBe(0);
    expect(() => notePendingEdit(area, id, title('x'.repeat(200)), 'a')).not.toThrow();
    expect(area.map.size).toBe(0);
    const roomy = memoryArea();
    notePendingEdit(roomy, id, title('x'.repeat(MAX_PENDING_CHARS)), 'a');
    expect(roomy.map.size).toBe(0);
  });
});

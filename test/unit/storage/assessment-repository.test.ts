import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { openDatabase, type AirrDatabase } from '../../../renderer/src/storage/database';
import {
  applyChange,
  createAssessment,
  getContent,
  getHeader,
  getJournal,
} from '../../../renderer/src/storage/assessment-repository';
import { verifyJournal } from '../../../renderer/src/domain/journal/journal';
import {
  addItem,
  addItems,
  answerField,
  contentField,
  removeItem,
  setField,
  siteField,
  systemField,
} from '../../../renderer/src/storage/content-binding';
import type { AiSystem, AssessmentContent } from '../../../renderer/src/domain/assessment/model';
import { emptyContent } from '../../../renderer/src/domain/assessment/model';

/** Bindings need only the shape of the content to find their path; the stored value is not used here. */
const CONTENT: AssessmentContent = emptyContent();

const PACK = { id: 'dhs-ai-rr-2024', version: '1.0.0' };
const SYSTEM: AiSystem = {
  id: 's1',
  name: 'Leak detector',
  supplier: 'Acme',
  purpose: '',
  criticality: 'high',
  autonomy: 'advisory',
  connectivity: 'isolated',
  dataUsed: '',
  notes: '',
};
let counter = 0;

async function freshDb(): Promise<AirrDatabase> {
  const db = openDatabase(`airr-repo-test-${++counter}-${Date.now()}`);
  await db.open();
  return db;
}

async function dump(db: AirrDatabase) {
  return {
    assessments: await db.assessments.toArray(),
    contents: await db.contents.toArray(),
    journal: await db.journal.toArray(),
  };
}

async function created(db: AirrDatabase): Promise<string> {
  const result = await createAssessment(
    db,
    { title: 'Visit', siteName: 'Plant A', sector: 'energy' },
    PACK,
    'tester',
  );
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('assessment repository', () => {
  it('creates an assessment with a header, content and a first journal entry', async () => {
    const db = await freshDb();
    const id = await created(db);
    const header = await getHeader(db, id);
    expect(header).toMatchObject({
      title: 'Visit',
      siteName: 'Plant A',
      sector: 'energy',
      revision: 1,
      packId: PACK.id,
      status: 'draft',
    });
    expect((await getContent(db, id))?.site.name).toBe('Plant A');
    expect(await getJournal(db, id)).toHaveLength(1);
  });

  it('applies a change with an updated time and a journal entry holding old and new values, in the same unexported revision', async () => {
    const db = await freshDb();
    const id = await created(db);
    const before = await getHeader(db, id);
    const result = await applyChange(
      db,
      id,
      setField(siteField(CONTENT, 'address'), '1 River Rd'),
      'tester',
      new Date('2030-01-01T00:00:00Z'),
    );
    // Nothing was exported yet, so the content is still on its way to becoming revision 1.
    expect(result).toEqual({ ok: true, value: 1 });
    const header = await getHeader(db, id);
    expect(header?.revision).toBe(1);
    expect(header?.updatedAt).toBe('2030-01-01T00:00:00.000Z');
    expect(header?.updatedAt).not.toBe(before?.updatedAt);
    const journal = await getJournal(db, id);
    expect(journal.at(-1)).toMatchObject({
      seq: 2,
      field: 'site.address',
      oldValue: '',
      newValue: '1 River Rd',
      actor: 'tester',
    });
    expect(verifyJournal(journal)).toEqual({ ok: true });
  });

  it('creates an answer on first touch so a single field can be set', async () => {
    const db = await freshDb();
    const id = await created(db);
    const result = await applyChange(
      db,
      id,
      setField(answerField(CONTENT, 'CIO-SE-1', 'status'), 'implemented'),
      'tester',
    );
    expect(result.ok).toBe(true);
    expect((await getContent(db, id))?.answers['CIO-SE-1']).toEqual({
      status: 'implemented',
      notes: '',
      justification: '',
      systemIds: [],
    });
  });

  it('does not journal or bump the revision when a value is set to what it already is', async () => {
    const db = await freshDb();
    const id = await created(db);
    await applyChange(db, id, setField(contentField(CONTENT, 'title'), 'Visit'), 'tester');
    expect((await getHeader(db, id))?.revision).toBe(1);
    expect(await getJournal(db, id)).toHaveLength(1);
  });

  it('rejects an invalid change with a message and leaves the database exactly as it was', async () => {
    const db = await freshDb();
    const id = await created(db);
    const before = await dump(db);
    const invalid = await applyChange(
      db,
      id,
      // A value the type forbids, forced through, as a bug or a tampered caller would: storage still refuses it.
      setField<unknown>(answerField(CONTENT, 'CIO-SE-1', 'status'), 'maybe'),
      'tester',
    );
    expect(invalid).toMatchObject({ ok: false, code: 'invalid-change' });
    const missingItem = await applyChange(
      db,
      id,
      setField(systemField({ ...SYSTEM, id: 'nope' }, 'name'), 'x'),
      'tester',
    );
    expect(missingItem).toMatchObject({ ok: false, code: 'invalid-change' });
    const unknown = await applyChange(
      db,
      'no-such-id',
      setField(contentField(CONTENT, 'title'), 'x'),
      'tester',
    );
    expect(unknown).toMatchObject({ ok: false, code: 'not-found' });
    expect(await dump(db)).toEqual(before);
  });

  it('adds and removes inventory items by id, journaling both', async () => {
    const db = await freshDb();
    const id = await created(db);
    const system = SYSTEM;
    expect((await applyChange(db, id, addItem('systems', system), 'tester')).ok).toBe(true);
    expect(
      (await applyChange(db, id, setField(systemField(system, 'name'), 'Leak detector v2'), 'tester')).ok,
    ).toBe(true);
    expect((await getContent(db, id))?.systems[0]?.name).toBe('Leak detector v2');
    expect((await applyChange(db, id, removeItem('systems', 's1'), 'tester')).ok).toBe(true);
    expect((await getContent(db, id))?.systems).toEqual([]);
    const fields = (await getJournal(db, id)).map((entry) => entry.field);
    expect(fields).toEqual(['assessment', 'systems.s1', 'systems.s1.name', 'systems.s1']);
  });

  it('adds several systems in one change: one write, one journal entry, or nothing at all', async () => {
    const db = await freshDb();
    const id = await created(db);
    const second: AiSystem = { ...SYSTEM, id: 's2', name: 'Pump monitor', modelVersion: '3.0' };
    expect((await applyChange(db, id, addItems('systems', [SYSTEM, second]), 'tester')).ok).toBe(true);
    expect((await getContent(db, id))?.systems).toEqual([SYSTEM, second]);
    const journal = await getJournal(db, id);
    expect(journal.map((entry) => entry.field)).toEqual(['assessment', 'systems']);
    expect(journal[1]?.newValue).toEqual([SYSTEM, second]);
    expect(verifyJournal(journal).ok).toBe(true);
    // A batch with one bad record (a repeated id, or nothing at all) saves none of it.
    const before = await dump(db);
    const third: AiSystem = { ...SYSTEM, id: 's3' };
    expect(await applyChange(db, id, addItems('systems', [third, SYSTEM]), 'tester')).toMatchObject({
      ok: false,
      code: 'invalid-change',
    });
    expect(await applyChange(db, id, addItems('systems', []), 'tester')).toMatchObject({
      ok: false,
      code: 'invalid-change',
    });
    expect(await dump(db)).toEqual(before);
  });

  it('turns a storage quota error into a clear message and keeps what was saved', async () => {
    const db = await freshDb();
    const id = await created(db);
    const before = await dump(db);
    const original = db.journal.add.bind(db.journal);
    db.journal.add = (() =>
      Promise.reject(
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      )) as unknown as typeof db.journal.add;
    const result = await applyChange(db, id, setField(contentField(CONTENT, 'title'), 'Renamed'), 'tester');
    db.journal.add = original;
    expect(result).toMatchObject({ ok: false, code: 'storage-full' });
    expect(result.ok ? '' : result.message).toMatch(/not saved.*intact/i);
    expect(await dump(db)).toEqual(before);
  });
});

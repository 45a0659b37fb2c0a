/**
 * Applying a team merge to stored assessments. Both sides are real: the lead's assessment and the assessor's
 * copy of it (its rows copied into a second database at hand-out) are edited through applyChange and
 * addEvidence, so the journals merged are exactly what storage writes.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase, type AirrDatabase } from '../../../renderer/src/storage/database';
import { applyChange, getJournal } from '../../../renderer/src/storage/assessment-repository';
import { addEvidence } from '../../../renderer/src/storage/evidence-repository';
import { loadStoredAssessment } from '../../../renderer/src/storage/assessment-document';
import {
  addItem,
  addItems,
  answerField,
  contentField,
  setField,
  type ContentChange,
} from '../../../renderer/src/storage/content-binding';
import { freezeJournal } from '../../../renderer/src/storage/export-revision';
import { applyMerge, storedMergeSide } from '../../../renderer/src/storage/merge-repository';
import { mergeReturn } from '../../../renderer/src/domain/merge/merge';
import { mergeSideOf } from '../../../renderer/src/domain/merge/merge-side';
import type { Merge } from '../../../renderer/src/domain/merge/merge-types';
import { verifyJournal } from '../../../renderer/src/domain/journal/journal';
import { BUILT_IN_PACK } from '../../../renderer/src/domain/framework/builtin-pack';
import { emptyContent, type AiSystem } from '../../../renderer/src/domain/assessment/model';
import { at, localAssessment } from './helpers/local-assessment';

const CONTENT = emptyContent();
const PRACTICES = BUILT_IN_PACK.practices.map(({ id, role, area }) => ({ id, role, area }));
const system = (id: string): AiSystem => ({
  id,
  name: `System ${id}`,
  supplier: 'Acme',
  purpose: '',
  criticality: 'high',
  autonomy: 'advisory',
  connectivity: 'isolated',
  dataUsed: '',
  notes: '',
});
const EVIDENCE = {
  id: 'e2',
  practiceId: 'CIO-SE-1',
  name: 'photo.jpg',
  type: 'image/jpeg',
  size: 4,
  sha256: 'b'.repeat(64),
  capturedAt: '2030-01-02T09:00:00.000Z',
};

let counter = 0;

async function must(result: Promise<{ ok: boolean; message?: string }>): Promise<void> {
  const done = await result;
  if (!done.ok) throw new Error(done.message);
}

async function dump(db: AirrDatabase) {
  return {
    assessments: await db.assessments.toArray(),
    contents: await db.contents.toArray(),
    journal: await db.journal.toArray(),
    evidence: (await db.evidence.toArray()).map(({ blob: _blob, ...meta }) => meta),
  };
}

/** A lead's assessment handed out to Ann (a copy in her own database), both edited since. */
async function handedOut(leadEdits: ContentChange[], annEdits: ContentChange[], annFile = true) {
  const { db: lead, id } = await localAssessment();
  await must(applyChange(lead, id, addItem('systems', system('s1')), 'lead', at(1)));
  await must(
    applyChange(lead, id, setField(answerField(CONTENT, 'CIO-SE-1', 'status'), 'partial'), 'lead', at(2)),
  );
  const base = (await loadStoredAssessment(lead, id))!.document;
  const baseHead = base.journal.at(-1)!.hash;
  const ann = openDatabase(`airr-merge-ann-${++counter}-${Math.random()}`);
  await ann.open();
  await ann.assessments.bulkAdd(await lead.assessments.toArray());
  await ann.contents.bulkAdd(await lead.contents.toArray());
  await ann.journal.bulkAdd(await lead.journal.toArray());
  for (const [n, change] of leadEdits.entries())
    await must(applyChange(lead, id, change, 'lead', at(20 + n)));
  for (const [n, change] of annEdits.entries()) await must(applyChange(ann, id, change, 'ann', at(60 + n)));
  if (annFile) await must(addEvidence(ann, id, { ...EVIDENCE, blob: new Blob(['abcd']) }, 'ann', at(90)));
  return { lead, ann, id, base, baseHead };
}

async function computed(setup: Awaited<ReturnType<typeof handedOut>>): Promise<Merge> {
  const ours = await storedMergeSide(setup.lead, setup.id, setup.baseHead);
  const theirs = mergeSideOf((await loadStoredAssessment(setup.ann, setup.id))!.document, setup.baseHead);
  if (!ours.ok || !theirs.ok) throw new Error('no side');
  const result = mergeReturn({
    base: { content: setup.base.content, evidence: setup.base.evidence, headHash: setup.baseHead },
    ours: ours.value,
    theirs: theirs.value,
    practices: PRACTICES,
  });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

const FILES = new Map([['e2', new Blob(['abcd'])]]);
const status = (value: 'implemented' | 'not-implemented') =>
  setField(answerField(CONTENT, 'CIO-SE-1', 'status'), value);

describe('applyMerge', () => {
  async function typical() {
    return handedOut(
      [status('implemented'), setField(contentField(CONTENT, 'subsector'), 'Grid')],
      [
        status('not-implemented'),
        setField(answerField(CONTENT, 'CIO-SE-1', 'notes'), 'Checked on site'),
        addItem('systems', system('s2')),
        setField(answerField(CONTENT, 'CIO-DD-1', 'status'), 'implemented'),
      ],
    );
  }

  it('writes the merged content, the return’s file and the journal entries under their authors, in one chain', async () => {
    const setup = await typical();
    const merge = await computed(setup);
    expect(merge.conflicts.map((c) => c.key)).toEqual(['answers.CIO-SE-1.status']);
    const before = await getJournal(setup.lead, setup.id);
    const applied = await applyMerge(setup.lead, setup.id, merge, { all: 'theirs' }, 'lead', {
      now: at(200),
      evidenceFiles: FILES,
    });
    expect(applied).toEqual({
      ok: true,
      value: { revision: 1, appended: 5, answeredBy: { 'CIO-SE-1': 'ann', 'CIO-DD-1': 'ann' } },
    });
    const stored = (await loadStoredAssessment(setup.lead, setup.id))!;
    const content = stored.document.content;
    expect(content.answers['CIO-SE-1']).toMatchObject({
      status: 'not-implemented',
      notes: 'Checked on site',
    });
    expect(content.answers['CIO-DD-1']?.status).toBe('implemented');
    expect(content.subsector).toBe('Grid');
    expect(content.systems.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(stored.evidenceRows.map((row) => [row.id, row.size])).toEqual([['e2', 4]]);
    expect(await stored.evidenceRows[0]!.blob.text()).toBe('abcd');
    const journal = await getJournal(setup.lead, setup.id);
    expect(verifyJournal(journal).ok).toBe(true);
    const added = journal.slice(before.length);
    expect(added.map((e) => [e.actor, e.field])).toEqual([
      ['ann', 'answers.CIO-SE-1.notes'],
      ['ann', 'systems.s2'],
      ['ann', 'answers.CIO-DD-1.status'],
      ['ann', 'evidence.e2'],
      ['lead', 'merge.answers.CIO-SE-1.status'],
    ]);
    expect(added[0]?.at).toBe(at(61).toISOString());
    expect(added.at(-1)?.oldValue).toMatchObject({
      ours: { value: 'implemented', actor: 'lead' },
      theirs: { value: 'not-implemented', actor: 'ann' },
    });
  });

  it('writes nothing when the same return is merged again', async () => {
    const setup = await typical();
    await must(
      applyMerge(setup.lead, setup.id, await computed(setup), { all: 'ours' }, 'lead', {
        evidenceFiles: FILES,
      }),
    );
    const after = await dump(setup.lead);
    const again = await computed(setup);
    expect(again.auto).toEqual([]);
    expect(again.conflicts).toEqual([]);
    const applied = await applyMerge(setup.lead, setup.id, again, {}, 'lead');
    expect(applied).toMatchObject({ ok: true, value: { appended: 0 } });
    expect(await dump(setup.lead)).toEqual(after);
  });

  it('refuses, changing nothing, when the lead edited the assessment after the merge was computed', async () => {
    const setup = await typical();
    const merge = await computed(setup);
    await must(
      applyChange(setup.lead, setup.id, setField(contentField(CONTENT, 'title'), 'Later'), 'lead', at(150)),
    );
    const before = await dump(setup.lead);
    const applied = await applyMerge(setup.lead, setup.id, merge, { all: 'theirs' }, 'lead', {
      evidenceFiles: FILES,
    });
    expect(applied).toMatchObject({ ok: false, code: 'merge-stale' });
    expect(await dump(setup.lead)).toEqual(before);
  });

  it('refuses, changing nothing, when the last edit was folded into the journal head after the merge was computed', async () => {
    const setup = await typical();
    const merge = await computed(setup);
    const entries = (await getJournal(setup.lead, setup.id)).length;
    // Same field, same actor, within the idle gap: the head entry is rewritten, not appended to.
    await must(
      applyChange(
        setup.lead,
        setup.id,
        setField(contentField(CONTENT, 'subsector'), 'Grid 2'),
        'lead',
        at(22),
      ),
    );
    expect(await getJournal(setup.lead, setup.id)).toHaveLength(entries);
    const before = await dump(setup.lead);
    const applied = await applyMerge(setup.lead, setup.id, merge, { all: 'theirs' }, 'lead', {
      evidenceFiles: FILES,
    });
    expect(applied).toMatchObject({ ok: false, code: 'merge-stale' });
    expect(await dump(setup.lead)).toEqual(before);
  });

  it('refuses, changing nothing, to merge into a signed record', async () => {
    const setup = await typical();
    const merge = await computed(setup);
    await setup.lead.assessments.update(setup.id, { source: 'imported' });
    const before = await dump(setup.lead);
    const applied = await applyMerge(setup.lead, setup.id, merge, { all: 'theirs' }, 'lead', {
      evidenceFiles: FILES,
    });
    expect(applied).toMatchObject({ ok: false, code: 'read-only-record' });
    expect(await dump(setup.lead)).toEqual(before);
  });

  it('refuses, changing nothing, while a conflict is unresolved or its resolution is invalid', async () => {
    const setup = await typical();
    const merge = await computed(setup);
    const before = await dump(setup.lead);
    expect(await applyMerge(setup.lead, setup.id, merge, {}, 'lead', { evidenceFiles: FILES })).toMatchObject(
      {
        ok: false,
        code: 'unresolved-conflict',
      },
    );
    const invalid = { each: { 'answers.CIO-SE-1.status': { value: 'maybe' } } };
    expect(
      await applyMerge(setup.lead, setup.id, merge, invalid, 'lead', { evidenceFiles: FILES }),
    ).toMatchObject({
      ok: false,
      code: 'invalid-merged-content',
    });
    expect(await dump(setup.lead)).toEqual(before);
  });

  it('refuses, changing nothing, when a file the merge adds did not come with it', async () => {
    const setup = await typical();
    const merge = await computed(setup);
    const before = await dump(setup.lead);
    const missing = await applyMerge(setup.lead, setup.id, merge, { all: 'ours' }, 'lead');
    expect(missing).toMatchObject({ ok: false, code: 'evidence-missing' });
    expect(missing.ok || missing.message).toContain('“photo.jpg”');
    const wrongSize = new Map([['e2', new Blob(['abcdef'])]]);
    expect(
      await applyMerge(setup.lead, setup.id, merge, { all: 'ours' }, 'lead', { evidenceFiles: wrongSize }),
    ).toMatchObject({
      ok: false,
      code: 'evidence-missing',
    });
    expect(await dump(setup.lead)).toEqual(before);
  });

  it('takes systems the return added in one go (an inventory import) as one change per system', async () => {
    const setup = await handedOut([], [addItems('systems', [system('i1'), system('i2')])], false);
    const merge = await computed(setup);
    expect(merge.auto.map((c) => [c.key, c.actor])).toEqual([
      ['systems.i1', 'ann'],
      ['systems.i2', 'ann'],
    ]);
    await must(applyMerge(setup.lead, setup.id, merge, {}, 'lead'));
    const content = (await loadStoredAssessment(setup.lead, setup.id))!.document.content;
    expect(content.systems.map((s) => s.id)).toEqual(['s1', 'i1', 'i2']);
  });

  it('keeps the base head only when the hand-out froze the journal through it', async () => {
    for (const frozen of [false, true]) {
      const { db, id } = await localAssessment();
      await must(applyChange(db, id, status('implemented'), 'lead', at(1)));
      const base = (await getJournal(db, id)).at(-1)!;
      if (frozen) await freezeJournal(db, id, base.seq);
      // The same field by the same actor a minute later would be folded into the head entry.
      await must(applyChange(db, id, status('not-implemented'), 'lead', at(2)));
      const side = await storedMergeSide(db, id, base.hash);
      expect(side.ok, `frozen: ${frozen}`).toBe(frozen);
    }
  });

  it('reads the lead’s side only against a base its journal holds', async () => {
    const setup = await typical();
    expect(await storedMergeSide(setup.lead, setup.id, 'f'.repeat(64))).toMatchObject({
      ok: false,
      code: 'journal-not-after-base',
    });
    expect(await storedMergeSide(setup.lead, 'nope', setup.baseHead)).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });
});

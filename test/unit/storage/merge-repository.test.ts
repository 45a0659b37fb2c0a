/**
 * Applying a team merge to stored assessments. Both sides are real: the lead's assessment and the assessor's
 * copy of it (its rows copied into a second database at hand-out) are edited through applyChange and
 * addEvidence, so the journals merged are exactly what storage writes.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
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
import { sideChanges } from '../../../renderer/src/domain/merge/side-changes';
import { answeredByFromJournal } from '../../../renderer/src/domain/merge/resolve';
import type { WorkPackageRow } from '../../../renderer/src/storage/work-package-rows';
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
function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const EVIDENCE = {
  id: 'e2',
  practiceId: 'CIO-SE-1',
  name: 'photo.jpg',
  type: 'image/jpeg',
  size: 4,
  sha256: sha256Hex('abcd'),
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
    workPackages: await db.workPackages.toArray(),
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

const FILES = new Map([['e2', { blob: new Blob(['abcd']), sha256: sha256Hex('abcd') }]]);
const DIGEST = 'd'.repeat(64);

/** The lead's record of the package the return came from. */
async function leadPackage(setup: Awaited<ReturnType<typeof handedOut>>): Promise<WorkPackageRow> {
  const row: WorkPackageRow = {
    packageId: '6f1c1e2a-4b7d-4c1e-9a53-2f0a8e1b3c4d',
    assessmentId: setup.id,
    side: 'lead',
    baseHead: setup.baseHead,
    leadFingerprint: 'a'.repeat(64),
    assigneeFingerprint: 'b'.repeat(64),
    assigneeName: 'Ann',
    scope: {},
    state: 'handed-out',
    createdAt: at(3).toISOString(),
    base: { content: setup.base.content, evidence: setup.base.evidence },
    mergedReturns: [],
  };
  await setup.lead.workPackages.add(row);
  return row;
}
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
      ['ann', 'merge.answers.CIO-SE-1.notes'],
      ['ann', 'merge.systems.s2'],
      ['ann', 'merge.answers.CIO-DD-1.status'],
      ['ann', 'merge.evidence.e2'],
      ['lead', 'merge.answers.CIO-SE-1.status'],
    ]);
    // Dated at the merge; the time Ann made the change stays in the entry.
    expect(added.map((e) => e.at)).toEqual(Array(5).fill(at(200).toISOString()));
    expect(added[0]).toMatchObject({
      oldValue: { base: '', theirs: { value: 'Checked on site', actor: 'ann', at: at(61).toISOString() } },
      newValue: { choice: 'taken', value: 'Checked on site' },
    });
    expect(added.at(-1)?.oldValue).toMatchObject({
      ours: { value: 'implemented', actor: 'lead' },
      theirs: { value: 'not-implemented', actor: 'ann' },
    });
  });

  it('keeps the journal’s times rising when the merge runs before the last entry’s time, without losing who and when', async () => {
    const setup = await typical();
    const merge = await computed(setup);
    const before = await getJournal(setup.lead, setup.id);
    const last = before.at(-1)!.at;
    // A clock behind the lead's last edit (at 21 minutes): the merge must not date its entries earlier.
    await must(
      applyMerge(setup.lead, setup.id, merge, { all: 'theirs' }, 'lead', {
        now: at(5),
        evidenceFiles: FILES,
      }),
    );
    const journal = await getJournal(setup.lead, setup.id);
    expect(verifyJournal(journal).ok).toBe(true);
    const times = journal.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(journal.slice(before.length).every((e) => e.at === last)).toBe(true);
    // Who and when of each taken change are still read from the journal by a later merge and the report.
    const ours = await storedMergeSide(setup.lead, setup.id, setup.baseHead);
    if (!ours.ok) throw new Error(ours.message);
    const changes = sideChanges('ours', { ...setup.base, headHash: setup.baseHead }, ours.value);
    if (!Array.isArray(changes)) throw new Error(changes.message);
    expect(changes.find((c) => c.key === 'answers.CIO-SE-1.notes')).toMatchObject({
      actor: 'ann',
      at: at(61).toISOString(),
    });
    expect(changes.find((c) => c.key === 'answers.CIO-DD-1.status')).toMatchObject({
      actor: 'ann',
      at: at(63).toISOString(),
    });
    expect(answeredByFromJournal(journal)).toMatchObject({ 'CIO-SE-1': 'ann', 'CIO-DD-1': 'ann' });
  });

  it('notes the return as merged in the same transaction as the merge', async () => {
    const setup = await typical();
    const row = await leadPackage(setup);
    await must(
      applyMerge(setup.lead, setup.id, await computed(setup), { all: 'theirs' }, 'lead', {
        evidenceFiles: FILES,
        mergedReturn: { packageId: row.packageId, bundleDigest: DIGEST },
      }),
    );
    expect((await setup.lead.workPackages.get(row.packageId))?.mergedReturns).toEqual([DIGEST]);
    // Merged again: nothing to write, and the digest is not noted twice.
    const after = await dump(setup.lead);
    await must(
      applyMerge(setup.lead, setup.id, await computed(setup), {}, 'lead', {
        mergedReturn: { packageId: row.packageId, bundleDigest: DIGEST },
      }),
    );
    expect(await dump(setup.lead)).toEqual(after);
  });

  it('notes nothing when the merge is refused, and merges nothing when its package is gone', async () => {
    const setup = await typical();
    const row = await leadPackage(setup);
    const merge = await computed(setup);
    await must(
      applyChange(setup.lead, setup.id, setField(contentField(CONTENT, 'title'), 'Later'), 'lead', at(150)),
    );
    const before = await dump(setup.lead);
    const mergedReturn = { packageId: row.packageId, bundleDigest: DIGEST };
    const stale = await applyMerge(setup.lead, setup.id, merge, { all: 'theirs' }, 'lead', {
      evidenceFiles: FILES,
      mergedReturn,
    });
    expect(stale).toMatchObject({ ok: false, code: 'merge-stale' });
    const unresolved = await applyMerge(setup.lead, setup.id, await computed(setup), {}, 'lead', {
      evidenceFiles: FILES,
      mergedReturn,
    });
    expect(unresolved).toMatchObject({ ok: false, code: 'unresolved-conflict' });
    expect(await dump(setup.lead)).toEqual(before);
    await setup.lead.workPackages.delete(row.packageId);
    const gone = await dump(setup.lead);
    const orphan = await applyMerge(setup.lead, setup.id, await computed(setup), { all: 'theirs' }, 'lead', {
      evidenceFiles: FILES,
      mergedReturn,
    });
    expect(orphan).toMatchObject({ ok: false, code: 'unknown-package' });
    expect(await dump(setup.lead)).toEqual(gone);
  });

  it('refuses, changing nothing, a file of evidence whose bytes do not hash to its recorded SHA-256', async () => {
    const setup = await typical();
    const merge = await computed(setup);
    const before = await dump(setup.lead);
    // Same size as recorded, different bytes: only the hash tells them apart.
    const altered = new Map([['e2', { blob: new Blob(['abce']), sha256: sha256Hex('abce') }]]);
    const applied = await applyMerge(setup.lead, setup.id, merge, { all: 'theirs' }, 'lead', {
      evidenceFiles: altered,
    });
    expect(applied).toMatchObject({ ok: false, code: 'evidence-altered' });
    expect(applied.ok || applied.message).toBe(
      'The file of evidence “photo.jpg” in the return does not match the SHA-256 its record gives (its bytes were changed), so nothing was merged.',
    );
    expect(await dump(setup.lead)).toEqual(before);
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
    const wrongSize = new Map([['e2', { blob: new Blob(['abcdef']), sha256: sha256Hex('abcdef') }]]);
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

import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startNextCycle } from '../../../renderer/src/storage/next-cycle-repository';
import {
  applyChange,
  getContent,
  getHeader,
  getJournal,
} from '../../../renderer/src/storage/assessment-repository';
import { answerField, addItem, setField } from '../../../renderer/src/storage/content-binding';
import {
  getRemediationJournal,
  listPlans,
  planOf,
  savePlan,
} from '../../../renderer/src/storage/remediation-repository';
import { importBundle } from '../../../renderer/src/storage/import-pipeline';
import { verifyJournal } from '../../../renderer/src/domain/journal/journal';
import { emptyContent } from '../../../renderer/src/domain/assessment/model';
import { emptyPlan } from '../../../renderer/src/domain/remediation/model';
import { SAMPLE_ID, sampleContent, sampleFinding } from '../domain/import/helpers/sample-document';
import { makeSigner, type TestSigner } from '../domain/import/helpers/test-bundle';
import { bundleAt, dump, freshDb } from './helpers/import-fixtures';
import { at, localAssessment } from './helpers/local-assessment';

let signer: TestSigner;
beforeAll(async () => {
  signer = await makeSigner();
});

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; message: string }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.message);
  return settled.value;
}

/** A local assessment with one answered practice, one open finding with a plan and one closed finding. */
async function answeredLocal() {
  const { db, id } = await localAssessment();
  const content = emptyContent();
  await must(
    applyChange(db, id, setField(answerField(content, 'CIO-SE-1', 'status'), 'partial'), 'tester', at(1)),
  );
  for (const finding of [sampleFinding({ id: 'f-open' }), sampleFinding({ id: 'f-closed' })])
    await must(applyChange(db, id, addItem('findings', finding), 'tester', at(2)));
  await must(
    savePlan(db, id, { ...emptyPlan('f-open'), owner: 'OT lead', status: 'in-progress' }, 'fm', at(3)),
  );
  await must(savePlan(db, id, { ...emptyPlan('f-closed'), status: 'completed' }, 'fm', at(3)));
  return { db, id };
}

describe('startNextCycle', () => {
  it('writes a local assessment that carries answers, open findings and their plans, journalled as started from the previous revision', async () => {
    const { db, id } = await answeredLocal();
    const previousRevision = (await getHeader(db, id))?.revision;
    const nextId = await must(startNextCycle(db, id, 'carry', 'tester', at(10)));
    const content = await getContent(db, nextId);
    expect(content?.answers['CIO-SE-1']).toMatchObject({
      status: 'partial',
      carriedOver: { fromAssessmentId: id, fromRevision: previousRevision },
    });
    expect(content?.findings.map((finding) => finding.id)).toEqual(['f-open']);
    expect(content?.cycle).toEqual({ seriesId: id, previousAssessmentId: id, previousRevision });
    expect((await listPlans(db, nextId)).map(planOf)).toEqual([
      { ...emptyPlan('f-open'), owner: 'OT lead', status: 'in-progress' },
    ]);
    const header = await getHeader(db, nextId);
    expect(header).toMatchObject({
      source: 'local',
      revision: 1,
      siteName: 'Plant A',
      title: 'Plant A — 2030 cycle',
    });
    const journal = await getJournal(db, nextId);
    expect(journal).toHaveLength(1);
    expect(journal[0]?.newValue).toMatchObject({
      startedFrom: { assessmentId: id, revision: previousRevision, mode: 'carry' },
    });
    const remediationJournal = await getRemediationJournal(db, nextId);
    expect(remediationJournal.map((entry) => entry.field)).toEqual(['f-open']);
    expect(verifyJournal(remediationJournal)).toMatchObject({ ok: true });
  });

  it('in reset mode starts with no answers', async () => {
    const { db, id } = await answeredLocal();
    const nextId = await must(startNextCycle(db, id, 'reset', 'tester', at(10)));
    expect((await getContent(db, nextId))?.answers).toEqual({});
    expect((await getJournal(db, nextId))[0]?.newValue).toMatchObject({ startedFrom: { mode: 'reset' } });
  });

  it('clears the carried-over marker of an answer with its first edit, in the same journal entry', async () => {
    const { db, id } = await answeredLocal();
    const nextId = await must(startNextCycle(db, id, 'carry', 'tester', at(10)));
    const before = await getContent(db, nextId);
    if (!before) throw new Error('missing');
    await must(
      applyChange(
        db,
        nextId,
        setField(answerField(before, 'CIO-SE-1', 'notes'), 'Rechecked'),
        'tester',
        at(11),
      ),
    );
    const after = await getContent(db, nextId);
    expect(after?.answers['CIO-SE-1']).toEqual({
      status: 'partial',
      notes: 'Rechecked',
      justification: '',
      systemIds: [],
    });
    const journal = await getJournal(db, nextId);
    expect(journal.map((entry) => entry.field)).toEqual(['assessment', 'answers.CIO-SE-1.notes']);
  });

  it('confirms a carried answer when the same status is chosen again', async () => {
    const { db, id } = await answeredLocal();
    const nextId = await must(startNextCycle(db, id, 'carry', 'tester', at(10)));
    const before = await getContent(db, nextId);
    if (!before) throw new Error('missing');
    await must(
      applyChange(
        db,
        nextId,
        setField(answerField(before, 'CIO-SE-1', 'status'), 'partial'),
        'tester',
        at(11),
      ),
    );
    expect((await getContent(db, nextId))?.answers['CIO-SE-1']?.carriedOver).toBeUndefined();
  });

  it('starts an editable local cycle from a signed, read-only import without changing the import', async () => {
    const db = await freshDb();
    const content = sampleContent({ findings: [sampleFinding({ id: 'f1' })] });
    const bytes = await bundleAt(signer, 3, ['photo'], { content });
    const imported = await importBundle(db, bytes, { now: at(0) });
    if (!imported.ok) throw new Error(imported.message);
    const before = await dump(db);
    const nextId = await must(startNextCycle(db, SAMPLE_ID, 'carry', 'tester', at(10)));
    const after = await dump(db);
    for (const table of ['revisions', 'evidence', 'trustedSigners'])
      expect(after[table]).toEqual(before[table]);
    expect(await getHeader(db, nextId)).toMatchObject({ source: 'local', signerFingerprint: '' });
    expect((await getContent(db, nextId))?.answers['CIO-SE-1']?.carriedOver).toEqual({
      fromAssessmentId: SAMPLE_ID,
      fromRevision: 3,
    });
    const next = await getContent(db, nextId);
    if (!next) throw new Error('missing');
    expect(
      await applyChange(
        db,
        nextId,
        setField(answerField(next, 'CIO-SE-1', 'status'), 'implemented'),
        'tester',
        at(11),
      ),
    ).toMatchObject({ ok: true });
  });

  it('refuses an assessment that does not exist and writes nothing', async () => {
    const { db } = await localAssessment();
    const before = await dump(db);
    expect(await startNextCycle(db, 'missing', 'carry', 'tester', at(10))).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(await dump(db)).toEqual(before);
  });
});

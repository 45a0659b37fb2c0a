import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../renderer/src/storage/import-pipeline';
import {
  addClosureEvidence,
  getRemediationJournal,
  listPlans,
  removeClosureEvidence,
  savePlan,
} from '../../../renderer/src/storage/remediation-repository';
import { loadRemediation, remediationCounts } from '../../../renderer/src/storage/remediation-view';
import { createAssessment, applyChange } from '../../../renderer/src/storage/assessment-repository';
import { addItem, removeItem } from '../../../renderer/src/storage/content-binding';
import { verifyJournal } from '../../../renderer/src/domain/journal/journal';
import { emptyPlan, type RemediationPlan } from '../../../renderer/src/domain/remediation/model';
import { BUILT_IN_PACK } from '../../../renderer/src/domain/framework/builtin-pack';
import type { Finding } from '../../../renderer/src/domain/assessment/model';
import { makeSigner, type TestSigner } from '../domain/import/helpers/test-bundle';
import { SAMPLE_ID, sampleContent, sampleFinding } from '../domain/import/helpers/sample-document';
import { bundleAt, freshDb } from './helpers/import-fixtures';
import type { AirrDatabase } from '../../../renderer/src/storage/database';

let signer: TestSigner;
const NOW = new Date('2025-06-01T00:00:00Z');
const TODAY = '2025-06-01';

beforeAll(async () => {
  signer = await makeSigner();
});

async function importRevision(db: AirrDatabase, revision: number, findings: Finding[]) {
  const bytes = await bundleAt(signer, revision, ['photo'], { content: sampleContent({ findings }) });
  const result = await importBundle(db, bytes, { now: NOW });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

const f1 = sampleFinding({ id: 'f1', title: 'Drift not monitored' });
const f2 = sampleFinding({ id: 'f2', title: 'Shared HMI password', dueDate: '2025-05-01' });
const f3 = sampleFinding({ id: 'f3', title: 'No model inventory' });

const plan1: RemediationPlan = {
  ...emptyPlan('f1'),
  owner: 'OT security lead',
  status: 'in-progress',
  originalDueDate: '2025-07-31',
  milestones: [{ id: 'm1', date: '2025-06-15', description: 'Pick a drift monitor', done: false }],
};

describe('remediation layer', () => {
  it('survives three successive re-imports, and a finding the assessor removed is closed in that revision', async () => {
    const db = await freshDb();
    await importRevision(db, 2, [f1, f2]);
    expect(await savePlan(db, SAMPLE_ID, plan1, 'Facility manager', NOW)).toMatchObject({ ok: true });
    const plan2 = {
      ...emptyPlan('f2'),
      owner: 'IT',
      status: 'vendor-dependency' as const,
      supplier: 'HMI Corp',
    };
    expect(await savePlan(db, SAMPLE_ID, plan2, 'Facility manager', NOW)).toMatchObject({ ok: true });

    expect(
      await importRevision(db, 3, [{ ...f1, description: 'Reworded by the assessor.' }, f2]),
    ).toMatchObject({
      outcome: 'updated',
    });
    expect(await importRevision(db, 4, [f1])).toMatchObject({ outcome: 'updated' });
    expect(await importRevision(db, 5, [f1, f3])).toMatchObject({ outcome: 'updated' });

    const view = await loadRemediation(db, SAMPLE_ID, TODAY);
    expect(view?.planned.map((item) => [item.finding.id, item.stored, item.plan.owner])).toEqual([
      ['f1', true, 'OT security lead'],
      ['f3', false, 'Ops'],
    ]);
    expect(view?.planned[0]?.plan).toEqual(plan1);
    expect(view?.closed).toEqual([{ plan: plan2, title: 'Shared HMI password', closedInRevision: 4 }]);
    expect((await db.assessments.get(SAMPLE_ID))?.revision).toBe(5);
    const journal = await getRemediationJournal(db, SAMPLE_ID);
    expect(verifyJournal(journal)).toEqual({ ok: true });
    expect(journal.map((entry) => entry.field)).toEqual([
      'f1.owner',
      'f1.status',
      'f1.originalDueDate',
      'f1.milestones',
      'f2.owner',
      'f2.status',
      // The seed carried the assessor's recommended due date; this plan cleared it.
      'f2.originalDueDate',
      'f2.supplier',
    ]);
    expect(journal[0]).toMatchObject({ actor: 'Facility manager', at: NOW.toISOString(), oldValue: 'Ops' });
  });

  it('journals only what changed and nothing when a save changes nothing', async () => {
    const db = await freshDb();
    await importRevision(db, 2, [f1]);
    await savePlan(db, SAMPLE_ID, plan1, 'm', NOW);
    const again = await savePlan(db, SAMPLE_ID, plan1, 'm', NOW);
    expect(again).toMatchObject({ ok: true, value: { entries: 0 } });
    const done = { ...plan1, milestones: [{ ...plan1.milestones[0]!, done: true }] };
    expect(await savePlan(db, SAMPLE_ID, done, 'm', NOW)).toMatchObject({ ok: true, value: { entries: 1 } });
    expect((await getRemediationJournal(db, SAMPLE_ID)).length).toBe(5);
  });

  it('refuses a plan whose status lacks what it requires, and stores nothing', async () => {
    const db = await freshDb();
    await importRevision(db, 2, [f1]);
    const cases: Array<[Partial<RemediationPlan>, string]> = [
      [{ status: 'risk-accepted', justification: 'Low impact' }, 'approved it'],
      [{ status: 'risk-accepted', approver: 'CISO' }, 'justification'],
      [{ status: 'vendor-dependency' }, 'supplier'],
      [{ status: 'closure-verified' }, 'who verified'],
      [{ status: 'deviation-requested' }, 'justification'],
      [{ originalDueDate: '2025-13' }, ''],
    ];
    for (const [change, words] of cases) {
      const result = await savePlan(db, SAMPLE_ID, { ...emptyPlan('f1'), ...change }, 'm', NOW);
      expect(result).toMatchObject({ ok: false, code: 'invalid-plan' });
      if (!result.ok) expect(result.message).toContain(words);
    }
    expect(await listPlans(db, SAMPLE_ID)).toEqual([]);
    expect(await getRemediationJournal(db, SAMPLE_ID)).toEqual([]);
  });

  it('refuses a plan for a finding that does not exist', async () => {
    const db = await freshDb();
    await importRevision(db, 2, [f1]);
    expect(await savePlan(db, SAMPLE_ID, emptyPlan('nope'), 'm', NOW)).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });

  it('attaches closure evidence by SHA-256, refuses the same file twice, and removes it journaled', async () => {
    const db = await freshDb();
    await importRevision(db, 2, [f1]);
    const file = {
      id: 'ce1',
      name: 'patch-ticket.pdf',
      type: 'application/pdf',
      size: 4,
      sha256: 'd'.repeat(64),
      capturedAt: NOW.toISOString(),
      blob: new Blob(['data']),
    };
    expect(await addClosureEvidence(db, SAMPLE_ID, 'f1', file, 'm', NOW)).toMatchObject({ ok: true });
    expect(await addClosureEvidence(db, SAMPLE_ID, 'f1', { ...file, id: 'ce2' }, 'm', NOW)).toMatchObject({
      ok: false,
      code: 'duplicate-evidence',
    });
    const verified = {
      ...emptyPlan('f1'),
      status: 'closure-verified' as const,
      verifiedBy: 'Site CISO',
      closureEvidence: [],
    };
    expect(await savePlan(db, SAMPLE_ID, verified, 'm', NOW)).toMatchObject({ ok: true });
    const [row] = await listPlans(db, SAMPLE_ID);
    // A save cannot drop or forge the closure evidence list: it follows the stored files only.
    expect(row?.closureEvidence.map((item) => item.sha256)).toEqual(['d'.repeat(64)]);
    expect(await db.remediationEvidence.count()).toBe(1);
    expect(await removeClosureEvidence(db, SAMPLE_ID, 'f1', 'ce1', 'm', NOW)).toMatchObject({ ok: true });
    expect(await db.remediationEvidence.count()).toBe(0);
    expect((await listPlans(db, SAMPLE_ID))[0]?.closureEvidence).toEqual([]);
    expect(verifyJournal(await getRemediationJournal(db, SAMPLE_ID))).toEqual({ ok: true });
  });

  it('works the same on an assessment made here, and counts open and overdue plans', async () => {
    const db = await freshDb();
    const pack = { id: BUILT_IN_PACK.id, version: BUILT_IN_PACK.version };
    const created = await createAssessment(db, { title: 'Own', siteName: 'Dam', sector: 'dams' }, pack, 'me');
    if (!created.ok) throw new Error(created.message);
    for (const finding of [f1, f2, f3])
      await applyChange(db, created.value, addItem('findings', finding), 'me');
    const revision = (await db.assessments.get(created.value))?.revision;
    await savePlan(db, created.value, { ...emptyPlan('f1'), status: 'completed' }, 'm', NOW);
    await savePlan(db, created.value, { ...emptyPlan('f3'), originalDueDate: '2025-05-31' }, 'm', NOW);
    // The plan is not content: the assessment's revision does not move.
    expect((await db.assessments.get(created.value))?.revision).toBe(revision);
    // f2: seeded from the assessor's due date 2025-05-01, overdue; f3 overdue; f1 completed.
    const counts = await remediationCounts(db, [created.value], TODAY);
    expect(counts.get(created.value)).toEqual({ open: 2, overdue: 2 });
    await applyChange(db, created.value, removeItem('findings', 'f3'), 'me');
    const view = await loadRemediation(db, created.value, TODAY);
    expect(view?.closed.map((item) => [item.plan.findingId, item.closedInRevision])).toEqual([['f3', null]]);
    expect(view?.counts).toEqual({ open: 1, overdue: 1 });
  });
});

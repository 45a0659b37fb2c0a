import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { MIGRATIONS, openDatabase } from '../../../../renderer/src/storage/database';
import {
  UPGRADE_006_ACTOR,
  VERSION_006,
} from '../../../../renderer/src/storage/migrations/006-remediation-layer';
import { verifyJournal } from '../../../../renderer/src/domain/journal/journal';
import { emptyPlan } from '../../../../renderer/src/domain/remediation/model';
import { getRemediationJournal, listPlans } from '../../../../renderer/src/storage/remediation-repository';
import { sampleContent, sampleFinding } from '../../domain/import/helpers/sample-document';

describe('migration 006', () => {
  it('seeds the remediation layer from the findings and leaves the content exactly as it was', async () => {
    const name = `airr-migration-006-${Date.now()}`;
    const v5 = new Dexie(name);
    for (const migrate of MIGRATIONS.slice(0, VERSION_006 - 1)) migrate(v5);
    await v5.open();
    expect(v5.verno).toBe(5);
    const content = sampleContent({
      findings: [
        sampleFinding({
          id: 'f1',
          owner: 'Ops',
          dueDate: '2025-06-30',
          remediation: {
            status: 'in-progress',
            owner: 'OT lead',
            dueDate: '2025-08-01',
            note: 'Vendor call booked',
          },
        }),
        sampleFinding({ id: 'f2', owner: 'IT', dueDate: '2025-05-01' }),
        sampleFinding({
          id: 'f3',
          owner: '',
          dueDate: '',
          remediation: { status: 'done', owner: '', dueDate: '', note: '' },
        }),
        sampleFinding({ id: 'f4', owner: '', dueDate: '' }),
      ],
    });
    const updatedAt = '2026-01-02T00:00:00.000Z';
    await v5.table('assessments').add({ id: 'a6', title: 'T', updatedAt, revision: 7, source: 'local' });
    await v5.table('contents').add({ assessmentId: 'a6', content });
    v5.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(VERSION_006);
    expect((await db.contents.get('a6'))?.content).toEqual(content);
    expect((await db.assessments.get('a6'))?.revision).toBe(7);
    const plans = await listPlans(db, 'a6');
    expect(plans).toEqual([
      {
        ...emptyPlan('f1'),
        assessmentId: 'a6',
        updatedAt,
        owner: 'OT lead',
        status: 'in-progress',
        originalDueDate: '2025-08-01',
        note: 'Vendor call booked',
      },
      { ...emptyPlan('f2'), assessmentId: 'a6', updatedAt, owner: 'IT', originalDueDate: '2025-05-01' },
      { ...emptyPlan('f3'), assessmentId: 'a6', updatedAt, status: 'completed' },
    ]);
    const journal = await getRemediationJournal(db, 'a6');
    expect(verifyJournal(journal)).toEqual({ ok: true });
    expect(journal.map((entry) => [entry.field, entry.actor])).toEqual([
      ['f1.plan', UPGRADE_006_ACTOR],
      ['f2.plan', UPGRADE_006_ACTOR],
      ['f3.plan', UPGRADE_006_ACTOR],
    ]);
    db.close();
  });
});

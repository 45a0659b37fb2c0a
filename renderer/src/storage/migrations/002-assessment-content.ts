import type { Dexie, Transaction } from 'dexie';

/**
 * v2: the editable content moves to its own table so the library lists headers without loading every
 * answer; evidence blobs and the hash-chained journal get tables of their own. Existing v1 rows gain a
 * revision and an empty content record carrying their title, site and sector.
 */
export const VERSION_002 = 2;

export function migration002AssessmentContent(db: Dexie): void {
  db.version(VERSION_002)
    .stores({
      assessments: 'id, title, siteName, sector, status, createdAt, updatedAt, revision',
      contents: 'assessmentId',
      evidence: 'id, assessmentId, [assessmentId+sha256]',
      journal: '[assessmentId+seq], assessmentId',
    })
    .upgrade(upgradeTo002);
}

interface V1Row {
  id: string;
  title?: string;
  siteName?: string;
  sector?: string;
  revision?: number;
}

async function upgradeTo002(tx: Transaction): Promise<void> {
  const rows = (await tx.table('assessments').toArray()) as V1Row[];
  for (const row of rows) {
    await tx.table('assessments').update(row.id, { revision: row.revision ?? 1 });
    await tx.table('contents').put({
      assessmentId: row.id,
      content: {
        title: row.title ?? '',
        site: { name: row.siteName ?? '', address: '' },
        sector: row.sector ?? '',
        subsector: '',
        assessors: [],
        startDate: '',
        endDate: '',
        marking: { tlp: 'TLP:AMBER', text: '' },
        roles: [],
        systems: [],
        answers: {},
        findings: [],
      },
    });
  }
}

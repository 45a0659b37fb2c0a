import type { Dexie, Transaction } from 'dexie';
import type { Finding, JournalEntry } from '../../domain/assessment/model';
import { appendEntry } from '../../domain/journal/journal';
import { hasLegacyRemediation, seedPlan } from '../../domain/remediation/seed';

/**
 * v6: remediation becomes the site's own layer beside the signed record. `remediation` holds one plan per
 * [assessmentId+findingId], `remediationJournal` its own hash chain, `remediationEvidence` closure files.
 * Findings that already carry an owner, due date or remediation (in the content, as before v6) seed a
 * stored plan, journaled as done by this upgrade; the content itself is left exactly as it was.
 */
export const VERSION_006 = 6;

/** The journal actor for plans seeded by this upgrade. */
export const UPGRADE_006_ACTOR = 'schema upgrade 6 (from the findings)';

export function migration006RemediationLayer(db: Dexie): void {
  db.version(VERSION_006)
    .stores({
      remediation: '[assessmentId+findingId], assessmentId',
      remediationJournal: '[assessmentId+seq], assessmentId',
      remediationEvidence: 'id, assessmentId, [assessmentId+findingId]',
    })
    .upgrade(upgradeTo006);
}

type V5Content = { assessmentId: string; content?: { findings?: Finding[] } };
type V5Header = { id: string; updatedAt?: string };

async function upgradeTo006(tx: Transaction): Promise<void> {
  const headers = new Map(
    ((await tx.table('assessments').toArray()) as V5Header[]).map((header) => [header.id, header]),
  );
  const contents = (await tx.table('contents').toArray()) as V5Content[];
  for (const row of contents) {
    const findings = (row.content?.findings ?? []).filter(
      (finding) => hasLegacyRemediation(finding) || finding.owner !== '' || finding.dueDate !== '',
    );
    const at = headers.get(row.assessmentId)?.updatedAt ?? new Date(0).toISOString();
    let prev: JournalEntry | undefined;
    for (const finding of findings) {
      const plan = seedPlan(finding);
      await tx.table('remediation').put({ ...plan, assessmentId: row.assessmentId, updatedAt: at });
      prev = appendEntry(prev, {
        at,
        actor: UPGRADE_006_ACTOR,
        field: `${finding.id}.plan`,
        oldValue: null,
        newValue: plan,
      });
      await tx.table('remediationJournal').add({ ...prev, assessmentId: row.assessmentId });
    }
  }
}

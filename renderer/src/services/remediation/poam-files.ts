/**
 * Builds the two POA&M hand-off files from what is stored: the signed record (for findings and practices)
 * and the site's remediation layer. Read-only.
 */
import { toOscalPoam } from '../../domain/handoff/oscal-poam';
import { poamCsv } from '../../domain/handoff/poam-csv';
import { localToday } from '../../domain/remediation/due';
import type { AirrDatabase } from '../../storage/database';
import { loadDocument } from '../../storage/assessment-document';
import { listPlans } from '../../storage/remediation-repository';
import { loadRemediation } from '../../storage/remediation-view';
import { BUILT_IN_PACK as PACK } from '../../domain/framework/builtin-pack';

export type PoamFile = { ok: true; blob: Blob; suffix: string; ext: string } | { ok: false; message: string };

export async function poamFile(
  db: AirrDatabase,
  assessmentId: string,
  kind: 'oscal' | 'csv',
): Promise<PoamFile> {
  const today = localToday();
  const [document, view, rows] = await Promise.all([
    loadDocument(db, assessmentId),
    loadRemediation(db, assessmentId, today),
    listPlans(db, assessmentId),
  ]);
  if (!document || !view) return { ok: false, message: 'This assessment no longer exists.' };
  if (kind === 'csv') {
    const csv = poamCsv({ plans: view.planned, closed: view.closed, today });
    return { ok: true, blob: new Blob([csv], { type: 'text/csv' }), suffix: 'poam', ext: 'csv' };
  }
  const lastModified =
    [document.updatedAt, ...rows.map((row) => row.updatedAt)].sort().at(-1) ?? document.updatedAt;
  const poam = toOscalPoam({ document, plans: view.planned, lastModified }, PACK);
  if (!poam.ok) return { ok: false, message: poam.message };
  return {
    ok: true,
    blob: new Blob([JSON.stringify(poam.value, null, 2)], { type: 'application/json' }),
    suffix: 'oscal-poam',
    ext: 'json',
  };
}

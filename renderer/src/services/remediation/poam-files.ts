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
import { findPack } from '../../storage/pack-repository';
import { failure, success, type Result } from '../../domain/result';

/** A POA&M file to save: its contents, the file name's suffix and its extension. */
export type PoamFile = { blob: Blob; suffix: string; ext: string };
export type PoamCode = 'not-found' | 'no-open-items' | 'pack-missing';

export async function poamFile(
  db: AirrDatabase,
  assessmentId: string,
  kind: 'oscal' | 'csv',
): Promise<Result<PoamFile, PoamCode>> {
  const today = localToday();
  const [document, view, rows] = await Promise.all([
    loadDocument(db, assessmentId),
    loadRemediation(db, assessmentId, today),
    listPlans(db, assessmentId),
  ]);
  if (!document || !view) return failure('not-found', 'This assessment no longer exists.');
  if (kind === 'csv') {
    const csv = poamCsv({ plans: view.planned, closed: view.closed, today });
    return success({ blob: new Blob([csv], { type: 'text/csv' }), suffix: 'poam', ext: 'csv' });
  }
  const lastModified =
    [document.updatedAt, ...rows.map((row) => row.updatedAt)].sort().at(-1) ?? document.updatedAt;
  // The assessment's own pack: the POA&M names it and its practices, so it is not made on another one.
  const pack = await findPack(db, document.pack);
  if (!pack)
    return failure(
      'pack-missing',
      `The framework pack ${document.pack.id} ${document.pack.version} this assessment was made on is not installed, so its OSCAL POA&M cannot name its practices. Install that pack in Settings → Framework packs, or save the CSV.`,
    );
  const poam = toOscalPoam({ document, plans: view.planned, lastModified }, pack);
  if (!poam.ok) return poam;
  return success({
    blob: new Blob([JSON.stringify(poam.value, null, 2)], { type: 'application/json' }),
    suffix: 'oscal-poam',
    ext: 'json',
  });
}

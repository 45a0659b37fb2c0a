import { localToday } from '../../domain/remediation/due';
import type { ReportRemediation } from '../../domain/report/report-input';
import type { AirrDatabase } from '../../storage/database';
import { listPlans } from '../../storage/remediation-repository';
import { loadRemediation } from '../../storage/remediation-view';

/** The remediation section's input when the site has stored any plan for this assessment; else undefined. */
export async function reportRemediation(
  db: AirrDatabase,
  assessmentId: string,
  now: Date,
): Promise<ReportRemediation | undefined> {
  if ((await listPlans(db, assessmentId)).length === 0) return undefined;
  const today = localToday(now);
  const view = await loadRemediation(db, assessmentId, today);
  return view ? { plans: view.planned, closed: view.closed, today } : undefined;
}

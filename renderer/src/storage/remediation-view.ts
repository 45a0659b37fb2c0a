/**
 * Reads the remediation layer together with the record it tracks: the plan of every current finding, the
 * plans of findings the assessor has removed (with the revision that removed them) and open/overdue counts.
 */
import { countPlans, localToday, type PlanCounts } from '../domain/remediation/due';
import type { ReportRemediation } from '../domain/report/report-input';
import {
  closedPlans,
  plannedFindings,
  type ClosedPlan,
  type PlannedFinding,
  type RevisionFindings,
} from '../domain/remediation/effective-plans';
import type { RemediationPlan } from '../domain/remediation/model';
import type { AirrDatabase } from './database';
import { listPlans, planOf } from './remediation-repository';
import type { RemediationRow } from './remediation-rows';

export type RemediationView = { planned: PlannedFinding[]; closed: ClosedPlan[]; counts: PlanCounts };

function plansById(rows: readonly RemediationRow[]): Map<string, RemediationPlan> {
  return new Map(rows.map((row) => [row.findingId, planOf(row)] as const));
}

/** The site's stored plans of one assessment by finding id (no seeded ones: those follow the content). */
export async function storedPlansOf(
  db: AirrDatabase,
  assessmentId: string,
): Promise<Map<string, RemediationPlan>> {
  return plansById(await listPlans(db, assessmentId));
}

/** The whole remediation picture of one assessment; null when the assessment does not exist. */
export async function loadRemediation(
  db: AirrDatabase,
  assessmentId: string,
  today: string,
): Promise<RemediationView | null> {
  return db.transaction('r', [db.assessments, db.contents, db.remediation, db.revisions], async () => {
    const [header, row, rows] = await Promise.all([
      db.assessments.get(assessmentId),
      db.contents.get(assessmentId),
      listPlans(db, assessmentId),
    ]);
    if (!header || !row) return null;
    const stored = plansById(rows);
    const planned = plannedFindings(row.content.findings, stored);
    const current = new Set(row.content.findings.map((finding) => finding.id));
    const orphans = [...stored.values()].filter((plan) => !current.has(plan.findingId));
    let revisions: RevisionFindings[] = [];
    if (orphans.length > 0 && header.source === 'imported') {
      const history = await db.revisions.where('assessmentId').equals(assessmentId).toArray();
      revisions = [
        ...history.map((item) => ({ revision: item.revision, findings: item.document.content.findings })),
        { revision: header.revision, findings: row.content.findings },
      ];
    }
    return {
      planned,
      closed: closedPlans(current, orphans, revisions),
      counts: countPlans(
        planned.map((item) => item.plan),
        today,
      ),
    };
  });
}

/** Open and overdue counts of the current findings of each assessment (for the library's visible rows). */
export async function remediationCounts(
  db: AirrDatabase,
  assessmentIds: readonly string[],
  today: string,
): Promise<Map<string, PlanCounts>> {
  const counts = new Map<string, PlanCounts>();
  const contents = await db.contents.bulkGet([...assessmentIds]);
  for (const row of contents) {
    if (!row) continue;
    const stored = plansById(await listPlans(db, row.assessmentId));
    const planned = plannedFindings(row.content.findings, stored);
    counts.set(
      row.assessmentId,
      countPlans(
        planned.map((item) => item.plan),
        today,
      ),
    );
  }
  return counts;
}

export type SiteRemediation = { site: string; assessmentId: string; counts: PlanCounts };

/**
 * Open and overdue counts per site, from each site's most recent assessment (the one the portfolio shows),
 * sorted by most overdue, then most open, then site name.
 */
export async function remediationBySite(db: AirrDatabase, today: string): Promise<SiteRemediation[]> {
  const headers = await db.assessments.orderBy('updatedAt').reverse().toArray();
  const latest = new Map<string, { site: string; id: string }>();
  for (const header of headers) {
    const key = header.siteName.trim().toLowerCase();
    if (!latest.has(key)) latest.set(key, { site: header.siteName.trim(), id: header.id });
  }
  const sites = [...latest.values()];
  const counts = await remediationCounts(
    db,
    sites.map((site) => site.id),
    today,
  );
  return sites
    .map((site) => ({
      site: site.site,
      assessmentId: site.id,
      counts: counts.get(site.id) ?? { open: 0, overdue: 0 },
    }))
    .sort(
      (a, b) =>
        b.counts.overdue - a.counts.overdue || b.counts.open - a.counts.open || a.site.localeCompare(b.site),
    );
}

/** The PDF report's remediation section when the site has stored any plan for this assessment; else undefined. */
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

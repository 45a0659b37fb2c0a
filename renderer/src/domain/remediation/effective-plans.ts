/**
 * The plans of an assessment as a manager sees them: one per finding of the current content (the stored
 * plan, or one seeded from the finding), and separately the stored plans whose finding the assessor has
 * since removed, with the revision that removed it.
 */
import type { Finding } from '../assessment/model';
import type { RemediationPlan } from './model';
import { seedPlan } from './seed';

export type PlannedFinding = { finding: Finding; plan: RemediationPlan; stored: boolean };

/** A revision as far as closing findings is concerned: its number and the finding ids it holds. */
export type RevisionFindings = { revision: number; findings: readonly Pick<Finding, 'id' | 'title'>[] };

export type ClosedPlan = {
  plan: RemediationPlan;
  /** The finding's title in the last revision that had it ('' when no stored revision had it). */
  title: string;
  /** The first revision without the finding after the last one with it; null for own assessments. */
  closedInRevision: number | null;
};

export function plannedFindings(
  findings: readonly Finding[],
  stored: ReadonlyMap<string, RemediationPlan>,
): PlannedFinding[] {
  return findings.map((finding) => {
    const plan = stored.get(finding.id);
    return plan ? { finding, plan, stored: true } : { finding, plan: seedPlan(finding), stored: false };
  });
}

/**
 * Stored plans with no finding in the current revision. `revisions` lists every stored revision of an
 * imported assessment, current included (any order); it is empty for an assessment made here.
 */
export function closedPlans(
  currentFindingIds: ReadonlySet<string>,
  stored: Iterable<RemediationPlan>,
  revisions: readonly RevisionFindings[],
): ClosedPlan[] {
  const ordered = [...revisions].sort((a, b) => a.revision - b.revision);
  const closed: ClosedPlan[] = [];
  for (const plan of stored) {
    if (currentFindingIds.has(plan.findingId)) continue;
    let lastWith = -1;
    ordered.forEach((revision, index) => {
      if (revision.findings.some((f) => f.id === plan.findingId)) lastWith = index;
    });
    const title =
      lastWith >= 0 ? (ordered[lastWith]?.findings.find((f) => f.id === plan.findingId)?.title ?? '') : '';
    const closing = ordered[lastWith + 1] ?? ordered[ordered.length - 1];
    closed.push({ plan, title, closedInRevision: closing ? closing.revision : null });
  }
  return closed.sort((a, b) => a.plan.findingId.localeCompare(b.plan.findingId));
}

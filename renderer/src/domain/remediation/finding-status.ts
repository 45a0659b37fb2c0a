/**
 * Whether a finding is still open, as the facility manager sees it. The site's plan (POA&M item) decides
 * when the site has stored one for the finding; otherwise the assessor's signed content does, through the
 * same mapping that seeds a new plan (open / in progress stay open, done becomes completed). Closed means
 * nothing is left to do: completed or closure verified. Risk accepted, deviation requested and vendor
 * dependency stay open: they are tracked, not fixed.
 */
import type { Finding } from '../assessment/model';
import type { PlanStatus, RemediationPlan } from './model';
import { CLOSED_STATUSES } from './plan-statuses';
import { seedPlan } from './seed';

/** The site's stored plans of one assessment, keyed by finding id (only the status is read here). */
export type FindingPlans = ReadonlyMap<string, Pick<RemediationPlan, 'status'>>;

export const NO_PLANS: FindingPlans = new Map();

/** The site's stored plans of one assessment, whole (for exports that carry owner and due date too). */
export type StoredPlans = ReadonlyMap<string, RemediationPlan>;

/** The plan in force for a finding: the stored one, else the one seeded from the signed content. */
export function effectivePlan(finding: Finding, plans: StoredPlans): RemediationPlan {
  return plans.get(finding.id) ?? seedPlan(finding);
}

/** The plan status in force for a finding: the stored plan's, else the one seeded from the signed content. */
export function findingPlanStatus(finding: Finding, plans: FindingPlans): PlanStatus {
  return plans.get(finding.id)?.status ?? seedPlan(finding).status;
}

/** True when a plan in this status still has something to do. */
export function isPlanStatusOpen(status: PlanStatus): boolean {
  return !CLOSED_STATUSES.includes(status);
}

/** True when the finding is open by the site's plan (or, with no plan, by the signed content). */
export function isFindingOpen(finding: Finding, plans: FindingPlans): boolean {
  return isPlanStatusOpen(findingPlanStatus(finding, plans));
}

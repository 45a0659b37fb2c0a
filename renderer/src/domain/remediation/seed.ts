/**
 * Where a plan starts when the site has not written one yet. Assessments before schema version 6 kept an
 * owner, due date and three-value status inside the finding itself (format v1 still carries those fields);
 * they seed the plan once, and from then on the plan is the site's and the finding's fields are the
 * assessor's recommendation only (see docs/ARCHITECTURE.md, "Record and remediation").
 */
import type { Finding } from '../assessment/model';
import { emptyPlan } from './empty-plan';
import type { PlanStatus, RemediationPlan } from './model';

const LEGACY_STATUS: Record<Finding['remediation']['status'], PlanStatus> = {
  open: 'open',
  'in-progress': 'in-progress',
  done: 'completed',
};

/** The plan seeded from a finding's own (legacy) remediation fields and the assessor's recommended dates. */
export function seedPlan(finding: Finding): RemediationPlan {
  return {
    ...emptyPlan(finding.id),
    owner: finding.remediation.owner || finding.owner,
    status: LEGACY_STATUS[finding.remediation.status],
    originalDueDate: finding.remediation.dueDate || finding.dueDate,
    note: finding.remediation.note,
  };
}

/** True when the finding carries legacy remediation worth seeding a stored plan with. */
export function hasLegacyRemediation(finding: Finding): boolean {
  const { status, owner, dueDate, note } = finding.remediation;
  return status !== 'open' || owner !== '' || dueDate !== '' || note !== '';
}

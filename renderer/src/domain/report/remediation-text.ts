/**
 * The words both reports (signed PDF and editable DOCX) print for a site's remediation plan item, so the two
 * never describe the same plan differently.
 */
import { dueDateOf, isOverdue } from '../remediation/due';
import type { RemediationPlan } from '../remediation/model';
import { PLAN_STATUS_LABELS } from '../remediation/plan-labels';
import { formatDate } from './pdf-text';
import type { ReportRemediation } from './report-input';

export const REMEDIATION_HEADING = 'Remediation plan (the site’s own record)';

export function remediationIntro(layer: ReportRemediation): string {
  return `The site's plan of action and milestones as of ${formatDate(layer.today)}. It is kept apart from the assessor's findings above and may change after this report.`;
}

/** Status label, then what that status carries (approver, justification, supplier, verifier). */
export function planStatusText(plan: RemediationPlan): string {
  const detail =
    plan.status === 'risk-accepted'
      ? `by ${plan.approver}: ${plan.justification}`
      : plan.status === 'deviation-requested'
        ? plan.justification
        : plan.status === 'vendor-dependency'
          ? `on ${plan.supplier}`
          : plan.status === 'closure-verified'
            ? `by ${plan.verifiedBy}; ${plan.closureEvidence.length} evidence file(s)`
            : '';
  return [PLAN_STATUS_LABELS[plan.status], detail].filter(Boolean).join('\n');
}

/** Original and adjusted due dates, and OVERDUE when past due on `today` (yyyy-mm-dd). */
export function planDueText(plan: RemediationPlan, today: string): string {
  const parts = [
    plan.originalDueDate ? `Original ${formatDate(plan.originalDueDate)}` : '',
    plan.adjustedDueDate ? `Adjusted ${formatDate(plan.adjustedDueDate)}` : '',
    isOverdue(plan, today) ? 'OVERDUE' : '',
  ].filter(Boolean);
  return dueDateOf(plan) ? parts.join('\n') : 'No due date';
}

export function planMilestonesText(plan: RemediationPlan): string {
  return (
    plan.milestones
      .map((m) => `${m.done ? '[done]' : '[ ]'} ${m.date ? formatDate(m.date) : 'no date'}: ${m.description}`)
      .join('\n') || '-'
  );
}

/** One line per plan whose finding the assessor closed or removed. */
export function closedPlanText(closed: ReportRemediation['closed'][number]): string {
  const { plan, title, closedInRevision } = closed;
  const how =
    closedInRevision === null
      ? 'removed from the assessment'
      : `closed in revision ${closedInRevision} by the assessor`;
  return `${title || plan.findingId}: ${how}; plan ${PLAN_STATUS_LABELS[plan.status].toLowerCase()}.`;
}

export const CLOSED_PLANS_HEADING = 'Findings no longer in the assessment';

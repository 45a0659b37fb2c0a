import { dueDateOf, isOverdue } from '../remediation/due';
import type { RemediationPlan } from '../remediation/model';
import { PLAN_STATUS_LABELS } from '../remediation/plan-labels';
import type { PdfCursor } from './pdf-cursor';
import { COLOR } from './pdf-style';
import { drawTable } from './pdf-table';
import { formatDate } from './pdf-text';
import type { ReportInput } from './report-input';

function statusText(plan: RemediationPlan): string {
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

function dueText(plan: RemediationPlan, today: string): string {
  const parts = [
    plan.originalDueDate ? `Original ${formatDate(plan.originalDueDate)}` : '',
    plan.adjustedDueDate ? `Adjusted ${formatDate(plan.adjustedDueDate)}` : '',
    isOverdue(plan, today) ? 'OVERDUE' : '',
  ].filter(Boolean);
  return dueDateOf(plan) ? parts.join('\n') : 'No due date';
}

/** The site's remediation plan (POA&M), when one exists: status, owner, dates and milestones per finding. */
export function drawRemediation(cursor: PdfCursor, input: ReportInput): void {
  const layer = input.remediation;
  if (!layer) return;
  cursor.newPage();
  cursor.heading('Remediation plan (the site’s own record)');
  cursor.paragraph(
    `The site's plan of action and milestones as of ${formatDate(layer.today)}. It is kept apart from the assessor's findings above and may change after this report.`,
    9.5,
    COLOR.muted,
  );
  cursor.gap(6);
  drawTable(
    cursor,
    [
      { header: 'Finding', share: 3 },
      { header: 'Owner', share: 1.6 },
      { header: 'Status', share: 2.2 },
      { header: 'Due', share: 1.8 },
      { header: 'Milestones', share: 3 },
    ],
    layer.plans.map(({ finding, plan }) => [
      { lead: finding.title || finding.id, text: plan.note },
      plan.owner || 'No owner',
      statusText(plan),
      dueText(plan, layer.today),
      plan.milestones
        .map(
          (m) => `${m.done ? '[done]' : '[ ]'} ${m.date ? formatDate(m.date) : 'no date'}: ${m.description}`,
        )
        .join('\n') || '-',
    ]),
  );
  if (layer.closed.length === 0) return;
  cursor.gap(10);
  cursor.subheading('Findings no longer in the assessment');
  for (const { plan, title, closedInRevision } of layer.closed) {
    const closed =
      closedInRevision === null
        ? 'removed from the assessment'
        : `closed in revision ${closedInRevision} by the assessor`;
    cursor.paragraph(
      `${title || plan.findingId}: ${closed}; plan ${PLAN_STATUS_LABELS[plan.status].toLowerCase()}.`,
    );
  }
}

/**
 * The POA&M as a spreadsheet: one row per finding of the current revision, then one per plan whose finding
 * the assessor has removed. Same CSV rules as the other hand-off files (csv.ts: RFC 4180, BOM, formula
 * guard). The columns are documented in README.md ("Facility managers"); keep both in step.
 */
import type { Finding } from '../assessment/model';
import { dueDateOf, isOverdue } from '../remediation/due';
import type { RemediationPlan } from '../remediation/model';
import { toCsv } from './csv';

export const POAM_CSV_COLUMNS = [
  'Finding',
  'Title',
  'Severity',
  'Practices',
  'Recommendation',
  'Recommended owner',
  'Recommended due date',
  'Owner',
  'Status',
  'Original due date',
  'Adjusted due date',
  'Due date',
  'Overdue',
  'Milestones',
  'Justification',
  'Approver',
  'Supplier',
  'Verified by',
  'Closure evidence',
  'Note',
  'Closed in revision',
] as const;

export type PoamCsvInput = {
  plans: ReadonlyArray<{ finding: Finding; plan: RemediationPlan }>;
  closed: ReadonlyArray<{ plan: RemediationPlan; title: string; closedInRevision: number | null }>;
  /** Today (yyyy-mm-dd) for the Overdue column. */
  today: string;
};

function planCells(plan: RemediationPlan, today: string): string[] {
  return [
    plan.owner,
    plan.status,
    plan.originalDueDate,
    plan.adjustedDueDate,
    dueDateOf(plan),
    isOverdue(plan, today) ? 'yes' : 'no',
    plan.milestones
      .map((m) => `${m.date || 'no date'} ${m.description}${m.done ? ' (done)' : ''}`)
      .join('; '),
    plan.justification,
    plan.approver,
    plan.supplier,
    plan.verifiedBy,
    plan.closureEvidence.map((file) => `${file.name} sha256:${file.sha256}`).join('; '),
    plan.note,
  ];
}

export function poamCsv(input: PoamCsvInput): string {
  const current = input.plans.map(({ finding, plan }) => [
    finding.id,
    finding.title,
    finding.severity,
    finding.practiceIds.join('; '),
    finding.recommendation,
    finding.owner,
    finding.dueDate,
    ...planCells(plan, input.today),
    '',
  ]);
  const closed = input.closed.map(({ plan, title, closedInRevision }) => [
    plan.findingId,
    title,
    '',
    '',
    '',
    '',
    '',
    ...planCells(plan, input.today),
    closedInRevision === null ? 'removed' : String(closedInRevision),
  ]);
  return toCsv(POAM_CSV_COLUMNS, [...current, ...closed]);
}

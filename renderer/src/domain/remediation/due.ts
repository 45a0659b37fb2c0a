/**
 * Due dates and counts. "Today" is a local calendar date (yyyy-mm-dd) passed in by the caller, never read
 * from a clock here, so the same plan gives the same answer in a test and on screen.
 */
import type { RemediationPlan } from './model';
import { CLOSED_STATUSES } from './plan-statuses';

/** Today as yyyy-mm-dd in the machine's own time zone (what a manager calls "today"). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The due date in force: the adjusted one when it was moved, else the original. '' when none. */
export function dueDateOf(plan: RemediationPlan): string {
  return plan.adjustedDueDate || plan.originalDueDate;
}

/** Open = something is still to be done (risk accepted stays open: it is tracked, not fixed). */
export function isOpen(plan: RemediationPlan): boolean {
  return !CLOSED_STATUSES.includes(plan.status);
}

/** Overdue = open, not risk-accepted, with a due date before today. */
export function isOverdue(plan: RemediationPlan, today: string): boolean {
  const due = dueDateOf(plan);
  return isOpen(plan) && plan.status !== 'risk-accepted' && due !== '' && due < today;
}

export type PlanCounts = { open: number; overdue: number };

export function countPlans(plans: Iterable<RemediationPlan>, today: string): PlanCounts {
  let open = 0;
  let overdue = 0;
  for (const plan of plans) {
    if (isOpen(plan)) open += 1;
    if (isOverdue(plan, today)) overdue += 1;
  }
  return { open, overdue };
}

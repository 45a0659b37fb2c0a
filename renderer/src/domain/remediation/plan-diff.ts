/**
 * What a save changed, field by field, for the remediation journal: one entry per changed field, so the
 * journal says who changed what without repeating the whole plan each time.
 */
import { canonicalJson } from '../journal/canonical-json';
import type { RemediationPlan } from './model';

export type PlanFieldChange = { field: string; oldValue: unknown; newValue: unknown };

const FIELDS = [
  'owner',
  'status',
  'originalDueDate',
  'adjustedDueDate',
  'milestones',
  'justification',
  'approver',
  'supplier',
  'verifiedBy',
  'closureEvidence',
  'note',
] as const satisfies readonly (keyof RemediationPlan)[];

/**
 * The changed fields, named "<findingId>.<field>". `before` is the stored plan, or for a first save the plan
 * the screen showed (seeded from the finding), so a first save journals only what the manager changed.
 */
export function planChanges(before: RemediationPlan, after: RemediationPlan): PlanFieldChange[] {
  const changes: PlanFieldChange[] = [];
  for (const field of FIELDS) {
    if (canonicalJson(before[field]) === canonicalJson(after[field])) continue;
    changes.push({ field: `${after.findingId}.${field}`, oldValue: before[field], newValue: after[field] });
  }
  return changes;
}

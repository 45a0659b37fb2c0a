/**
 * The plan of a finding nobody has planned yet, apart from the plan schema (zod) in model.ts: the v6 schema
 * upgrade seeds plans with it, and the database opens at start-up, before any schema is needed.
 */
import type { RemediationPlan } from './model';

/** The plan of a finding nobody has planned yet. */
export function emptyPlan(findingId: string): RemediationPlan {
  return {
    findingId,
    owner: '',
    status: 'open',
    originalDueDate: '',
    adjustedDueDate: '',
    milestones: [],
    justification: '',
    approver: '',
    supplier: '',
    verifiedBy: '',
    closureEvidence: [],
    note: '',
  };
}

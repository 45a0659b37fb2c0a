/**
 * The site's remediation plan for one finding: a POA&M item (FedRAMP / OSCAL plan of action and milestones).
 * It is the facility's own record, kept apart from the assessor's signed content and keyed by assessment id
 * and finding id, so a newer signed revision replaces the findings without touching the plan.
 *
 * Stored flat (every status-specific field always present, '' when unused) so a form can edit it directly;
 * the refinement below says which fields a status requires.
 */
import { z } from 'zod';
import { CLOSED_STATUSES, PLAN_STATUSES } from './plan-statuses';

export { CLOSED_STATUSES, PLAN_STATUSES };

const ID = z.string().min(1).max(100);
const SHORT_TEXT = z.string().max(500);
const LONG_TEXT = z.string().max(20_000);
/** ISO 8601 date (yyyy-mm-dd) or empty while not set. */
export const PLAN_DATE = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
const TIMESTAMP = z.iso.datetime({ offset: true });
const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/);

export const MAX_MILESTONES = 100;
export const MAX_CLOSURE_EVIDENCE = 50;

export const PlanStatus = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const Milestone = z.object({
  id: ID,
  date: PLAN_DATE,
  description: SHORT_TEXT.min(1, 'A milestone needs a description.'),
  done: z.boolean(),
});
export type Milestone = z.infer<typeof Milestone>;

/** A file proving closure: metadata here, the blob in its own table, hashed like assessment evidence. */
export const ClosureEvidence = z.object({
  id: ID,
  name: z.string().min(1).max(255),
  type: z.string().max(200),
  size: z.number().int().positive(),
  sha256: SHA256_HEX,
  capturedAt: TIMESTAMP,
});
export type ClosureEvidence = z.infer<typeof ClosureEvidence>;

/** A plan as typed, before the rules of its status are met (a form's draft); strict like every boundary. */
export const PlanDraft = z.strictObject({
  findingId: ID,
  owner: SHORT_TEXT,
  status: PlanStatus,
  /** The first due date planned; kept when the date moves so slippage stays visible. */
  originalDueDate: PLAN_DATE,
  /** The due date now agreed, '' while it has not moved. */
  adjustedDueDate: PLAN_DATE,
  milestones: z.array(Milestone).max(MAX_MILESTONES),
  /** risk-accepted and deviation-requested: why. */
  justification: LONG_TEXT,
  /** risk-accepted: who accepted the risk. */
  approver: SHORT_TEXT,
  /** vendor-dependency: the supplier the fix waits for. */
  supplier: SHORT_TEXT,
  /** closure-verified: who verified the closure. */
  verifiedBy: SHORT_TEXT,
  closureEvidence: z.array(ClosureEvidence).max(MAX_CLOSURE_EVIDENCE),
  note: LONG_TEXT,
});

const blank = (text: string) => text.trim() === '';

export type PlanDraft = z.infer<typeof PlanDraft>;

export const RemediationPlan = PlanDraft.superRefine((plan, context) => {
  const need = (field: keyof typeof plan, message: string) => {
    const value = plan[field];
    if (typeof value === 'string' && blank(value))
      context.addIssue({ code: 'custom', path: [field], message });
  };
  if (plan.status === 'risk-accepted') {
    need('justification', 'A risk acceptance needs a justification.');
    need('approver', 'A risk acceptance needs the name of whoever approved it.');
  }
  if (plan.status === 'deviation-requested')
    need('justification', 'A deviation request needs a justification.');
  if (plan.status === 'vendor-dependency') need('supplier', 'A vendor dependency needs the supplier named.');
  if (plan.status === 'closure-verified') need('verifiedBy', 'A verified closure needs who verified it.');
  const ids = new Set<string>();
  for (const milestone of plan.milestones) {
    if (ids.has(milestone.id))
      context.addIssue({ code: 'custom', path: ['milestones'], message: 'Milestone ids must be unique.' });
    ids.add(milestone.id);
  }
});
export type RemediationPlan = z.infer<typeof RemediationPlan>;

export { emptyPlan } from './empty-plan';

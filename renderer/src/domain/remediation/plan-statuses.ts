// The plan statuses apart from the plan schema (zod, model.ts): counting open plans (the library's rows) needs
// only these.
export const PLAN_STATUSES = [
  'open',
  'in-progress',
  'risk-accepted',
  'deviation-requested',
  'vendor-dependency',
  'completed',
  'closure-verified',
] as const;

/** Statuses after which nothing is left to do: such an item is neither open nor overdue. */
export const CLOSED_STATUSES: readonly (typeof PLAN_STATUSES)[number][] = ['completed', 'closure-verified'];

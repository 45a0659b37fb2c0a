import type { PlanStatus } from './model';

/** How each POA&M status reads on screen and in the PDF report: one wording everywhere. */
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  'risk-accepted': 'Risk accepted',
  'deviation-requested': 'Deviation requested',
  'vendor-dependency': 'Vendor dependency',
  completed: 'Completed',
  'closure-verified': 'Closure verified',
};

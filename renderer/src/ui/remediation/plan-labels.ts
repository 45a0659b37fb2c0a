import type { PlanStatus } from '../../domain/remediation/model';

/** How each POA&M status reads on screen, in the CSV and in the PDF. */
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  'risk-accepted': 'Risk accepted',
  'deviation-requested': 'Deviation requested',
  'vendor-dependency': 'Vendor dependency',
  completed: 'Completed',
  'closure-verified': 'Closure verified',
};

import type { PdfCursor } from './pdf-cursor';
import { COLOR } from './pdf-style';
import { drawTable } from './pdf-table';
import {
  CLOSED_PLANS_HEADING,
  closedPlanText,
  planDueText,
  planMilestonesText,
  planStatusText,
  REMEDIATION_HEADING,
  remediationIntro,
} from './remediation-text';
import type { ReportInput } from './report-input';

/** The site's remediation plan (POA&M), when one exists: status, owner, dates and milestones per finding. */
export function drawRemediation(cursor: PdfCursor, input: ReportInput): void {
  const layer = input.remediation;
  if (!layer) return;
  cursor.newPage();
  cursor.heading(REMEDIATION_HEADING);
  cursor.paragraph(remediationIntro(layer), 9.5, COLOR.muted);
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
      planStatusText(plan),
      planDueText(plan, layer.today),
      planMilestonesText(plan),
    ]),
  );
  if (layer.closed.length === 0) return;
  cursor.gap(10);
  cursor.subheading(CLOSED_PLANS_HEADING);
  for (const closed of layer.closed) cursor.paragraph(closedPlanText(closed));
}

import { SEVERITIES } from '../assessment/model';
import type { PdfCursor } from './pdf-cursor';
import { COLOR, SEVERITY_STYLE } from './pdf-style';
import { drawTable } from './pdf-table';
import { formatDate } from './pdf-text';
import type { ReportInput } from './report-input';

const REMEDIATION_LABEL = { open: 'Open', 'in-progress': 'In progress', done: 'Done' } as const;

/** Findings, most severe first, with description, recommendation and remediation tracking. */
export function drawFindings(cursor: PdfCursor, input: ReportInput): void {
  const { findings } = input.document.content;
  const systems = new Map(input.document.content.systems.map((s) => [s.id, s.name]));
  cursor.newPage();
  cursor.heading('Findings and recommendations');
  if (findings.length === 0) {
    cursor.paragraph('No findings were recorded.', 9.5, COLOR.muted);
    return;
  }
  const ordered = [...findings].sort(
    (a, b) =>
      SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) ||
      a.createdAt.localeCompare(b.createdAt),
  );
  drawTable(
    cursor,
    [
      { header: 'Severity', share: 1.3 },
      { header: 'Finding', share: 4 },
      { header: 'Recommendation', share: 3.4 },
      { header: 'Recommended owner / due / status', share: 1.9 },
    ],
    ordered.map((finding) => {
      const { labels } = input;
      const risk = labels.riskCategories[finding.riskCategoryId] ?? finding.riskCategoryId;
      const level = labels.riskLevels[finding.riskLevelId] ?? finding.riskLevelId;
      const titles = new Map(labels.practices.map((practice) => [practice.id, practice.title]));
      const context = [
        risk && `Risk: ${risk}`,
        level && `Risk level: ${level}`,
        finding.practiceIds.length > 0 &&
          `Practices: ${finding.practiceIds
            .map((id) => (titles.has(id) ? `${id} ${titles.get(id) ?? ''}` : id))
            .join('; ')}`,
        finding.systemIds.length > 0 &&
          `Systems: ${finding.systemIds.map((id) => systems.get(id) ?? id).join(', ')}`,
      ].filter(Boolean);
      const tracking = [
        finding.remediation.owner || finding.owner || 'No owner recommended',
        formatDate(finding.remediation.dueDate || finding.dueDate),
        REMEDIATION_LABEL[finding.remediation.status],
        finding.remediation.note,
      ].filter(Boolean);
      return [
        {
          text: SEVERITY_STYLE[finding.severity].label,
          swatch: SEVERITY_STYLE[finding.severity].color,
          bold: true,
        },
        { lead: finding.title, text: [finding.description, ...context].filter(Boolean).join('\n') },
        finding.recommendation,
        tracking.join('\n'),
      ];
    }),
  );
}

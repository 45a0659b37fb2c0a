import { CONTENT_WIDTH, COLOR } from './pdf-style';
import type { PdfCursor } from './pdf-cursor';
import { assessorSummary } from './assessor-summary';
import type { ReportInput } from './report-input';

/** The assessor's executive summary and key findings, the first thing after the cover. */
export function drawAssessorSummary(cursor: PdfCursor, input: ReportInput): void {
  const { paragraphs, keyFindings } = assessorSummary(input.document.content);
  cursor.heading('Executive summary', 60);
  if (paragraphs.length === 0) {
    cursor.paragraph('The assessor wrote no executive summary for this revision.', 9.5, COLOR.muted);
  }
  for (const paragraph of paragraphs) cursor.paragraph(paragraph, 10.5);
  if (keyFindings.length === 0) return;
  cursor.gap(6);
  cursor.subheading('Key findings', 30);
  for (const finding of keyFindings) {
    const lines = cursor.lines(finding, CONTENT_WIDTH - 14);
    cursor.font(10.5);
    cursor.setColor('text', COLOR.ink);
    lines.forEach((line, i) => {
      cursor.ensure(14.5);
      if (i === 0) {
        cursor.setColor('fill', COLOR.ink);
        cursor.doc.circle(cursor.left + 4, cursor.y + 7, 1.8, 'F');
      }
      cursor.doc.text(line, cursor.left + 14, cursor.y + 10.5);
      cursor.gap(14.5);
    });
    cursor.gap(2);
  }
}

/** Vector charts (rectangles and text only): per-area bar chart and the role × area heat map. */
import { AREA_CODES, type AreaCode, type RoleCode } from '../assessment/model';
import type { PdfCursor } from './pdf-cursor';
import { COLOR, CONTENT_WIDTH, scoreColor } from './pdf-style';
import { bandOfPercent, SCORE_BAND_LEGEND, SCORE_BAND_STYLE } from '../scoring/score-band';
import { formatPercent, pdfSafe } from './pdf-text';
import type { ReportLabels, ReportScores } from './report-input';

const LABEL_WIDTH = 190;

/** Horizontal bars, one per area, on a 0–100 % scale with gridlines every 25 %. */
export function drawAreaBarChart(cursor: PdfCursor, scores: ReportScores, labels: ReportLabels): void {
  const rowHeight = 20;
  const chartWidth = CONTENT_WIDTH - LABEL_WIDTH - 44;
  const height = AREA_CODES.length * rowHeight + 18;
  cursor.ensure(height);
  const { doc } = cursor;
  const x0 = cursor.left + LABEL_WIDTH;
  const top = cursor.y;
  cursor.font(7.5);
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = x0 + (chartWidth * tick) / 100;
    cursor.setColor('draw', COLOR.rule);
    doc.setLineWidth(0.5);
    doc.line(x, top, x, top + AREA_CODES.length * rowHeight);
    cursor.setColor('text', COLOR.muted);
    doc.text(`${tick}%`, x, top + AREA_CODES.length * rowHeight + 10, { align: 'center' });
  }
  AREA_CODES.forEach((area, i) => {
    const y = top + i * rowHeight;
    const score = scores.byArea[area];
    const percent = score?.percent ?? null;
    cursor.font(8.5);
    cursor.setColor('text', COLOR.ink);
    const label = (doc.splitTextToSize(pdfSafe(labels.areas[area]), LABEL_WIDTH - 8) as string[])[0] ?? area;
    doc.text(label, cursor.left, y + 13);
    if (percent !== null) {
      cursor.setColor('fill', scoreColor(percent));
      doc.rect(x0, y + 4, Math.max(1, (chartWidth * percent) / 100), rowHeight - 8, 'F');
    }
    cursor.font(8.5, 'bold');
    doc.text(formatPercent(percent), x0 + chartWidth + 6, y + 10);
    cursor.font(6.5);
    cursor.setColor('text', COLOR.muted);
    doc.text(score ? `${score.answered}/${score.inScope}` : '', x0 + chartWidth + 6, y + 17.5);
  });
  cursor.y = top + height + 6;
}

/** Rows are the roles the organization holds, columns the five areas; cells coloured by score. */
export function drawHeatMap(
  cursor: PdfCursor,
  roles: readonly RoleCode[],
  scores: ReportScores,
  labels: ReportLabels,
): void {
  const headerHeight = 30;
  const cellHeight = 24;
  const roleWidth = 150;
  const cellWidth = (CONTENT_WIDTH - roleWidth) / AREA_CODES.length;
  cursor.ensure(headerHeight + Math.max(1, roles.length) * cellHeight + 10);
  const { doc } = cursor;
  const top = cursor.y;
  cursor.font(7.5, 'bold');
  cursor.setColor('text', COLOR.muted);
  AREA_CODES.forEach((area: AreaCode, i) => {
    const lines = (doc.splitTextToSize(pdfSafe(labels.areas[area]), cellWidth - 6) as string[]).slice(0, 3);
    doc.text(lines, cursor.left + roleWidth + i * cellWidth + cellWidth / 2, top + 8, {
      align: 'center',
      lineHeightFactor: 1.15,
    });
  });
  roles.forEach((role, r) => {
    const y = top + headerHeight + r * cellHeight;
    cursor.font(8.5, 'bold');
    cursor.setColor('text', COLOR.ink);
    const roleLabel = (doc.splitTextToSize(pdfSafe(labels.roles[role]), roleWidth - 8) as string[]).slice(
      0,
      2,
    );
    doc.text(roleLabel, cursor.left, y + (roleLabel.length > 1 ? 10 : 15), { lineHeightFactor: 1.1 });
    AREA_CODES.forEach((area, i) => {
      const percent = scores.byRoleArea[role]?.[area]?.percent ?? null;
      const x = cursor.left + roleWidth + i * cellWidth;
      cursor.setColor('fill', scoreColor(percent));
      cursor.setColor('draw', COLOR.white);
      doc.setLineWidth(1.5);
      doc.rect(x, y, cellWidth, cellHeight, 'FD');
      const band = bandOfPercent(percent === null ? null : Math.round(percent));
      cursor.font(percent === null ? 7.5 : 9, 'bold');
      cursor.setColor('text', COLOR.ink);
      doc.text(formatPercent(percent), x + cellWidth / 2, y + (percent === null ? 14.5 : 11.5), {
        align: 'center',
      });
      if (band !== 'none') {
        // The band in words too, so color is never the only cue.
        cursor.font(6.5);
        doc.text(SCORE_BAND_STYLE[band].label, x + cellWidth / 2, y + 20, { align: 'center' });
      }
    });
  });
  if (roles.length === 0)
    cursor.paragraph('No framework roles were recorded for this organization.', 9, COLOR.muted);
  cursor.y = top + headerHeight + roles.length * cellHeight + 10;
  cursor.paragraph(pdfSafe(SCORE_BAND_LEGEND), 7.5, COLOR.muted);
}

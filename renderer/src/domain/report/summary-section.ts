import { ANSWER_STATUSES, SEVERITIES, type AnswerStatus } from '../assessment/model';
import { drawAreaBarChart, drawHeatMap } from './charts';
import type { PdfCursor } from './pdf-cursor';
import { COLOR, SEVERITY_STYLE, STATUS_STYLE, scoreColor } from './pdf-style';
import { drawTable } from './pdf-table';
import { formatPercent } from './pdf-text';
import type { ReportInput } from './report-input';

function statusCounts(input: ReportInput): Record<AnswerStatus, number> {
  const counts = Object.fromEntries(ANSWER_STATUSES.map((s) => [s, 0])) as Record<AnswerStatus, number>;
  for (const practice of input.labels.practices) {
    counts[input.document.content.answers[practice.id]?.status ?? 'not-assessed']++;
  }
  return counts;
}

function drawHeadline(cursor: PdfCursor, input: ReportInput): void {
  const { doc } = cursor;
  const { overall, completenessPercent } = input.scores;
  cursor.ensure(70);
  const top = cursor.y;
  const boxes: [string, string, number | null][] = [
    ['Overall score', formatPercent(overall.percent), overall.percent],
    ['Completeness', formatPercent(completenessPercent), null],
    ['Findings', String(input.document.content.findings.length), null],
  ];
  boxes.forEach(([label, value, tint], i) => {
    const x = cursor.left + i * 168;
    cursor.setColor('fill', tint === null ? COLOR.band : scoreColor(tint));
    doc.rect(x, top, 156, 58, 'F');
    cursor.font(8.5, 'bold');
    cursor.setColor('text', COLOR.muted);
    doc.text(label.toUpperCase(), x + 10, top + 16);
    cursor.font(22, 'bold');
    cursor.setColor('text', COLOR.ink);
    doc.text(value, x + 10, top + 45);
  });
  cursor.y = top + 70;
}

/** Scores at a glance: headline numbers, status and severity counts, area scores, charts. */
export function drawSummary(cursor: PdfCursor, input: ReportInput): void {
  const { labels, scores, document } = input;
  cursor.gap(12);
  cursor.heading('Scores at a glance', 140);
  drawHeadline(cursor, input);
  const overall = scores.overall;
  cursor.paragraph(
    `The overall score is ${formatPercent(overall.percent)}. ${overall.answered} of the ${overall.inScope} practices ` +
      `in scope have been answered (completeness ${formatPercent(scores.completenessPercent)}).`,
  );
  const counts = statusCounts(input);
  const severity = SEVERITIES.map(
    (s) => [s, document.content.findings.filter((f) => f.severity === s).length] as const,
  );
  drawTable(
    cursor,
    [
      { header: 'Practice status', share: 3 },
      { header: 'Practices', share: 1 },
      { header: 'Finding severity', share: 3 },
      { header: 'Findings', share: 1 },
    ],
    ANSWER_STATUSES.map((status, i) => {
      const sev = [...severity].reverse()[i];
      return [
        { text: STATUS_STYLE[status].label, swatch: STATUS_STYLE[status].color },
        String(counts[status]),
        sev ? { text: SEVERITY_STYLE[sev[0]].label, swatch: SEVERITY_STYLE[sev[0]].color } : '',
        sev ? String(sev[1]) : '',
      ];
    }),
  );
  cursor.subheading('Score by responsibility area', 150);
  drawAreaBarChart(cursor, scores, labels);
  cursor.subheading('Role × area heat map', 60 + document.content.roles.length * 24);
  drawHeatMap(cursor, document.content.roles, scores, labels);
}

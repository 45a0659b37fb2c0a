import { redactedHeadline, redactedSummary } from '../redaction/describe';
import type { PdfCursor } from './pdf-cursor';
import { COLOR, CONTENT_WIDTH, TLP_COLOR } from './pdf-style';
import { formatDate, formatTimestamp, pdfSafe } from './pdf-text';
import type { ReportInput } from './report-input';

export function dateRange(start: string, end: string): string {
  if (!start && !end) return '-';
  if (!end || start === end) return formatDate(start || end);
  return `${formatDate(start)} to ${formatDate(end)}`;
}

/** Title page: what was assessed, when, by whom, under which marking, and who signed. */
export function drawCover(cursor: PdfCursor, input: ReportInput): void {
  const { document, labels, signer } = input;
  const content = document.content;
  const { doc } = cursor;
  cursor.gap(40);
  cursor.font(10, 'bold');
  cursor.setColor('text', COLOR.accent);
  doc.text('AI ROLES AND RESPONSIBILITIES ASSESSMENT', cursor.left, cursor.y);
  if (content.redaction) {
    cursor.setColor('text', COLOR.ink);
    doc.text(redactedHeadline(content.redaction).toUpperCase(), cursor.left + CONTENT_WIDTH, cursor.y, {
      align: 'right',
    });
  }
  cursor.gap(30);
  cursor.font(24, 'bold');
  cursor.setColor('text', COLOR.ink);
  const title = cursor.lines(content.title || 'Untitled assessment', CONTENT_WIDTH);
  doc.text(title, cursor.left, cursor.y, { lineHeightFactor: 1.2 });
  cursor.gap(title.length * 29 + 4);
  cursor.font(14);
  cursor.setColor('text', COLOR.muted);
  doc.text(
    cursor.lines(content.site.name || 'Site not named', CONTENT_WIDTH).slice(0, 2),
    cursor.left,
    cursor.y,
  );
  cursor.gap(40);

  const sector = labels.sectors[content.sector] ?? content.sector;
  cursor.keyValues([
    ['Site', [content.site.name, content.site.address].filter(Boolean).join(', ')],
    ['Sector', [sector, content.subsector].filter(Boolean).join(' / ')],
    ['Roles held', content.roles.map((role) => labels.roles[role]).join('; ')],
    ['Assessment dates', dateRange(content.startDate, content.endDate)],
    [
      'Assessors',
      content.assessors.map((a) => (a.organization ? `${a.name} (${a.organization})` : a.name)).join('; '),
    ],
    ['Framework', `${labels.packTitle} - pack ${document.pack.id} ${document.pack.version}`],
    ['Assessment', `${document.id}, revision ${document.revision}`],
    ['Report generated', formatTimestamp(input.generatedAt)],
    ...(content.redaction
      ? [
          [redactedHeadline(content.redaction), `Removed: ${redactedSummary(content.redaction)}`] as [
            string,
            string,
          ],
        ]
      : []),
  ]);
  cursor.gap(24);
  drawMarkingBox(cursor, input);
  cursor.gap(24);
  cursor.subheading('Signature', 40);
  cursor.keyValues([
    ['Signed by', signer.organization ? `${signer.name}, ${signer.organization}` : signer.name],
  ]);
  monoValue(cursor, 'Certificate SHA-256', signer.fingerprint);
  monoValue(cursor, 'Assessment digest', `SHA-256 of assessment.json: ${input.assessmentSha256}`);
  cursor.newPage();
}

function monoValue(cursor: PdfCursor, label: string, value: string): void {
  cursor.font(9.5, 'bold');
  cursor.setColor('text', COLOR.muted);
  cursor.doc.text(label, cursor.left, cursor.y + 9.5);
  cursor.font(7.4, 'normal', 'mono');
  cursor.setColor('text', COLOR.ink);
  cursor.doc.text(pdfSafe(value), cursor.left, cursor.y + 21);
  cursor.gap(30);
}

function drawMarkingBox(cursor: PdfCursor, input: ReportInput): void {
  const { marking } = input.document.content;
  const { doc } = cursor;
  const textLines = cursor.lines(marking.text || 'No additional handling marking.', CONTENT_WIDTH - 130);
  const height = Math.max(44, textLines.length * 13 + 20);
  cursor.ensure(height);
  cursor.setColor('fill', COLOR.black);
  doc.rect(cursor.left, cursor.y, 112, height, 'F');
  cursor.font(12, 'bold');
  cursor.setColor('text', TLP_COLOR[marking.tlp]);
  doc.text(marking.tlp, cursor.left + 56, cursor.y + height / 2 + 4, { align: 'center' });
  cursor.setColor('draw', COLOR.ink);
  doc.setLineWidth(1);
  doc.rect(cursor.left, cursor.y, CONTENT_WIDTH, height, 'S');
  cursor.font(10, 'bold');
  cursor.setColor('text', COLOR.ink);
  doc.text(textLines, cursor.left + 124, cursor.y + 18, { lineHeightFactor: 1.3 });
  cursor.gap(height);
}

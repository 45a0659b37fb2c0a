import { AREA_CODES, EMPTY_ANSWER, type Answer, type EvidenceMeta } from '../assessment/model';
import type { PdfCursor } from './pdf-cursor';
import { COLOR, STATUS_STYLE } from './pdf-style';
import { drawTable } from './pdf-table';
import { formatPercent } from './pdf-text';
import type { ReportInput } from './report-input';
import { assessorEvidenceOf } from '../supplier/supplier-evidence';
import { teamAnsweredBy } from './answered-by';

function notesOf(answer: Answer): string {
  const parts = [answer.notes.trim()];
  if (answer.status === 'not-applicable' && answer.justification.trim()) {
    parts.push(`Justification: ${answer.justification.trim()}`);
  }
  return parts.filter(Boolean).join('\n');
}

function evidenceOf(evidence: readonly EvidenceMeta[]): string {
  return evidence.map((item) => `${item.name} [${item.sha256.slice(0, 12)}]`).join('\n');
}

/** One table per responsibility area: every practice in scope with its answer, notes and the assessor's evidence
 * (a supplier's attachments are listed with its attestation in the supplier section). */
export function drawPractices(cursor: PdfCursor, input: ReportInput): void {
  const { document, labels, scores } = input;
  cursor.newPage();
  cursor.heading('Practices by responsibility area');
  cursor.paragraph(
    'Evidence is listed by file name with the first 12 hex digits of its SHA-256; the evidence index gives the full value.',
    8.5,
    COLOR.muted,
  );
  for (const area of AREA_CODES) {
    const practices = labels.practices.filter((p) => p.area === area);
    if (practices.length === 0) continue;
    cursor.subheading(`${labels.areas[area]} - ${formatPercent(scores.byArea[area]?.percent ?? null)}`, 70);
    const byWhom = teamAnsweredBy(document);
    const columns = [
      { header: 'ID', share: 1.1 },
      { header: 'Practice', share: byWhom ? 2.6 : 3 },
      { header: 'Status', share: 1.7 },
      ...(byWhom ? [{ header: 'Who answered', share: 1.6 }] : []),
      { header: 'Notes', share: byWhom ? 2.4 : 3.6 },
      { header: 'Evidence', share: 2.2 },
    ];
    drawTable(
      cursor,
      columns,
      practices.map((practice) => {
        const answer = document.content.answers[practice.id] ?? EMPTY_ANSWER;
        const style = STATUS_STYLE[answer.status];
        return [
          { text: practice.id, bold: true },
          practice.title,
          { text: style.label, swatch: style.color },
          ...(byWhom ? [byWhom[practice.id] ?? ''] : []),
          notesOf(answer),
          evidenceOf(assessorEvidenceOf(document, practice.id)),
        ];
      }),
      8,
    );
  }
}

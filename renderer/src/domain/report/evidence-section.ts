import type { PdfCursor } from './pdf-cursor';
import { COLOR } from './pdf-style';
import { drawTable } from './pdf-table';
import { formatBytes, formatTimestamp } from './pdf-text';
import type { ReportInput } from './report-input';

/** Every evidence file with its full SHA-256, matching evidence/<sha256>.<ext> in the bundle. */
export function drawEvidenceIndex(cursor: PdfCursor, input: ReportInput): void {
  const { evidence } = input.document;
  cursor.heading('Evidence index');
  const withheld = input.document.content.redaction?.categories.includes('evidence')
    ? input.document.content.redaction.removed.evidence
    : 0;
  if (withheld > 0) {
    cursor.paragraph(
      `${withheld} evidence file(s) were withheld by redaction: neither the files nor their names are in this report or its bundle.`,
      9.5,
      COLOR.muted,
    );
    return;
  }
  if (evidence.length === 0) {
    cursor.paragraph('No evidence files were attached.', 9.5, COLOR.muted);
    return;
  }
  cursor.paragraph(
    'Each file is stored in the bundle as evidence/<SHA-256>.<extension> and is covered by SHA256SUMS.',
    8.5,
    COLOR.muted,
  );
  const ordered = [...evidence].sort(
    (a, b) => a.practiceId.localeCompare(b.practiceId) || a.name.localeCompare(b.name),
  );
  drawTable(
    cursor,
    [
      { header: 'File', share: 2.6 },
      { header: 'Practice', share: 1.1 },
      { header: 'Size / captured', share: 1.6 },
      { header: 'SHA-256', share: 3.9, mono: true },
    ],
    ordered.map((item) => [
      item.name,
      item.practiceId,
      `${formatBytes(item.size)}\n${formatTimestamp(item.capturedAt)}`,
      `${item.sha256.slice(0, 32)}\n${item.sha256.slice(32)}`,
    ]),
    7.5,
  );
}

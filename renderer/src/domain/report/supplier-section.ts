import type { PdfCursor } from './pdf-cursor';
import { COLOR } from './pdf-style';
import { drawTable } from './pdf-table';
import type { ReportInput } from './report-input';
import {
  attestationGroups,
  SUPPLIER_COLUMNS,
  SUPPLIER_HEADING,
  SUPPLIER_INTRO,
} from './supplier-attestation-text';

/** The suppliers' accepted answers, by supplier and response, when the assessment holds any. */
export function drawSupplierAttestations(cursor: PdfCursor, input: ReportInput): void {
  const groups = attestationGroups(input.document, input.labels);
  if (groups.length === 0) return;
  cursor.newPage();
  cursor.heading(SUPPLIER_HEADING);
  cursor.paragraph(SUPPLIER_INTRO, 9.5, COLOR.muted);
  for (const group of groups) {
    cursor.gap(6);
    cursor.subheading(group.supplier);
    for (const response of group.responses) {
      cursor.keyValues(response.facts, 130, 9);
      cursor.gap(4);
      drawTable(
        cursor,
        SUPPLIER_COLUMNS,
        response.rows.map((row) => [row.asked, row.status, row.narrative, row.attachments, row.responded]),
      );
    }
  }
}

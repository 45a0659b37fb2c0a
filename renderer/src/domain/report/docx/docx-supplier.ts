/** The editable report's supplier attestations: the same grouping, table and words as the signed PDF. */
import {
  attestationGroups,
  SUPPLIER_COLUMNS,
  SUPPLIER_HEADING,
  SUPPLIER_INTRO,
} from '../supplier-attestation-text';
import type { ReportInput } from '../report-input';
import { facts, heading1, heading2, paragraph, table, type Block } from './docx-kit';

export function supplierBlocks(input: ReportInput): Block[] {
  const groups = attestationGroups(input.document, input.labels);
  if (groups.length === 0) return [];
  const blocks: Block[] = [heading1(SUPPLIER_HEADING), paragraph(SUPPLIER_INTRO)];
  for (const group of groups) {
    blocks.push(heading2(group.supplier));
    for (const response of group.responses) {
      blocks.push(
        facts(response.facts),
        paragraph(''),
        table(
          SUPPLIER_COLUMNS.map((column) => column.header),
          response.rows.map((row) => [row.asked, row.status, row.narrative, row.attachments, row.responded]),
          SUPPLIER_COLUMNS.map((column) => column.share),
        ),
      );
    }
  }
  return blocks;
}

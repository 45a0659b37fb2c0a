/**
 * The editable report: a Word document with the same sections as the signed PDF, for a facility manager to
 * quote, annotate and carry into their own plans. It is a convenience copy, not the record: it is unsigned
 * (SHA256SUMS covers it as exported), and the PDF stays what the assessor signed. Headings use Word's own
 * Heading 1/2 styles, the heat map is a real table whose cells say their value and band, and the document's
 * title and language (en-US) are set, so assistive technology reads it as well as the PDF.
 * Loaded only by the export service (dynamic import), so the docx package never reaches the start-up chunk.
 */
import { Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { redactedHeadline } from '../../redaction/describe';
import { COLOR } from '../pdf-style';
import type { ReportInput } from '../report-input';
import {
  evidenceBlocks,
  findingBlocks,
  integrityBlocks,
  inventoryBlocks,
  practiceBlocks,
  remediationBlocks,
} from './docx-body';
import { normalizeDocx } from './normalize-docx';
import { supplierBlocks } from './docx-supplier';
import { coverBlocks, scoreBlocks, summaryBlocks } from './docx-front';
import { paragraph, runs, xmlSafe } from './docx-kit';

/** The report's title as the PDF gives it: "<title> - <site>". */
function documentTitle(input: ReportInput): string {
  const { content } = input.document;
  return xmlSafe(`${content.title || 'AI roles and responsibilities assessment'} - ${content.site.name}`);
}

function markingLine(input: ReportInput): Paragraph {
  const { marking, site, redaction } = input.document.content;
  const redacted = redaction ? redactedHeadline(redaction) : '';
  return paragraph([marking.tlp, marking.text, site.name, redacted].filter(Boolean).join(' | '), {
    bold: true,
    size: 16,
  });
}

/**
 * Builds the DOCX bytes. Deterministic: the same input gives the same bytes, whenever it is built, because
 * the package's wall-clock timestamps are replaced by the report's own date (see normalize-docx.ts).
 */
export async function buildReportDocx(input: ReportInput): Promise<Uint8Array> {
  const { content } = input.document;
  const title = documentTitle(input);
  const document = new Document({
    title,
    subject: xmlSafe(`${content.marking.tlp} ${content.marking.text}`.trim()),
    creator: xmlSafe(input.signer.name),
    description: `Editable copy of the signed report, assessment ${input.document.id} revision ${input.document.revision}`,
    keywords: `${content.marking.tlp}, airr-assessment ${input.document.id} rev ${input.document.revision}`,
    lastModifiedBy: `AIRR Assessor ${input.appVersion}`,
    styles: {
      default: {
        document: { run: { language: { value: 'en-US' }, font: 'Calibri', size: 21 } },
        heading1: { paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { paragraph: { spacing: { before: 240, after: 80 } } },
      },
    },
    sections: [
      {
        headers: { default: new Header({ children: [markingLine(input)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  ...runs(`${content.marking.tlp} | Page `, { size: 16 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                  ...runs(' of ', { size: 16 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: [
          paragraph('AI ROLES AND RESPONSIBILITIES ASSESSMENT', { bold: true, color: COLOR.accent }),
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: runs(content.title || 'Untitled assessment'),
          }),
          paragraph(content.site.name || 'Site not named', { size: 28 }),
          ...coverBlocks(input),
          ...summaryBlocks(input),
          ...scoreBlocks(input),
          ...practiceBlocks(input),
          ...findingBlocks(input),
          ...supplierBlocks(input),
          ...remediationBlocks(input),
          ...inventoryBlocks(input),
          ...evidenceBlocks(input),
          ...integrityBlocks(input),
        ],
      },
    ],
  });
  return normalizeDocx(new Uint8Array(await Packer.toArrayBuffer(document)), new Date(input.generatedAt));
}

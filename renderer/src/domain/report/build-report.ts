import { jsPDF } from 'jspdf';
import { drawAssessorSummary } from './assessor-summary-section';
import { redactedHeadline } from '../redaction/describe';
import { registerReportFonts, type ReportFonts } from './report-fonts';
import { drawCover } from './cover-section';
import { drawEvidenceIndex } from './evidence-section';
import { drawFindings } from './findings-section';
import { drawInventory } from './inventory-section';
import { drawPageFrames } from './page-frame';
import { PdfCursor } from './pdf-cursor';
import { pdfSafe } from './pdf-text';
import { drawPractices } from './practices-section';
import { drawRemediation } from './remediation-section';
import { digestKeyword } from './report-digest';
import type { ReportInput } from './report-input';
import { drawSignatureSection } from './signature-section';
import { drawSupplierAttestations } from './supplier-section';
import { drawSummary } from './summary-section';

/**
 * Draws the assessment report as an unsigned PDF (sign it with signPdf before it goes into a bundle).
 * Pure: the same input gives a PDF with the same content. `fonts` are embedded (subset) when given.
 */
export function buildReportPdf(input: ReportInput, fonts?: ReportFonts): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'letter', compress: true, putOnlyUsedFonts: true });
  // The product always embeds its fonts; without them (some test fixtures) the standard fonts are used.
  if (fonts) registerReportFonts(doc, fonts);
  const content = input.document.content;
  const title = content.title || 'AI roles and responsibilities assessment';
  doc.setProperties({
    title: pdfSafe(`${title} - ${content.site.name}`),
    subject: pdfSafe(`${content.marking.tlp} ${content.marking.text}`.trim()),
    author: pdfSafe(input.signer.name),
    creator: `AIRR Assessor ${input.appVersion}`,
    keywords: `${content.marking.tlp}, airr-assessment ${input.document.id} rev ${input.document.revision}, ${digestKeyword(input.assessmentSha256)}`,
  });
  doc.setCreationDate(new Date(input.generatedAt));
  doc.setLanguage('en-US');
  const cursor = new PdfCursor(doc);
  drawCover(cursor, input);
  drawAssessorSummary(cursor, input);
  drawSummary(cursor, input);
  drawPractices(cursor, input);
  drawFindings(cursor, input);
  drawSupplierAttestations(cursor, input);
  drawRemediation(cursor, input);
  cursor.newPage();
  drawInventory(cursor, input);
  cursor.gap(10);
  drawEvidenceIndex(cursor, input);
  drawSignatureSection(cursor, input);
  const redacted = content.redaction ? redactedHeadline(content.redaction) : '';
  drawPageFrames(doc, content.marking, content.site.name, redacted);
  return new Uint8Array(doc.output('arraybuffer'));
}

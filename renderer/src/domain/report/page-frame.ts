import type { jsPDF } from 'jspdf';
import type { Marking } from '../assessment/model';
import { COLOR, CONTENT_WIDTH, PAGE, TLP_COLOR } from './pdf-style';
import { familiesOf } from './report-fonts';
import { pdfSafe } from './pdf-text';

/** The TLP label as FIRST specifies it (coloured text on black), followed by the free-text marking. */
function drawMarking(doc: jsPDF, marking: Marking, y: number): void {
  const label = marking.tlp;
  doc.setFont(familiesOf(doc).sans, 'bold');
  doc.setFontSize(8.5);
  const width = doc.getTextWidth(label) + 10;
  doc.setFillColor(0, 0, 0);
  doc.rect(PAGE.margin, y - 9, width, 13, 'F');
  const [r, g, b] = TLP_COLOR[label];
  doc.setTextColor(r, g, b);
  doc.text(label, PAGE.margin + 5, y);
  if (marking.text.trim()) {
    doc.setFont(familiesOf(doc).sans, 'bold');
    doc.setTextColor(...COLOR.ink);
    const room = CONTENT_WIDTH - width - 150;
    const text = doc.splitTextToSize(pdfSafe(marking.text.trim()), room) as string[];
    doc.text(text[0] ?? '', PAGE.margin + width + 8, y);
  }
}

/**
 * Draws the marking in the header and footer of every page and "Page n of N" in the footer. Runs after
 * all content exists, because N is only known then. A redacted report says so in every header
 * (`redacted`, e.g. "Redacted: Sector partner"), before the site name.
 */
export function drawPageFrames(doc: jsPDF, marking: Marking, siteName: string, redacted = ''): void {
  const pages = doc.getNumberOfPages();
  const right = PAGE.width - PAGE.margin;
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    const headerY = PAGE.margin;
    drawMarking(doc, marking, headerY);
    doc.setFont(familiesOf(doc).sans, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...COLOR.muted);
    const site = (doc.splitTextToSize(pdfSafe(siteName), 140) as string[])[0] ?? '';
    doc.text(site, right, headerY, { align: 'right' });
    if (redacted) {
      const siteWidth = doc.getTextWidth(site);
      doc.setFont(familiesOf(doc).sans, 'bold');
      doc.setTextColor(...COLOR.ink);
      doc.text(pdfSafe(redacted), right - siteWidth - 12, headerY, { align: 'right' });
    }
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.5);
    doc.line(PAGE.margin, headerY + 8, right, headerY + 8);

    const footerY = PAGE.height - PAGE.margin + 6;
    doc.line(PAGE.margin, footerY - 16, right, footerY - 16);
    drawMarking(doc, marking, footerY);
    doc.setFont(familiesOf(doc).sans, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...COLOR.muted);
    doc.text(`Page ${page} of ${pages}`, right, footerY, { align: 'right' });
  }
}

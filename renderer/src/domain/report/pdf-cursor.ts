import type { jsPDF } from 'jspdf';
import { COLOR, CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, PAGE, type Rgb } from './pdf-style';
import { familiesOf } from './report-fonts';
import { pdfSafe } from './pdf-text';

/** Where the next thing goes on the current page; starts new pages when content does not fit. */
export class PdfCursor {
  y: number = CONTENT_TOP;

  constructor(readonly doc: jsPDF) {}

  get left(): number {
    return PAGE.margin;
  }

  get remaining(): number {
    return CONTENT_BOTTOM - this.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = CONTENT_TOP;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (height > this.remaining) this.newPage();
  }

  gap(points: number): void {
    this.y += points;
  }

  setColor(kind: 'text' | 'fill' | 'draw', [r, g, b]: Rgb): void {
    if (kind === 'text') this.doc.setTextColor(r, g, b);
    else if (kind === 'fill') this.doc.setFillColor(r, g, b);
    else this.doc.setDrawColor(r, g, b);
  }

  font(size: number, style: 'normal' | 'bold' = 'normal', kind: 'sans' | 'mono' = 'sans'): void {
    this.doc.setFont(familiesOf(this.doc)[kind], style);
    this.doc.setFontSize(size);
  }

  /** Section heading with a rule under it; keeps at least `keepWith` points of content on the same page. */
  heading(text: string, keepWith = 80): void {
    this.ensure(34 + keepWith);
    this.font(15, 'bold');
    this.setColor('text', COLOR.accent);
    this.doc.text(pdfSafe(text), this.left, this.y + 14);
    this.setColor('draw', COLOR.accent);
    this.doc.setLineWidth(1);
    this.doc.line(this.left, this.y + 20, this.left + CONTENT_WIDTH, this.y + 20);
    this.y += 32;
  }

  subheading(text: string, keepWith = 60): void {
    this.ensure(22 + keepWith);
    this.font(11.5, 'bold');
    this.setColor('text', COLOR.ink);
    this.doc.text(pdfSafe(text), this.left, this.y + 11);
    this.y += 20;
  }

  /** A wrapped paragraph, page-breaking between lines. */
  paragraph(text: string, size = 9.5, color: Rgb = COLOR.ink, width = CONTENT_WIDTH): void {
    this.font(size);
    this.setColor('text', color);
    const lineHeight = size * 1.35;
    for (const line of this.lines(text, width)) {
      this.ensure(lineHeight);
      this.doc.text(line, this.left, this.y + size);
      this.y += lineHeight;
    }
    this.y += 4;
  }

  /** Wraps text to a width in the current font. */
  lines(text: string, width: number): string[] {
    const safe = pdfSafe(text);
    return safe === '' ? [] : (this.doc.splitTextToSize(safe, width) as string[]);
  }

  /** "Label: value" rows in two columns, as on the cover and signature page. */
  keyValues(rows: readonly [string, string][], labelWidth = 130, size = 9.5): void {
    for (const [label, value] of rows) {
      this.font(size);
      const valueLines = this.lines(value || '-', CONTENT_WIDTH - labelWidth);
      const height = Math.max(1, valueLines.length) * size * 1.35 + 3;
      this.ensure(height);
      this.font(size, 'bold');
      this.setColor('text', COLOR.muted);
      this.doc.text(pdfSafe(label), this.left, this.y + size);
      this.font(size);
      this.setColor('text', COLOR.ink);
      this.doc.text(valueLines, this.left + labelWidth, this.y + size, { lineHeightFactor: 1.35 });
      this.y += height;
    }
  }
}

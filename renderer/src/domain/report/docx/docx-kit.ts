/**
 * The few building blocks the editable report is made of, over the docx package: real headings (Word's
 * Heading 1/2 styles, so the navigation pane and a screen reader see the outline), plain paragraphs, and
 * tables whose header row repeats on every page. Text is made safe for XML first, since a note may hold any
 * character zod allows and XML 1.0 forbids most control characters.
 */
import {
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Rgb } from '../pdf-style';

/** What a section contributes to the document body. */
export type Block = Paragraph | Table;

/** True for what XML 1.0 cannot carry: C0 controls but tab and line feed, U+FFFE/U+FFFF, lone surrogates. */
function notXml(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return char !== '\t' && char !== '\n';
  // Iterating by code point pairs valid surrogates, so a surrogate seen alone here is unpaired.
  return (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;
}

export function xmlSafe(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) out += notXml(char) ? '\ufffd' : char;
  return out;
}

/** "RRGGBB" for a report colour. */
export function hexOf([r, g, b]: Rgb): string {
  return [r, g, b]
    .map((part) => part.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

type RunStyle = { bold?: boolean; italics?: boolean; color?: Rgb; font?: string; size?: number };

/** Text as runs, each line break inside it a real line break. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return xmlSafe(text)
    .split('\n')
    .map(
      (line, index) =>
        new TextRun({
          text: line,
          break: index > 0 ? 1 : undefined,
          bold: style.bold,
          italics: style.italics,
          color: style.color ? hexOf(style.color) : undefined,
          font: style.font,
          size: style.size,
        }),
    );
}

export const heading1 = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(text) });
export const heading2 = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(text) });

export function paragraph(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: runs(text, style), spacing: { after: 120 } });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ children: runs(text), bullet: { level: 0 } });
}

/** One table cell: plain text, or text with a lead line, shading and emphasis. */
export type Cell =
  string | { text: string; lead?: string; fill?: Rgb; bold?: boolean; mono?: boolean; color?: Rgb };

function cellOf(cell: Cell, header: boolean): TableCell {
  const spec = typeof cell === 'string' ? { text: cell } : cell;
  const children: ParagraphChild[] = [];
  if (spec.lead) children.push(...runs(spec.lead, { bold: true }), new TextRun({ text: '', break: 1 }));
  children.push(
    ...runs(spec.text, {
      bold: header || spec.bold,
      font: spec.mono ? 'Courier New' : undefined,
      color: spec.color,
      size: spec.mono ? 16 : undefined,
    }),
  );
  return new TableCell({
    children: [new Paragraph({ children })],
    shading: spec.fill
      ? { type: ShadingType.CLEAR, color: 'auto', fill: hexOf(spec.fill) }
      : header
        ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F1F3F5' }
        : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/** A full-width table; `shares` weights the column widths; the header row repeats on each page. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  shares?: number[],
): Table {
  const weights = shares ?? headers.map(() => 1);
  const total = weights.reduce((sum, share) => sum + share, 0);
  // Letter paper with one-inch margins leaves 6.5 inches, 9,360 twips, for the table.
  const columnWidths = weights.map((share) => Math.round((9360 * share) / total));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((text) => cellOf(text, true)) }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: false, children: row.map((cell) => cellOf(cell, false)) }),
      ),
    ],
  });
}

/** "Label: value" rows as a two-column table without a header row, for the cover facts. */
export function facts(rows: readonly (readonly [string, string])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2600, 6760],
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            cellOf({ text: label, bold: true, fill: [241, 243, 245] }, false),
            cellOf(value || '-', false),
          ],
        }),
    ),
  });
}

import type { PdfCursor } from './pdf-cursor';
import { COLOR, CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, type Rgb } from './pdf-style';

export type TableColumn = {
  header: string;
  /** Share of the content width; shares are normalised to add up to 1. */
  share: number;
  mono?: boolean;
};

/** A cell: plain text, or text with a colour swatch (status, severity), emphasis, or a bold lead line. */
export type TableCell = string | { text: string; swatch?: Rgb; bold?: boolean; lead?: string };

const PAD = 4;
const SWATCH = 7;

type Layout = {
  x: number;
  width: number;
  lines: string[];
  leadLines: number;
  cell: Exclude<TableCell, string>;
};

function cellFont(
  cursor: PdfCursor,
  column: TableColumn,
  cell: Exclude<TableCell, string>,
  size: number,
): void {
  cursor.font(size, cell.bold ? 'bold' : 'normal', column.mono ? 'mono' : 'sans');
}

/**
 * Draws a table with a header row that repeats on every page. Rows taller than the space left are
 * continued on the next page line by line, so long notes are never cut off.
 */
export function drawTable(
  cursor: PdfCursor,
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  size = 8.5,
): void {
  const total = columns.reduce((n, c) => n + c.share, 0);
  const widths = columns.map((c) => (c.share / total) * CONTENT_WIDTH);
  const xs = widths.map((_, i) => cursor.left + widths.slice(0, i).reduce((n, w) => n + w, 0));
  const lineHeight = size * 1.3;
  const headerHeight = lineHeight + 2 * PAD;

  const drawHeader = () => {
    cursor.setColor('fill', COLOR.band);
    cursor.doc.rect(cursor.left, cursor.y, CONTENT_WIDTH, headerHeight, 'F');
    cursor.font(size, 'bold');
    cursor.setColor('text', COLOR.muted);
    columns.forEach((column, i) => cursor.doc.text(column.header, (xs[i] ?? 0) + PAD, cursor.y + PAD + size));
    cursor.y += headerHeight;
  };

  cursor.ensure(headerHeight + lineHeight * 2 + 2 * PAD);
  drawHeader();
  for (const row of rows) {
    const layouts: Layout[] = columns.map((column, i) => {
      const raw = row[i] ?? '';
      const cell = typeof raw === 'string' ? { text: raw } : raw;
      const width = (widths[i] ?? 0) - 2 * PAD - (cell.swatch ? SWATCH + 3 : 0);
      cellFont(cursor, column, { ...cell, bold: true }, size);
      const lead = cell.lead ? cursor.lines(cell.lead, width) : [];
      cellFont(cursor, column, cell, size);
      return {
        x: xs[i] ?? 0,
        width,
        lines: [...lead, ...cursor.lines(cell.text, width)],
        leadLines: lead.length,
        cell,
      };
    });
    const lineCount = Math.max(1, ...layouts.map((l) => l.lines.length));
    const fullHeight = lineCount * lineHeight + 2 * PAD;
    const freshPage = CONTENT_BOTTOM - CONTENT_TOP - headerHeight;
    if (fullHeight > cursor.remaining && fullHeight <= freshPage) {
      cursor.newPage();
      drawHeader();
    }
    let offset = 0;
    while (offset < lineCount) {
      const fit = Math.floor((cursor.remaining - 2 * PAD) / lineHeight);
      if (fit < Math.min(2, lineCount - offset)) {
        cursor.newPage();
        drawHeader();
        continue;
      }
      const take = Math.min(fit, lineCount - offset);
      drawSlice(cursor, columns, layouts, offset, take, size, offset === 0);
      offset += take;
    }
  }
  cursor.gap(10);
}

function drawSlice(
  cursor: PdfCursor,
  columns: readonly TableColumn[],
  layouts: readonly Layout[],
  offset: number,
  take: number,
  size: number,
  first: boolean,
): void {
  const lineHeight = size * 1.3;
  const height = take * lineHeight + 2 * PAD;
  layouts.forEach((layout, i) => {
    const column = columns[i];
    if (!column) return;
    let x = layout.x + PAD;
    if (layout.cell.swatch && first) {
      cursor.setColor('fill', layout.cell.swatch);
      cursor.doc.rect(x, cursor.y + PAD + 1.5, SWATCH, SWATCH, 'F');
    }
    if (layout.cell.swatch) x += SWATCH + 3;
    if (!first && i === 0 && offset >= layout.lines.length) {
      // A row continued from the previous page repeats its first cell so the reader knows whose text this is.
      cellFont(cursor, column, layout.cell, size);
      cursor.setColor('text', COLOR.muted);
      cursor.doc.text(`${layout.lines[0] ?? ''} (cont.)`, x, cursor.y + PAD + size);
      return;
    }
    cursor.setColor('text', COLOR.ink);
    layout.lines.slice(offset, offset + take).forEach((line, j) => {
      cellFont(
        cursor,
        column,
        { ...layout.cell, bold: layout.cell.bold || offset + j < layout.leadLines },
        size,
      );
      cursor.doc.text(line, x, cursor.y + PAD + size + j * lineHeight);
    });
  });
  cursor.setColor('draw', COLOR.rule);
  cursor.doc.setLineWidth(0.5);
  cursor.doc.line(cursor.left, cursor.y + height, cursor.left + CONTENT_WIDTH, cursor.y + height);
  cursor.y += height;
}

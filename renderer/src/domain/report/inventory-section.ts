import type { PdfCursor } from './pdf-cursor';
import { COLOR } from './pdf-style';
import { drawTable } from './pdf-table';
import type { ReportInput } from './report-input';

const capitalise = (text: string) => (text.charAt(0).toUpperCase() + text.slice(1)).replace(/-/g, ' ');

/** The AI systems in use at the site. */
export function drawInventory(cursor: PdfCursor, input: ReportInput): void {
  const { systems } = input.document.content;
  cursor.heading('AI-system inventory');
  if (systems.length === 0) {
    cursor.paragraph('No AI systems were recorded.', 9.5, COLOR.muted);
    return;
  }
  drawTable(
    cursor,
    [
      { header: 'System', share: 2.2 },
      { header: 'Purpose', share: 3.2 },
      { header: 'Criticality', share: 1.3 },
      { header: 'Autonomy', share: 1.6 },
      { header: 'Connectivity', share: 1.6 },
      { header: 'Data used', share: 2.4 },
    ],
    systems.map((system) => [
      { text: [system.name, system.supplier].filter(Boolean).join('\n'), bold: false },
      [system.purpose, system.notes].filter(Boolean).join('\n'),
      capitalise(system.criticality),
      capitalise(system.autonomy),
      capitalise(system.connectivity),
      system.dataUsed,
    ]),
    8,
  );
}

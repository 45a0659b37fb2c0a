import { bandOfPercent, SCORE_BAND_STYLE } from '../scoring/score-band';
/**
 * Look of the report. Fonts are the PDF standard 14 (Helvetica, Courier): every reader has them, so nothing is
 * embedded and files stay small; the price is WinAnsi text only (see pdf-text.ts).
 */
import type { AnswerStatus, Severity, TlpLabel } from '../assessment/model';

export type Rgb = readonly [number, number, number];

/** US Letter in points. */
export const PAGE = { width: 612, height: 792, margin: 54, headerHeight: 40, footerHeight: 40 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const CONTENT_TOP = PAGE.margin + PAGE.headerHeight;
export const CONTENT_BOTTOM = PAGE.height - PAGE.margin - PAGE.footerHeight + 16;

export const FONT = { sans: 'helvetica', mono: 'courier' } as const;

export const COLOR = {
  ink: [33, 37, 41],
  muted: [95, 102, 110],
  rule: [206, 212, 218],
  band: [241, 243, 245],
  accent: [0, 94, 162],
  white: [255, 255, 255],
  black: [0, 0, 0],
} as const satisfies Record<string, Rgb>;

/** TLP 2.0 colours: coloured label text on a black background. */
export const TLP_COLOR: Record<TlpLabel, Rgb> = {
  'TLP:CLEAR': [255, 255, 255],
  'TLP:GREEN': [51, 255, 0],
  'TLP:AMBER': [255, 192, 0],
  'TLP:AMBER+STRICT': [255, 192, 0],
  'TLP:RED': [255, 43, 43],
};

export const STATUS_STYLE: Record<AnswerStatus, { label: string; color: Rgb }> = {
  implemented: { label: 'Implemented', color: [46, 125, 50] },
  partial: { label: 'Partially implemented', color: [230, 145, 0] },
  'not-implemented': { label: 'Not implemented', color: [198, 40, 40] },
  'not-applicable': { label: 'Not applicable', color: [120, 120, 120] },
  'not-assessed': { label: 'Not yet assessed', color: [170, 170, 170] },
};

export const SEVERITY_STYLE: Record<Severity, { label: string; color: Rgb }> = {
  critical: { label: 'Critical', color: [128, 0, 0] },
  high: { label: 'High', color: [198, 40, 40] },
  moderate: { label: 'Moderate', color: [230, 145, 0] },
  low: { label: 'Low', color: [46, 125, 50] },
};

/** Heat-map fill for a rounded percent: its band's color, the same the screens use (scoring/score-band.ts). */
export function scoreColor(percent: number | null): Rgb {
  const [r, g, b] = SCORE_BAND_STYLE[bandOfPercent(percent === null ? null : Math.round(percent))].rgb;
  return [r, g, b];
}

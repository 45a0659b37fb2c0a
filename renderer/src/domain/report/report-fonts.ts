/**
 * The fonts the PDF report embeds: Source Sans Pro and Roboto Mono, the USWDS faces the screens use, as
 * TrueType bytes (base64). jsPDF embeds only the glyphs a report uses (a subset), with a ToUnicode map so
 * the text stays searchable and copyable. Pure: the bytes are passed in, never read from disk here.
 */
import type { jsPDF } from 'jspdf';
import { FONT } from './pdf-style';

/** Family names of the embedded faces, with a subset tag: jsPDF embeds only the glyphs a report uses. */
export const EMBEDDED_FAMILY = { sans: 'AIRRSS+SourceSansPro', mono: 'AIRRSM+RobotoMono' } as const;

export type FontFamilies = { sans: string; mono: string };

const registered = new WeakMap<jsPDF, FontFamilies>();

/** The families a document draws with: the embedded ones once registered, else the standard FONT. */
export function familiesOf(doc: jsPDF): FontFamilies {
  return registered.get(doc) ?? FONT;
}

export type ReportFonts = {
  /** Source Sans Pro regular and bold. */
  regular: string;
  bold: string;
  /** Roboto Mono regular and bold (fingerprints, digests, ids). */
  mono: string;
  monoBold: string;
};

/**
 * Registers the four faces with the document; from then on familiesOf(doc) names them, so every drawing
 * call of this document uses them instead of the standard, unembedded Helvetica and Courier.
 */
export function registerReportFonts(doc: jsPDF, fonts: ReportFonts): void {
  const faces: Array<[string, string, string, 'normal' | 'bold']> = [
    ['SourceSansPro-Regular.ttf', fonts.regular, EMBEDDED_FAMILY.sans, 'normal'],
    ['SourceSansPro-Bold.ttf', fonts.bold, EMBEDDED_FAMILY.sans, 'bold'],
    ['RobotoMono-Regular.ttf', fonts.mono, EMBEDDED_FAMILY.mono, 'normal'],
    ['RobotoMono-Bold.ttf', fonts.monoBold, EMBEDDED_FAMILY.mono, 'bold'],
  ];
  for (const [file, base64, family, style] of faces) {
    doc.addFileToVFS(file, base64);
    doc.addFont(file, family, style, undefined, 'Identity-H');
  }
  registered.set(doc, EMBEDDED_FAMILY);
}

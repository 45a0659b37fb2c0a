/**
 * The report's fonts, bundled with the app (never fetched): the USWDS faces as Vite inlines them, base64
 * TrueType. Only the export chunk carries them, so start-up does not pay for them.
 */
import regular from '@uswds/uswds/fonts/source-sans-pro/sourcesanspro-regular-webfont.ttf?inline';
import bold from '@uswds/uswds/fonts/source-sans-pro/sourcesanspro-bold-webfont.ttf?inline';
import mono from '@uswds/uswds/fonts/roboto-mono/roboto-mono-v5-latin-regular.ttf?inline';
import monoBold from '@uswds/uswds/fonts/roboto-mono/roboto-mono-v5-latin-700.ttf?inline';
import type { ReportFonts } from '../../domain/report/report-fonts';

const PREFIX = /^data:[^;,]*;base64,/;

function base64Of(dataUrl: string): string {
  if (!PREFIX.test(dataUrl)) throw new Error('A report font was not inlined by the build.');
  return dataUrl.replace(PREFIX, '');
}

export const REPORT_FONTS: ReportFonts = {
  regular: base64Of(regular),
  bold: base64Of(bold),
  mono: base64Of(mono),
  monoBold: base64Of(monoBold),
};

import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportPdf } from '../../../../renderer/src/domain/report/build-report';
import { REPORT_FONTS } from '../../../../renderer/src/services/export/report-fonts';
import { run, tempDir } from '../crypto/stock-tools';
import { reportInput, SITE_NAME } from './report-fixture';

const temp = tempDir('fonts');
afterAll(() => temp.remove());

const SIGNER = {
  name: 'Dana Whitfield',
  organization: 'State Water Authority',
  fingerprint: 'AB:'.repeat(31) + 'CD',
};

describe('PDF report fonts', () => {
  it('embeds subsets of the USWDS faces, and the text stays extractable', () => {
    writeFileSync(temp.path('report.pdf'), buildReportPdf(reportInput(SIGNER, 'e'.repeat(64)), REPORT_FONTS));
    // pdffonts (poppler) lists each font with its embedded and subset flags.
    const fonts = run('pdffonts', [temp.path('report.pdf')])
      .stdout.trim()
      .split('\n')
      .slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const line of fonts) {
      expect(line).toMatch(/SourceSans|RobotoMono/);
      // Columns: name type encoding emb sub uni object ID.
      expect(line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    }
    const text = run('pdftotext', ['-layout', temp.path('report.pdf'), '-']).stdout;
    expect(text).toContain(SITE_NAME);
    expect(text).toContain('Executive summary');
    expect(text).toContain(SIGNER.fingerprint);
  });

  it('without fonts falls back to the standard ones (nothing embedded)', () => {
    writeFileSync(temp.path('plain.pdf'), buildReportPdf(reportInput(SIGNER, 'e'.repeat(64))));
    const fonts = run('pdffonts', [temp.path('plain.pdf')])
      .stdout.trim()
      .split('\n')
      .slice(2);
    expect(fonts.every((line) => /Helvetica|Courier/.test(line))).toBe(true);
  });
});

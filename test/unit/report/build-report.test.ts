import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportPdf } from '../../../renderer/src/domain/report/build-report';
import { run, tempDir } from '../crypto/stock-tools';
import { reportInput, SITE_NAME } from './report-fixture';

const temp = tempDir('report');
afterAll(() => temp.remove());

const SIGNER = {
  name: 'Dana Whitfield',
  organization: 'State Water Authority',
  fingerprint: 'AB:'.repeat(31) + 'CD',
};

describe('PDF report', () => {
  it('draws every section and prints marking and page numbers on each page', () => {
    const pdf = buildReportPdf(reportInput(SIGNER, 'e'.repeat(64)));
    writeFileSync(temp.path('report.pdf'), pdf);
    writeFileSync('/tmp/airr-report-unsigned.pdf', pdf);
    const text = run('pdftotext', ['-layout', temp.path('report.pdf'), '-']).stdout;
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      expect(page.match(/TLP:AMBER/g)?.length).toBeGreaterThanOrEqual(2);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(text).toContain(SITE_NAME);
    for (const heading of [
      'Executive summary',
      'Practices by responsibility area',
      'Findings and recommendations',
      'AI-system inventory',
      'Evidence index',
      'Signature and integrity',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(SIGNER.fingerprint);
    expect(text).toContain('e'.repeat(64));
    expect(text).toContain('Chlorine dosing optimiser');
    expect(text).toContain('Critical');
  });
});

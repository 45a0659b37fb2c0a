import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportPdf } from '../../../../renderer/src/domain/report/build-report';
import { run, tempDir } from '../crypto/stock-tools';
import { REMEDIATION_FIXTURE_TEXT, remediationFixture, reportInput } from './report-fixture';

const temp = tempDir('report-remediation');
afterAll(() => temp.remove());

const SIGNER = {
  name: 'Dana Whitfield',
  organization: 'State Water Authority',
  fingerprint: 'AB:'.repeat(31) + 'CD',
};

function pdfText(name: string, pdf: Uint8Array): string {
  writeFileSync(temp.path(name), pdf);
  return run('pdftotext', [temp.path(name), '-']).stdout.replace(/\s+/g, ' ');
}

describe('PDF report remediation section', () => {
  it('is absent while the site has no remediation layer', () => {
    const text = pdfText('plain.pdf', buildReportPdf(reportInput(SIGNER, 'e'.repeat(64))));
    expect(text).not.toContain('Remediation plan');
  });

  it('prints each plan with owner, status details, dates, overdue and milestones, and closed findings', () => {
    const input = reportInput(SIGNER, 'e'.repeat(64));
    const text = pdfText('plan.pdf', buildReportPdf({ ...input, remediation: remediationFixture(input) }));
    for (const expected of REMEDIATION_FIXTURE_TEXT) expect(text).toContain(expected);
  });
});

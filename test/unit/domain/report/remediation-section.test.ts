import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportPdf } from '../../../../renderer/src/domain/report/build-report';
import { emptyPlan } from '../../../../renderer/src/domain/remediation/model';
import { run, tempDir } from '../crypto/stock-tools';
import { reportInput } from './report-fixture';

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
    const [finding] = input.document.content.findings;
    if (!finding) throw new Error('The fixture has no finding.');
    const plan = {
      ...emptyPlan(finding.id),
      owner: 'Ruiz',
      status: 'vendor-dependency' as const,
      supplier: 'Acme SCADA',
      originalDueDate: '2025-03-01',
      adjustedDueDate: '2025-04-15',
      milestones: [{ id: 'm1', date: '2025-03-20', description: 'Firmware ordered', done: true }],
    };
    const text = pdfText(
      'plan.pdf',
      buildReportPdf({
        ...input,
        remediation: {
          plans: [{ finding, plan }],
          closed: [{ plan: emptyPlan('gone'), title: 'Shared HMI login', closedInRevision: 4 }],
          today: '2025-06-01',
        },
      }),
    );
    for (const expected of [
      'Remediation plan (the site',
      'Ruiz',
      'Vendor dependency',
      'on Acme SCADA',
      'Original 1 Mar 2025',
      'Adjusted 15 Apr 2025',
      'OVERDUE',
      '[done] 20 Mar 2025: Firmware ordered',
      'Shared HMI login: closed in revision 4 by the assessor',
    ])
      expect(text).toContain(expected);
  });
});

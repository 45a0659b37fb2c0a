import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportPdf } from '../../../../renderer/src/domain/report/build-report';
import { run, tempDir } from '../crypto/stock-tools';
import { emptyContent } from '../../../../renderer/src/domain/assessment/model';
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
    // Findings name risks, levels and practices by their labels, never by raw ids alone.
    expect(text).toContain('weak supply chain');
    expect(text).toContain('Risk level: Physical harm beyond the site');
    expect(text).not.toContain('design-failures/');
    expect(text).not.toContain('n/a');
    expect(text).toContain('e'.repeat(64));
    // The SHA-256 of assessment.json is the assessment digest; "bundle digest" names the SHA256SUMS hash.
    expect(text).toContain('Assessment digest');
    expect(text).not.toMatch(/bundle digest/i);
    expect(text).toContain('Chlorine dosing optimiser');
    expect(text).toContain('Critical');
  });

  it('prints the assessor’s executive summary and key findings first, before the scores', () => {
    const input = reportInput(SIGNER, 'e'.repeat(64));
    input.document.content.executiveSummary = 'Riverside is well run; the interlock bypass must go first.';
    input.document.content.keyFindings = 'Critical: the AI panel bypasses the interlock\nHigh: vendor access';
    writeFileSync(temp.path('summary.pdf'), buildReportPdf(input));
    const text = run('pdftotext', [temp.path('summary.pdf'), '-']).stdout;
    const at = (needle: string) => text.indexOf(needle);
    expect(at('Executive summary')).toBeGreaterThan(0);
    expect(at('Executive summary')).toBeLessThan(
      at('Riverside is well run; the interlock bypass must go first.'),
    );
    expect(at('the interlock bypass must go first.')).toBeLessThan(at('Key findings'));
    expect(at('Key findings')).toBeLessThan(at('High: vendor access'));
    expect(at('High: vendor access')).toBeLessThan(at('Scores at a glance'));
    expect(at('Scores at a glance')).toBeLessThan(at('Practices by responsibility area'));
  });

  it('continues a note longer than a page onto the next pages instead of cutting it off', () => {
    const input = reportInput(SIGNER, 'e'.repeat(64));
    const long = Array.from(
      { length: 400 },
      (_, i) => `Observation ${i + 1} of the long walk-down note.`,
    ).join(' ');
    input.document.content.answers['CIO-SE-2'] = {
      status: 'partial',
      notes: `${long} END-OF-NOTE`,
      justification: '',
      systemIds: [],
    };
    writeFileSync(temp.path('long.pdf'), buildReportPdf(input));
    const text = run('pdftotext', [temp.path('long.pdf'), '-']).stdout;
    expect(text).toContain('END-OF-NOTE');
    expect(text).toContain('Observation 400 of');
  });

  it('draws an empty assessment, and text outside Latin-1 as "?" rather than broken glyphs', () => {
    const input = reportInput(SIGNER, 'e'.repeat(64));
    input.document = {
      ...input.document,
      evidence: [],
      content: { ...emptyContent(), title: 'Überprüfung – 検査', marking: { tlp: 'TLP:RED', text: '' } },
    };
    input.labels = { ...input.labels, practices: [] };
    writeFileSync(temp.path('empty.pdf'), buildReportPdf(input));
    const text = run('pdftotext', ['-layout', temp.path('empty.pdf'), '-']).stdout;
    expect(text).toContain('Überprüfung - ??');
    expect(text).toContain('No findings were recorded.');
    expect(text).toContain('No AI systems were recorded.');
    expect(text).toContain('No evidence files were attached.');
    expect(text).toContain('TLP:RED');
  });
});

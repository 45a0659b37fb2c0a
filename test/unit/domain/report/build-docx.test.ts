import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildReportDocx } from '../../../../renderer/src/domain/report/docx/build-docx';
import { run, tempDir } from '../crypto/stock-tools';
import { REMEDIATION_FIXTURE_TEXT, remediationFixture, reportInput, SITE_NAME } from './report-fixture';

const temp = tempDir('docx');
afterAll(() => temp.remove());

const SIGNER = {
  name: 'Dana Whitfield',
  organization: 'State Water Authority',
  fingerprint: 'AB:'.repeat(31) + 'CD',
};
const SUMMARY =
  'Riverside treats drinking water with two AI systems on the plant network. The interlock bypass must go first.';

function sampleInput() {
  const input = reportInput(SIGNER, 'e'.repeat(64));
  const content = input.document.content;
  content.executiveSummary = `${SUMMARY}\n\nSecond paragraph with <markup> & a control\u0001 character.`;
  content.keyFindings = 'Critical: the AI panel bypasses the interlock\n- High: vendor access is always on';
  const first = content.findings[0];
  if (first) first.riskLevelId = 'physical-harm';
  return input;
}

function xmlOf(docx: Uint8Array, path: string): string {
  const file = unzipSync(docx)[path];
  if (!file) throw new Error(`${path} missing`);
  return strFromU8(file);
}

/** The text of each paragraph styled as a heading, in document order, with its level. */
function headings(xml: string): string[] {
  return [
    ...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading[12]|Title)"\/>(.*?)<\/w:p>/gs),
  ].map(
    ([, style, body]) =>
      `${style}: ${[...(body ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')}`,
  );
}

afterEach(() => vi.useRealTimers());

describe('DOCX report', () => {
  it('puts the assessor’s summary first, under real headings, with pack labels instead of ids', async () => {
    const docx = await buildReportDocx(sampleInput());
    const xml = xmlOf(docx, 'word/document.xml');
    const outline = headings(xml);
    expect(outline[0]).toBe('Title: AI roles and responsibilities assessment 2026');
    expect(outline[1]).toBe('Heading1: Executive summary');
    expect(outline[2]).toBe('Heading2: Key findings');
    expect(outline.filter((h) => h.startsWith('Heading1:'))).toEqual([
      'Heading1: Executive summary',
      'Heading1: Scores at a glance',
      'Heading1: Practices by responsibility area',
      'Heading1: Findings and recommendations',
      'Heading1: AI-system inventory',
      'Heading1: Evidence index',
      'Heading1: About this editable copy',
    ]);
    expect(outline).toContain('Heading2: Role × area heat map');
    expect(xml.indexOf(SUMMARY)).toBeGreaterThan(0);
    expect(xml.indexOf(SUMMARY)).toBeLessThan(xml.indexOf('Scores at a glance'));
    // Text is escaped and stripped of what XML cannot carry.
    expect(xml).toContain('&lt;markup&gt; &amp; a control\ufffd character.');
    // Key findings are a list, one item a line, without the typed dash.
    expect(xml).toMatch(/<w:numPr>.*?High: vendor access is always on/s);
    expect(xml).not.toContain('- High');
    // Risk is printed by name; the ids never appear.
    expect(xml).toContain('Attacks targeting AI systems');
    expect(xml).toContain('Physical harm beyond the site');
    expect(xml).not.toContain('attacks-on-ai');
    expect(xml).toContain(SITE_NAME);
    expect(xml).toContain('Chlorine dosing optimiser');
    // The SHA-256 of assessment.json is the assessment digest; "bundle digest" names the SHA256SUMS hash.
    expect(xml).toContain('Assessment digest (SHA-256 of assessment.json)');
    expect(xml).not.toMatch(/bundle digest/i);
  });

  it('shades heat-map cells and also writes each value and its band', async () => {
    const xml = xmlOf(await buildReportDocx(sampleInput()), 'word/document.xml');
    expect(xml).toMatch(/<w:shd [^>]*w:fill="[0-9A-F]{6}"[^>]*\/>(?:(?!<\/w:tc>).)*75% \(partial\)/s);
    expect(xml).toContain('20% (weak)');
    expect(xml).toMatch(/<w:t[^>]*>not scored<\/w:t>/);
  });

  it('sets the document title and en-US as its language', async () => {
    const docx = await buildReportDocx(sampleInput());
    expect(xmlOf(docx, 'docProps/core.xml')).toContain(
      `<dc:title>AI roles and responsibilities assessment 2026 - ${SITE_NAME}</dc:title>`,
    );
    expect(xmlOf(docx, 'word/styles.xml')).toMatch(/<w:docDefaults>.*<w:lang w:val="en-US"\/>/s);
  });

  it('says on the cover and in the page header that a redacted copy is redacted', async () => {
    const input = sampleInput();
    input.document.content.redaction = {
      profile: 'regulator',
      categories: ['people', 'evidence'],
      removed: { people: 2, notes: 0, systems: 0, site: 0, evidence: 3, journal: 0 },
    };
    const docx = await buildReportDocx(input);
    expect(xmlOf(docx, 'word/document.xml')).toContain('Redacted: Regulator');
    expect(xmlOf(docx, 'word/header1.xml')).toContain('Redacted: Regulator');
  });

  it('prints the site’s remediation plan after the findings, in the PDF’s words, only when one exists', async () => {
    const plain = xmlOf(await buildReportDocx(sampleInput()), 'word/document.xml');
    expect(plain).not.toContain('Remediation plan');
    const input = sampleInput();
    input.remediation = remediationFixture(input);
    const xml = xmlOf(await buildReportDocx(input), 'word/document.xml');
    const outline = headings(xml);
    expect(outline.indexOf('Heading1: Remediation plan (the site’s own record)')).toBe(
      outline.indexOf('Heading1: Findings and recommendations') + 1,
    );
    expect(outline).toContain('Heading2: Findings no longer in the assessment');
    for (const expected of REMEDIATION_FIXTURE_TEXT) expect(xml).toContain(expected);
    expect(xml).toContain('Shared HMI login: closed in revision 4 by the assessor; plan open.');
  });

  it('gives the same bytes for the same input whenever it is built, dated by the report, not the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-09T21:13:14Z'));
    const first = await buildReportDocx(sampleInput());
    vi.setSystemTime(new Date('2032-01-02T03:04:05Z'));
    const second = await buildReportDocx(sampleInput());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const generatedAt = sampleInput().generatedAt.slice(0, 19);
    expect(xmlOf(first, 'docProps/core.xml')).toContain(
      `<dcterms:created xsi:type="dcterms:W3CDTF">${generatedAt}Z</dcterms:created>`,
    );
    expect(xmlOf(first, 'docProps/core.xml')).not.toMatch(/203[12]-/);
    // Every part is still there and still a DOCX.
    expect(Object.keys(unzipSync(first))).toContain('word/document.xml');
  });

  it('says so when the assessor wrote no summary (documents from before the field)', async () => {
    const input = reportInput(SIGNER, 'e'.repeat(64));
    delete input.document.content.executiveSummary;
    const xml = xmlOf(await buildReportDocx(input), 'word/document.xml');
    expect(xml).toContain('The assessor wrote no executive summary for this revision.');
    expect(headings(xml)).not.toContain('Heading2: Key findings');
  });

  it('converts in LibreOffice to a PDF whose text has the summary first and every heading', async () => {
    const path = temp.path('report.docx');
    writeFileSync(path, await buildReportDocx(sampleInput()));
    const profile = `file://${temp.path('lo-profile')}`;
    const converted = run('soffice', [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      temp.dir,
      path,
    ]);
    expect(converted.status, converted.output).toBe(0);
    const text = run('pdftotext', [temp.path('report.pdf'), '-']).stdout.replace(/\s+/g, ' ');
    expect(text).toContain(SUMMARY);
    const order = [
      'Executive summary',
      'Key findings',
      'Scores at a glance',
      'Practices by responsibility area',
      'Findings and recommendations',
      'AI-system inventory',
      'Evidence index',
    ].map((heading) => text.indexOf(heading));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('75% (partial)');
  }, 120_000);
});

import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildReportPdf } from '../../../../renderer/src/domain/report/build-report';
import { buildReportDocx } from '../../../../renderer/src/domain/report/docx/build-docx';
import type { ReportInput } from '../../../../renderer/src/domain/report/report-input';
import { redact } from '../../../../renderer/src/domain/redaction/redact';
import { run, tempDir } from '../crypto/stock-tools';
import {
  AQUAML_NARRATIVE,
  CUSTOM_NARRATIVE,
  CUSTOM_QUESTION,
  SUPPLIER_EVIDENCE,
  withAttestations,
} from '../supplier/attestation-fixture';
import { reportInput } from './report-fixture';

const temp = tempDir('report-supplier');
afterAll(() => temp.remove());
afterEach(() => vi.useRealTimers());

const SIGNER = {
  name: 'Dana Whitfield',
  organization: 'State Water Authority',
  fingerprint: 'AB:'.repeat(31) + 'CD',
};

function attested(): ReportInput {
  const input = reportInput(SIGNER, 'e'.repeat(64));
  return {
    ...input,
    document: withAttestations(input.document),
    labels: { ...input.labels, allPracticeTitles: { 'AID-SE-1': 'Build security into the model pipeline' } },
  };
}

function pdfText(name: string, pdf: Uint8Array): string {
  writeFileSync(temp.path(name), pdf);
  return run('pdftotext', [temp.path(name), '-']).stdout.replace(/\s+/g, ' ');
}

function documentXml(docx: Uint8Array): string {
  const file = unzipSync(docx)['word/document.xml'];
  if (!file) throw new Error('word/document.xml missing');
  return strFromU8(file);
}

/** The text of a DOCX body with paragraphs and line breaks as spaces, so phrases read as in the PDF. */
function docxText(docx: Uint8Array): string {
  return documentXml(docx)
    .replace(/<w:br\/>|<\/w:p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** What both reports must say for the fixture's attestations (pdfSafe turns ’ into ' in the PDF). */
const EXPECTED = [
  `${SUPPLIER_EVIDENCE.name} [fefefefefefe]`,
  'AquaML Inc.',
  'Northwind Cloud',
  'AI developers (AID)',
  'Cloud and compute infrastructure providers (CCP)',
  'Mira Chen, certificate 0123 4567 89AB CDEF 0123 4567 89AB CDEF',
  'Sam Ortiz, certificate ABAB',
  'Pinned: signed with the same key as this supplier',
  'Unknown signer: the certificate was neither trusted nor pinned when accepted',
  'AID-SE-1 Build security into the model pipeline',
  'CIO-SE-1 Secure environments: practice 1',
  'Question from the assessor',
  'Partially implemented',
  'Not answered',
  AQUAML_NARRATIVE,
  CUSTOM_NARRATIVE,
  '3 Mar 2026',
];

const ascii = (text: string) => text.replace(/[’]/g, "'");

describe('Supplier attestations in the reports', () => {
  it('are absent from both reports while the assessment holds none', async () => {
    const input = reportInput(SIGNER, 'e'.repeat(64));
    expect(pdfText('plain.pdf', buildReportPdf(input))).not.toContain('Supplier attestations');
    expect(docxText(await buildReportDocx(input))).not.toContain('Supplier attestations');
    // An empty list is the same as none: no heading over nothing.
    input.document.content.supplierAttestations = [];
    expect(pdfText('empty.pdf', buildReportPdf(input))).not.toContain('Supplier attestations');
  });

  it('prints each supplier, who signed, the trust state and every answer in the signed PDF', () => {
    const text = pdfText('attested.pdf', buildReportPdf(attested()));
    const [attachment, ...rest] = EXPECTED;
    for (const expected of rest) expect(text).toContain(ascii(expected));
    expect(text).toContain(ascii(CUSTOM_QUESTION));
    // A file name may wrap inside its narrow column.
    expect(text.replace(/ /g, '')).toContain(attachment?.replace(/ /g, ''));
    // After the assessor's findings, before the inventory, and said to be the supplier's words, not scored.
    const at = (needle: string) => text.indexOf(needle);
    expect(at("Supplier attestations (the suppliers' own answers)")).toBeGreaterThan(
      at('Findings and recommendations'),
    );
    expect(at('AI-system inventory')).toBeGreaterThan(at(AQUAML_NARRATIVE));
    expect(text).toContain('no score in this report counts them');
    // Grouped by supplier: AquaML's two answers sit under AquaML, before Northwind's.
    expect(at('AquaML Inc.')).toBeLessThan(at(AQUAML_NARRATIVE));
    expect(at(AQUAML_NARRATIVE)).toBeLessThan(at(CUSTOM_NARRATIVE));
    expect(at(CUSTOM_NARRATIVE)).toBeLessThan(at('Northwind Cloud'));
  });

  it('prints the same words in the DOCX under a Heading 1, with one Heading 2 per supplier', async () => {
    const docx = await buildReportDocx(attested());
    const text = docxText(docx);
    for (const expected of EXPECTED) expect(text).toContain(expected);
    expect(text).toContain(CUSTOM_QUESTION);
    const xml = documentXml(docx);
    expect(xml).toMatch(
      /<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Supplier attestations \(the suppliers’ own answers\)/s,
    );
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*AquaML Inc\./s);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*Northwind Cloud/s);
    expect(text.indexOf('Findings and recommendations')).toBeLessThan(text.indexOf('Supplier attestations'));
  });

  it("keeps a supplier's file out of the assessor's Evidence column of a practice in scope", async () => {
    const input = attested();
    // The supplier answered CIO-SE-1, which the report's practice tables show, and attached a file there.
    const practiceId = 'CIO-SE-1';
    const file = { ...SUPPLIER_EVIDENCE, id: 'ev-supplier-se', practiceId, name: 'northwind-isolation.pdf' };
    const document = {
      ...input.document,
      evidence: [...input.document.evidence, file],
      content: {
        ...input.document.content,
        supplierAttestations: (input.document.content.supplierAttestations ?? []).map((item) =>
          item.practiceId === practiceId ? { ...item, evidenceIds: [file.id] } : item,
        ),
      },
    };
    const own = document.evidence.find((meta) => meta.practiceId === practiceId && meta.id !== file.id);
    const withFile = { ...input, document };
    for (const text of [
      pdfText('column.pdf', buildReportPdf(withFile)),
      docxText(await buildReportDocx(withFile)),
    ]) {
      const practices = text.slice(
        text.indexOf('Practices by responsibility area'),
        text.indexOf('Supplier attestations ('),
      );
      expect(practices.length).toBeGreaterThan(0);
      expect(practices.replace(/ /g, '')).not.toContain('northwind-isolation');
      if (own) expect(practices.replace(/ /g, '')).toContain(own.name.replace(/ /g, ''));
      // It is listed with the supplier's attestation instead.
      expect(text.slice(text.indexOf('Supplier attestations (')).replace(/ /g, '')).toContain(
        'northwind-isolation',
      );
    }
  });

  it('keeps the DOCX reproducible with attestations in it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-09T21:13:14Z'));
    const first = await buildReportDocx(attested());
    vi.setSystemTime(new Date('2032-01-02T03:04:05Z'));
    const second = await buildReportDocx(attested());
    vi.useRealTimers();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('prints a sector-partner copy without narratives, questions, names or attachments', async () => {
    const input = attested();
    const { document } = redact(input.document, { id: 'sector-partner', categories: [], region: '' });
    const redacted = { ...input, document };
    for (const text of [
      pdfText('redacted.pdf', buildReportPdf(redacted)),
      docxText(await buildReportDocx(redacted)),
    ]) {
      expect(text).toContain('Supplier attestations');
      for (const gone of [
        AQUAML_NARRATIVE,
        CUSTOM_NARRATIVE,
        'AquaML',
        'Mira Chen',
        SUPPLIER_EVIDENCE.name,
      ]) {
        expect(text).not.toContain(ascii(gone));
      }
      expect(ascii(text)).not.toContain(ascii(CUSTOM_QUESTION));
      // What stays: the practice, the supplier's status, the trust state and the role.
      expect(text).toContain('Withheld by redaction');
      expect(text).toContain('Partially implemented');
      expect(text).toContain('AID-SE-1');
      expect(text).toContain('AI developers (AID)');
    }
  });
});

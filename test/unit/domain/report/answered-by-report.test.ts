/**
 * "Who answered" in both reports (the signed PDF, read back with pdftotext, and the Word copy): named for a
 * team assessment from its journal, left out of an assessment one person answered.
 */
import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { AssessmentDocument } from '../../../../renderer/src/domain/assessment/model';
import { appendEntry, type JournalChange } from '../../../../renderer/src/domain/journal/journal';
import { buildReportPdf } from '../../../../renderer/src/domain/report/build-report';
import { buildReportDocx } from '../../../../renderer/src/domain/report/docx/build-docx';
import { teamAnsweredBy } from '../../../../renderer/src/domain/report/answered-by';
import { run, tempDir } from '../crypto/stock-tools';
import { reportInput } from './report-fixture';

const temp = tempDir('report-answered-by');
afterAll(() => temp.remove());
const SIGNER = { name: 'Lena Lead', organization: 'CISA', fingerprint: 'AB:'.repeat(31) + 'CD' };

function journalOf(changes: readonly Omit<JournalChange, 'at'>[]): AssessmentDocument['journal'] {
  const entries: AssessmentDocument['journal'] = [];
  for (const [n, change] of changes.entries())
    entries.push(appendEntry(entries.at(-1), { ...change, at: `2026-03-0${n + 1}T10:00:00.000Z` }));
  return entries;
}

const status = (practice: string, actor: string, value: string) => ({
  actor,
  field: `answers.${practice}.status`,
  oldValue: 'not-assessed',
  newValue: value,
});

/** The journal of a merged team assessment: Ann's answer won a conflict the lead resolved; Bob answered DD. */
const TEAM = journalOf([
  status('CIO-SE-1', 'Lena Lead', 'partial'),
  status('CIO-SE-1', 'Ann Assessor', 'implemented'),
  status('CIO-DD-1', 'Bob Assessor', 'implemented'),
  {
    actor: 'Lena Lead',
    field: 'merge.answers.CIO-SE-1.status',
    oldValue: {
      base: 'not-assessed',
      ours: { value: 'partial', actor: 'Lena Lead', at: '2026-03-01T10:00:00.000Z' },
      theirs: { value: 'implemented', actor: 'Ann Assessor', at: '2026-03-02T10:00:00.000Z' },
    },
    newValue: { choice: 'theirs', value: 'implemented' },
  },
]);

function inputWith(journal: AssessmentDocument['journal']) {
  const input = reportInput(SIGNER, 'e'.repeat(64));
  return { ...input, document: { ...input.document, journal } };
}

function pdfText(name: string, pdf: Uint8Array): string {
  writeFileSync(temp.path(name), pdf);
  return run('pdftotext', [temp.path(name), '-']).stdout.replace(/\s+/g, ' ');
}

function docxText(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
  return xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('who answered each practice', () => {
  it('is the author of the side a resolution chose, per practice', () => {
    expect(teamAnsweredBy({ journal: TEAM })).toEqual({
      'CIO-SE-1': 'Ann Assessor',
      'CIO-DD-1': 'Bob Assessor',
    });
    expect(teamAnsweredBy({ journal: journalOf([status('CIO-SE-1', 'Lena Lead', 'partial')]) })).toBeNull();
  });

  it('is printed in the PDF and the Word report of a team assessment', async () => {
    const input = inputWith(TEAM);
    const pdf = pdfText('team.pdf', buildReportPdf(input));
    expect(pdf).toContain('Who answered');
    expect(pdf).toMatch(/CIO-SE-1 .*Ann Assessor/);
    expect(pdf).toContain('Bob Assessor');
    const docx = docxText(await buildReportDocx(input));
    expect(docx).toContain('Who answered');
    expect(docx).toContain('Ann Assessor');
    expect(docx).toContain('Bob Assessor');
  });

  it('is left out of the reports of an assessment one person answered', async () => {
    const input = inputWith(journalOf([status('CIO-SE-1', 'Lena Lead', 'partial')]));
    expect(pdfText('single.pdf', buildReportPdf(input))).not.toContain('Who answered');
    expect(docxText(await buildReportDocx(input))).not.toContain('Who answered');
  });
});

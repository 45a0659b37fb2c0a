import { describe, expect, it } from 'vitest';
import { answersCsv, csvCell, findingsCsv } from '../../../../renderer/src/domain/handoff/csv';
import { sampleContent, sampleDocument, sampleFinding } from '../import/helpers/sample-document';
import { emptyPlan } from '../../../../renderer/src/domain/remediation/model';
import { SAMPLE_PACK } from './sample-pack';

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const next = text[i + 1];
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes fields holding a comma, quote, CR or LF and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(3)).toBe('3');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("http://x")`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('a=1')).toBe('a=1');
  });
});

describe('answersCsv', () => {
  it('writes a BOM, a header and one CRLF-terminated row per answer in pack order', () => {
    const csv = answersCsv(sampleDocument(), SAMPLE_PACK);
    expect(csv.startsWith('\uFEFFPractice,Role,Area,Title,Status,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows.map((r) => r[0])).toEqual(['Practice', 'CIO-SE-1', 'CIO-DD-1']);
    expect(rows[1]?.slice(1, 5)).toEqual(['CIO', 'SE', 'Secure the deployment environment', 'partial']);
  });

  it('round-trips awkward text and keeps answers to practices the pack does not know', () => {
    const notes = '=cmd|"/c calc"!A1, then\r\na "quoted" line';
    const content = sampleContent({
      answers: { 'ZZZ-1': { status: 'implemented', notes, justification: '', systemIds: [] } },
    });
    const rows = parseCsv(answersCsv(sampleDocument({ content }), SAMPLE_PACK).slice(1));
    expect(rows[1]?.[0]).toBe('ZZZ-1');
    expect(rows[1]?.[5]).toBe(`'${notes}`);
  });
});

describe('findingsCsv', () => {
  it('writes one row per finding with practice titles and remediation', () => {
    const content = sampleContent({
      findings: [
        sampleFinding(),
        sampleFinding({ id: 'f2', title: '@SUM(A1)', practiceIds: ['CIO-SE-1', 'X-9'] }),
      ],
    });
    const rows = parseCsv(findingsCsv(sampleDocument({ content }), SAMPLE_PACK).slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveLength(14);
    expect(rows[2]?.[1]).toBe("'@SUM(A1)");
    expect(rows[2]?.[4]).toBe('Secure the deployment environment; X-9');
    expect(rows[1]?.[9]).toBe('open');
  });

  it('takes the status from the site plan when the finding has one, else from the signed content', () => {
    const done = { status: 'done' as const, owner: '', dueDate: '', note: '' };
    const content = sampleContent({
      findings: [
        sampleFinding(),
        sampleFinding({ id: 'f2', remediation: done }),
        sampleFinding({ id: 'f3' }),
      ],
    });
    const plans = new Map([
      [
        'f1',
        {
          ...emptyPlan('f1'),
          status: 'completed' as const,
          owner: 'Plant IT',
          originalDueDate: '2027-01-10',
        },
      ],
      [
        'f2',
        {
          ...emptyPlan('f2'),
          status: 'vendor-dependency' as const,
          supplier: 'Vendor A',
          owner: 'OT lead',
          originalDueDate: '2027-01-10',
          adjustedDueDate: '2027-03-01',
        },
      ],
    ]);
    const rows = parseCsv(findingsCsv(sampleDocument({ content }), SAMPLE_PACK, plans).slice(1));
    expect(rows[0]?.slice(7, 12)).toEqual([
      'Recommended owner',
      'Recommended due date',
      'Remediation status',
      'Remediation owner',
      'Remediation due date',
    ]);
    const f3 = content.findings[2]!;
    // The plan decides status, owner and the due date now agreed; without one, the signed content does.
    expect(rows.slice(1).map((row) => [row[0], row[9], row[10], row[11]])).toEqual([
      ['f1', 'completed', 'Plant IT', '2027-01-10'],
      ['f2', 'vendor-dependency', 'OT lead', '2027-03-01'],
      ['f3', 'open', f3.remediation.owner || f3.owner, f3.remediation.dueDate || f3.dueDate],
    ]);
  });
});

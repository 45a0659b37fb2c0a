import { describe, expect, it } from 'vitest';
import { POAM_CSV_COLUMNS, poamCsv } from '../../../../renderer/src/domain/handoff/poam-csv';
import { emptyPlan } from '../../../../renderer/src/domain/remediation/model';
import { sampleFinding } from '../import/helpers/sample-document';

const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);

describe('poamCsv', () => {
  it('writes the documented columns, one row per finding and per plan closed by the assessor', () => {
    const csv = poamCsv({
      plans: [
        {
          finding: sampleFinding({ id: 'f1', title: 'Drift' }),
          plan: {
            ...emptyPlan('f1'),
            owner: '=HYPERLINK("x")',
            status: 'in-progress',
            originalDueDate: '2025-05-01',
            milestones: [{ id: 'm', date: '2025-04-01', description: 'Buy, install', done: true }],
            closureEvidence: [],
          },
        },
      ],
      closed: [{ plan: { ...emptyPlan('f2'), status: 'completed' }, title: 'Old HMI', closedInRevision: 4 }],
      today: '2025-06-01',
    });
    const [header, first, second] = rows(csv);
    expect(header).toBe(POAM_CSV_COLUMNS.join(','));
    expect(first).toBe(
      [
        'f1',
        'Drift',
        'high',
        'CIO-SE-1',
        'Add drift monitoring.',
        'Ops',
        '2025-06-30',
        `"'=HYPERLINK(""x"")"`,
        'in-progress',
        '2025-05-01',
        '',
        '2025-05-01',
        'yes',
        '"2025-04-01 Buy, install (done)"',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ].join(','),
    );
    expect(second?.startsWith('f2,Old HMI,')).toBe(true);
    expect(second?.endsWith(',completed,,,,no,,,,,,,,4')).toBe(true);
  });
});

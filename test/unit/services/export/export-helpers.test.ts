import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACK } from '../../../../renderer/src/domain/framework/builtin-pack';
import {
  emptyContent,
  type AssessmentContent,
  type AssessmentDocument,
} from '../../../../renderer/src/domain/assessment/model';
import { bundleFileName } from '../../../../renderer/src/services/export/file-name';
import { reportLabels, reportScores } from '../../../../renderer/src/services/export/report-input';

describe('bundle file names', () => {
  it('folds accents, replaces everything but letters and digits and keeps the revision', () => {
    expect(bundleFileName('Usine Électrique / Nord', 'AI review: Q1?', 12, false)).toBe(
      'usine-electrique-nord-ai-review-q1-r12.airr',
    );
    expect(bundleFileName('Site', 'Title', 3, true)).toBe('site-title-r3.airr.age');
    expect(bundleFileName('Site', 'Title', 3, false, { role: 'hand-out', signerName: 'Lena Lead' })).toBe(
      'site-title-r3-hand-out.airr',
    );
    expect(bundleFileName('Site', 'Title', 3, true, { role: 'return', signerName: 'Bob Éclair' })).toBe(
      'site-title-r3-return-bob-eclair.airr.age',
    );
    expect(bundleFileName('', '***', 1, false)).toBe('assessment-r1.airr');
    expect(bundleFileName('x'.repeat(200), 'y', 1, false)).toMatch(/^x{80}-r1\.airr$/);
  });
});

describe('report input', () => {
  it('scores as the Review step does (integer percents) and leaves out areas with nothing in scope', () => {
    const content: AssessmentContent = {
      ...emptyContent(),
      roles: ['CIO'],
      answers: {
        'CIO-SE-1': { status: 'implemented', notes: '', justification: '', systemIds: [] },
        'CIO-DD-1': { status: 'partial', notes: '', justification: '', systemIds: [] },
        'CIO-DD-2': { status: 'not-implemented', notes: '', justification: '', systemIds: [] },
      },
    };
    const document = { content } as AssessmentDocument;
    const scores = reportScores(BUILT_IN_PACK, document);
    // (1 + ½ + 0) / 3 = 50 %, 3 of 15 practices answered = 20 %.
    expect(scores.overall).toEqual({ percent: 50, answered: 3, inScope: 15 });
    expect(scores.completenessPercent).toBe(20);
    expect(scores.byArea.SE).toMatchObject({ percent: 100 });
    expect(Object.keys(scores.byRoleArea)).toEqual(['CIO']);
    const labels = reportLabels(BUILT_IN_PACK, content.roles);
    expect(labels.practices).toHaveLength(15);
    expect(labels.roles.CIO).toBe('Critical Infrastructure Owners and Operators');
  });
});

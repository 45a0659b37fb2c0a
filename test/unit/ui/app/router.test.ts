import { describe, expect, it } from 'vitest';
import { parseRoute, showsLibrary } from '../../../../renderer/src/ui/app/router';
import { resolveRoute } from '../../../../renderer/src/ui/app/routes';
import { AssessmentsPage } from '../../../../renderer/src/ui/library/assessments-page';

const HASHES = [
  '',
  '#',
  '#/',
  '#/assessments',
  '#/assessments/',
  '#/assessments/new',
  '#/assessments/a1/setup',
];
const OTHERS = ['#/portfolio', '#/review/a1', '#/settings', '#/import', '#/nowhere'];

describe('showsLibrary', () => {
  it('says the library is the screen exactly when resolveRoute shows the library', () => {
    for (const hash of [...HASHES, ...OTHERS]) {
      const parts = parseRoute(hash);
      expect(showsLibrary(parts), hash).toBe(resolveRoute(parts).element.type === AssessmentsPage);
    }
  });

  it('is true for the start hashes and false for a screen under assessments', () => {
    expect(['', '#/', '#/assessments'].map((hash) => showsLibrary(parseRoute(hash)))).toEqual([
      true,
      true,
      true,
    ]);
    expect(showsLibrary(parseRoute('#/assessments/new'))).toBe(false);
    expect(showsLibrary(parseRoute('#/settings'))).toBe(false);
  });
});

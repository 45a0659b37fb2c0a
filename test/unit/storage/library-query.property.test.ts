/**
 * The library answers from its indexes (word, sector, status, signer, date range intersected) and reads
 * headers only when it must; whatever path a query takes, its page and count are those of filtering and
 * sorting every header by the matcher.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../renderer/src/storage/database';
import {
  countMatching,
  DEFAULT_QUERY,
  headerMatcher,
  queryPage,
  type LibraryQuery,
} from '../../../renderer/src/storage/library-query';
import type { AssessmentHeader } from '../../../renderer/src/storage/rows';
import { searchWordsOf } from '../../../renderer/src/storage/search-words';

const WORDS = ['water', 'wastewater', 'dam', 'damage', 'north', 'plant', '2023', '2024'];
const SECTORS = ['energy', 'dams', 'water'];
const SIGNERS = ['', 'a'.repeat(64), 'b'.repeat(64)];
const DAYS = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'];

const headerArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
  sector: fc.constantFrom(...SECTORS),
  status: fc.constantFrom('draft' as const, 'in-progress' as const, 'complete' as const),
  signer: fc.constantFrom(...SIGNERS),
  day: fc.constantFrom(...DAYS),
});

const queryArb = fc.record({
  text: fc.array(fc.constantFrom('wat', 'water', 'dam', 'north', '202', 'zzz'), { maxLength: 2 }),
  sector: fc.constantFrom('', ...SECTORS),
  status: fc.constantFrom('', 'draft', 'complete'),
  signer: fc.constantFrom('', ...SIGNERS.slice(1)),
  from: fc.constantFrom('', ...DAYS),
  to: fc.constantFrom('', ...DAYS),
  trust: fc.constantFrom('' as const, 'unknown' as const, 'local' as const),
  descending: fc.boolean(),
});

let counter = 0;

describe('library query from its indexes', () => {
  it('gives the page and count of filtering and sorting every header, for any query', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(headerArb, { maxLength: 40 }), queryArb, async (rows, picked) => {
        const db = openDatabase(`airr-library-property-${++counter}`);
        const headers: AssessmentHeader[] = rows.map((row, index) => {
          const title = row.words.join(' ');
          return {
            id: `h${String(index).padStart(3, '0')}`,
            title,
            siteName: 'Site',
            sector: row.sector,
            status: row.status,
            createdAt: `${row.day}T00:00:00.000Z`,
            updatedAt: `${row.day}T0${index % 10}:00:00.000Z`,
            revision: 1,
            packId: 'p',
            packVersion: '1.0.0',
            completeness: 0,
            overallScore: null,
            source: row.signer ? 'imported' : 'local',
            signerFingerprint: row.signer,
            searchWords: searchWordsOf(title, 'Site'),
          };
        });
        await db.assessments.bulkAdd(headers);
        const query: LibraryQuery = { ...DEFAULT_QUERY, ...picked, text: picked.text.join(' ') };
        const expected = headers
          .filter(headerMatcher(query))
          .sort(
            (a, b) =>
              (a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : 1) : a.updatedAt < b.updatedAt ? -1 : 1) *
              (query.descending ? -1 : 1),
          )
          .map((header) => header.id);
        expect(await countMatching(db, query)).toBe(expected.length);
        expect((await queryPage(db, query, 0, 5)).map((header) => header.id)).toEqual(expected.slice(0, 5));
        expect((await queryPage(db, query, 5, 5)).map((header) => header.id)).toEqual(expected.slice(5, 10));
        db.close();
      }),
      { numRuns: 150 },
    );
  });
});

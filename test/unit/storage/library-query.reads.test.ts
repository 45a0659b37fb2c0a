/**
 * The library's first page is read from an index without reading the library: a page reads a bounded
 * number of headers whatever the library's size, and the count reads keys only. Reads are counted by a
 * Dexie middleware under the repository, the way the app's own database runs them.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DBCore, DBCoreTable } from 'dexie';
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

const SIZE = 3_000;

function header(index: number): AssessmentHeader {
  // 30 "Pipeline" sites among 3,000; sectors cycle through four.
  const site = index % 100 === 7 ? `Pipeline ${index}` : `Water works ${index % 9}`;
  const title = `Visit ${index}`;
  return {
    id: `a${String(index).padStart(5, '0')}`,
    title,
    siteName: site,
    sector: ['energy', 'dams', 'water', 'chemical'][index % 4] ?? 'energy',
    status: 'in-progress',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    revision: 1,
    packId: 'p',
    packVersion: '1.0.0',
    completeness: 0,
    overallScore: null,
    source: 'local',
    signerFingerprint: '',
    searchWords: searchWordsOf(title, site),
  };
}

/** A database whose header reads are counted: values handed back to the repository, by any read. */
async function countingLibrary(name: string) {
  const reads = { values: 0 };
  const db = openDatabase(name);
  db.use({
    stack: 'dbcore',
    name: 'count-header-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName: string): DBCoreTable => {
        const table = down.table(tableName);
        if (tableName !== 'assessments') return table;
        return {
          ...table,
          query: async (request) => {
            const response = await table.query(request);
            if (request.values) reads.values += response.result.length;
            return response;
          },
          get: (request) => {
            reads.values += 1;
            return table.get(request) as Promise<unknown>;
          },
          getMany: async (request) => {
            reads.values += request.keys.length;
            return table.getMany(request);
          },
          openCursor: async (request) => {
            const cursor = await table.openCursor(request);
            if (!cursor || !request.values) return cursor;
            // Each record a value cursor reaches is a header read.
            const start = cursor.start.bind(cursor);
            return Object.assign(cursor, {
              start: (onNext: () => void) =>
                start(() => {
                  reads.values += 1;
                  onNext();
                }),
            });
          },
        };
      },
    }),
  });
  const headers = Array.from({ length: SIZE }, (_, index) => header(index));
  await db.assessments.bulkAdd(headers);
  reads.values = 0;
  return { db, reads, headers };
}

const expectedPage = (headers: AssessmentHeader[], query: LibraryQuery, offset: number, limit: number) =>
  headers
    .filter(headerMatcher(query))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
    .slice(offset, offset + limit)
    .map((row) => row.id);

describe('library reads', () => {
  it('reads one page of headers for the unfiltered library, and a bounded walk for a common match', async () => {
    const { db, reads, headers } = await countingLibrary(`airr-library-reads-${Date.now()}`);
    const page = await queryPage(db, DEFAULT_QUERY, 0, 25);
    expect(page.map((row) => row.id)).toEqual(expectedPage(headers, DEFAULT_QUERY, 0, 25));
    expect(reads.values).toBe(25);

    reads.values = 0;
    const dams = { ...DEFAULT_QUERY, sector: 'dams' };
    expect((await queryPage(db, dams, 0, 25)).map((row) => row.id)).toEqual(
      expectedPage(headers, dams, 0, 25),
    );
    // One in four matches: the first step of the walk (100 records) fills the page.
    expect(reads.values).toBeLessThanOrEqual(100);

    reads.values = 0;
    const water = { ...DEFAULT_QUERY, text: 'water works' };
    expect((await queryPage(db, water, 25, 25)).map((row) => row.id)).toEqual(
      expectedPage(headers, water, 25, 25),
    );
    expect(reads.values).toBeLessThanOrEqual(100);
    db.close();
  });

  it('reads the rare matches through their index instead of walking the library', async () => {
    const { db, reads, headers } = await countingLibrary(`airr-library-rare-${Date.now()}`);
    const pipeline = { ...DEFAULT_QUERY, text: 'pipeline visit' };
    const page = await queryPage(db, pipeline, 0, 25);
    expect(page.map((row) => row.id)).toEqual(expectedPage(headers, pipeline, 0, 25));
    expect(page).toHaveLength(25);
    // The walk stops at its budget (300 records, plus the one it reads again where its second step starts)
    // and the 30 "pipeline" headers are read by their word.
    expect(reads.values).toBeLessThanOrEqual(300 + 1 + 30);
    expect(reads.values).toBeLessThan(SIZE / 5);
    db.close();
  });

  it('counts from keys alone, reading no header', async () => {
    const { db, reads } = await countingLibrary(`airr-library-count-${Date.now()}`);
    expect(await countMatching(db, { ...DEFAULT_QUERY, text: 'water', sector: 'dams' })).toBe(
      Array.from({ length: SIZE }, (_, index) => index).filter(
        (index) => index % 100 !== 7 && index % 4 === 1,
      ).length,
    );
    expect(await countMatching(db, DEFAULT_QUERY)).toBe(SIZE);
    expect(reads.values).toBe(0);
    db.close();
  });

  it('walks on past the ties at the edge of a step, in the order of the index (sector, then id)', async () => {
    const { db, headers } = await countingLibrary(`airr-library-ties-${Date.now()}`);
    for (const descending of [true, false]) {
      // Four sectors over 3,000 headers: every step of the walk starts inside a run of equal keys.
      const query = { ...DEFAULT_QUERY, text: 'water', sort: 'sector' as const, descending };
      const expected = headers
        .filter(headerMatcher(query))
        .sort((a, b) => {
          const order = a.sector === b.sector ? (a.id < b.id ? -1 : 1) : a.sector < b.sector ? -1 : 1;
          return descending ? -order : order;
        })
        .map((row) => row.id);
      expect((await queryPage(db, query, 200, 25)).map((row) => row.id)).toEqual(expected.slice(200, 225));
      expect((await queryPage(db, query, 975, 25)).map((row) => row.id)).toEqual(expected.slice(975, 1000));
    }
    db.close();
  });
});

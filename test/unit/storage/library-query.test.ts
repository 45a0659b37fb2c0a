import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { openDatabase } from '../../../renderer/src/storage/database';
import {
  countMatching,
  DEFAULT_QUERY,
  headerMatcher,
  librarySigners,
  queryPage,
} from '../../../renderer/src/storage/library-query';
import type { AssessmentHeader } from '../../../renderer/src/storage/rows';
import { searchWordsOf } from '../../../renderer/src/storage/search-words';

function header(index: number, overrides: Partial<AssessmentHeader> = {}): AssessmentHeader {
  const day = String((index % 28) + 1).padStart(2, '0');
  return {
    id: `a${index}`,
    title: `Visit ${index}`,
    siteName: index % 2 ? 'North Dam' : 'South Plant',
    sector: index % 3 ? 'energy' : 'dams',
    status: index % 5 ? 'in-progress' : 'complete',
    createdAt: `2026-02-${day}T00:00:00.000Z`,
    updatedAt: `2026-03-${day}T00:00:00.000Z`,
    revision: 1,
    packId: 'p',
    packVersion: '1.0.0',
    completeness: 0,
    overallScore: null,
    source: 'local',
    signerFingerprint: '',
    searchWords: searchWordsOf(`Visit ${index}`, index % 2 ? 'North Dam' : 'South Plant'),
    ...overrides,
  };
}

describe('library query', () => {
  it('pages, sorts, searches by words in title or site, and filters by sector, status and date range', async () => {
    const db = openDatabase(`airr-library-${Date.now()}`);
    await db.assessments.bulkAdd(Array.from({ length: 120 }, (_, index) => header(index)));
    const first = await queryPage(db, DEFAULT_QUERY, 0, 25);
    expect(first).toHaveLength(25);
    expect(first[0]!.updatedAt >= first[24]!.updatedAt).toBe(true);
    expect(await countMatching(db, DEFAULT_QUERY)).toBe(120);

    const north = { ...DEFAULT_QUERY, text: 'north VISIT' };
    expect(await countMatching(db, north)).toBe(60);
    expect((await queryPage(db, north, 0, 100)).every((row) => row.siteName === 'North Dam')).toBe(true);

    const damsComplete = { ...DEFAULT_QUERY, sector: 'dams', status: 'complete' };
    const expected = Array.from({ length: 120 }, (_, index) => index).filter(
      (index) => index % 3 === 0 && index % 5 === 0,
    ).length;
    expect(await countMatching(db, damsComplete)).toBe(expected);

    const window = { ...DEFAULT_QUERY, from: '2026-03-02', to: '2026-03-03' };
    const inWindow = await queryPage(db, window, 0, 200);
    expect(inWindow.length).toBeGreaterThan(0);
    expect(
      inWindow.every(
        (row) => row.updatedAt.startsWith('2026-03-02') || row.updatedAt.startsWith('2026-03-03'),
      ),
    ).toBe(true);

    const byTitle = await queryPage(db, { ...DEFAULT_QUERY, sort: 'title', descending: false }, 0, 3);
    expect(byTitle.map((row) => row.title)).toEqual(['Visit 0', 'Visit 1', 'Visit 10']);
    db.close();
  });
});

describe('library query by signer and trust', () => {
  it('filters imported assessments by signer and by whether the signer is trusted', async () => {
    const db = openDatabase(`airr-library-trust-${Date.now()}`);
    const alice = 'a'.repeat(64);
    const bob = 'b'.repeat(64);
    await db.assessments.bulkAdd([
      header(1),
      header(2, { source: 'imported', signerFingerprint: alice, signerName: 'Alice' }),
      header(3, { source: 'imported', signerFingerprint: bob, signerName: 'Bob' }),
      header(4, { source: 'imported', signerFingerprint: bob, signerName: 'Bob' }),
    ]);
    const trusted = new Set([alice]);
    const ids = async (query: Partial<typeof DEFAULT_QUERY>) =>
      (
        await queryPage(db, { ...DEFAULT_QUERY, ...query, sort: 'title', descending: false }, 0, 10, trusted)
      ).map((row) => row.id);
    expect(await ids({ signer: bob })).toEqual(['a3', 'a4']);
    expect(await ids({ trust: 'trusted' })).toEqual(['a2']);
    expect(await ids({ trust: 'unknown' })).toEqual(['a3', 'a4']);
    expect(await ids({ trust: 'local' })).toEqual(['a1']);
    expect(await ids({ trust: 'unknown', text: 'visit 4' })).toEqual(['a4']);
    expect(await countMatching(db, { ...DEFAULT_QUERY, trust: 'unknown' }, trusted)).toBe(2);
    expect(await librarySigners(db)).toEqual([
      { fingerprint: alice, name: 'Alice' },
      { fingerprint: bob, name: 'Bob' },
    ]);
    db.close();
  });
});

describe('library search at scale', () => {
  it('gives the same pages and counts whether the matches are few or many, in the index order', async () => {
    const db = openDatabase(`airr-library-scale-${Date.now()}`);
    // 1,500 "water" headers (more than the dense threshold) and 40 "pipeline" ones (fewer).
    const headers = Array.from({ length: 1_540 }, (_, index) => {
      const site = index < 1_500 ? `Water works ${index % 7}` : `Pipeline station ${index % 3}`;
      return header(index, {
        siteName: site,
        title: `Visit ${index}`,
        searchWords: searchWordsOf(`Visit ${index}`, site),
        sector: index % 2 ? 'water' : 'energy',
      });
    });
    await db.assessments.bulkAdd(headers);
    for (const text of ['water', 'pipeline', 'water works 3', 'pipe stat']) {
      for (const descending of [true, false]) {
        const query = { ...DEFAULT_QUERY, text, sort: 'title' as const, descending };
        const expected = headers
          .filter(headerMatcher(query))
          .sort((a, b) => (a.title === b.title ? 0 : a.title < b.title ? -1 : 1) * (descending ? -1 : 1));
        expect(await countMatching(db, query)).toBe(expected.length);
        expect((await queryPage(db, query, 0, 25)).map((row) => row.id)).toEqual(
          expected.slice(0, 25).map((row) => row.id),
        );
        expect((await queryPage(db, query, 25, 25)).map((row) => row.id)).toEqual(
          expected.slice(25, 50).map((row) => row.id),
        );
      }
    }
    const waterInEnergy = { ...DEFAULT_QUERY, text: 'water', sector: 'energy' };
    expect(await countMatching(db, waterInEnergy)).toBe(750);
    expect(await countMatching(db, { ...DEFAULT_QUERY, text: 'nowhere' })).toBe(0);
    expect(await queryPage(db, { ...DEFAULT_QUERY, text: 'nowhere' }, 0, 25)).toEqual([]);
    db.close();
  });
});

// Edit durability and library speed, measured inside Chromium on the app's own storage modules.
import { percentile } from './browser.mjs';

/** `headers`: the realistic library headers of library-headers.ts, the same the library screen bench uses. */
export async function benchStorage(context, moduleUrl, headers) {
  const page = await context.newPage();
  await page.goto(`${moduleUrl}index.html`);
  const figures = await page.evaluate(async (headers) => {
    const { openDatabase } = await import('/src/storage/database.ts');
    const repo = await import('/src/storage/assessment-repository.ts');
    const library = await import('/src/storage/library-query.ts');
    const db = openDatabase(`bench-${Date.now()}`);
    const created = await repo.createAssessment(
      db,
      { title: 'Bench', siteName: 'Bench site', sector: 'energy' },
      { id: 'dhs-ai-rr-2024', version: '1.0.0' },
      'bench',
    );
    const edits = [];
    for (let index = 0; index < 300; index += 1) {
      const start = performance.now();
      const result = await repo.applyChange(
        db,
        created.value,
        { kind: 'set', path: ['answers', 'CIO-SE-1', 'notes'], value: `note ${index}` },
        'bench',
      );
      if (!result.ok) throw new Error(result.message);
      edits.push(performance.now() - start);
    }
    await db.assessments.bulkAdd(headers);
    const time = async (query) => {
      const start = performance.now();
      const rows = await library.queryPage(db, { ...library.DEFAULT_QUERY, ...query }, 0, 25);
      if (rows.length === 0) throw new Error(`The bench search ${JSON.stringify(query)} matched nothing.`);
      return performance.now() - start;
    };
    const timeCount = async (query) => {
      const start = performance.now();
      await library.countMatching(db, { ...library.DEFAULT_QUERY, ...query });
      return performance.now() - start;
    };
    const result = {
      edits,
      open: await time({}),
      filter: await time({ sector: 'dams', status: 'complete' }),
      search: await time({ text: 'water' }),
      twoWords: await time({ text: 'riverside substation' }),
      rareSearch: await time({ text: 'sandy control 5 baseline 2023' }),
      searchCount: await timeCount({ text: 'water' }),
    };
    const countStart = performance.now();
    await library.countMatching(db, { ...library.DEFAULT_QUERY, sector: 'dams' });
    result.count = performance.now() - countStart;
    db.close();
    return result;
  }, headers);
  await page.close();
  return [
    [
      'edit durable in IndexedDB: p50 / p99 of 300 (target p99 ≤ 50 ms)',
      `${percentile(figures.edits, 50).toFixed(1)} / ${percentile(figures.edits, 99).toFixed(1)} ms`,
    ],
    ['library of 10,000: first page, newest first (target ≤ 100 ms)', `${figures.open.toFixed(1)} ms`],
    ['library of 10,000: first page, sector + status filter', `${figures.filter.toFixed(1)} ms`],
    ['library of 10,000: first page, search "water" (2,500 match)', `${figures.search.toFixed(1)} ms`],
    ['library of 10,000: first page, search of two words', `${figures.twoWords.toFixed(1)} ms`],
    ['library of 10,000: first page, search matching a few', `${figures.rareSearch.toFixed(1)} ms`],
    ['library of 10,000: count of a search (word index only)', `${figures.searchCount.toFixed(1)} ms`],
    ['library of 10,000: count of a filter', `${figures.count.toFixed(1)} ms`],
  ];
}

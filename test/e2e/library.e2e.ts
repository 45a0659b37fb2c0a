/**
 * The library with many assessments, in the real screen: the first rows show without waiting for the count,
 * searches and filters page through the matches in the chosen order, and the count follows for the query
 * shown. Headers are written straight into the app's database (as the bench does), 400 of them, so the
 * walks, the rare-match path and paging all run.
 */
import { test, expect, accessibilityViolations } from './fixtures';
import { LibraryPage } from './pages/library-page';

const COUNT = 400;

/** Writes `count` headers into the app's own database: every twentieth site is a "Pipeline", sectors alternate. */
function seedHeaders(count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('airr-assessor');
    open.onerror = () => reject(new Error(`The database did not open: ${String(open.error)}`));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('assessments', 'readwrite');
      for (let index = 0; index < count; index += 1) {
        const site = index % 20 === 3 ? `Pipeline ${index}` : `Water works ${index % 7}`;
        const title = `Visit ${String(index).padStart(3, '0')}`;
        tx.objectStore('assessments').put({
          id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
          title,
          siteName: site,
          sector: index % 2 ? 'dams' : 'energy',
          status: 'in-progress',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
          revision: 1,
          packId: 'dhs-ai-rr-2024',
          packVersion: '1.0.0',
          completeness: 0,
          overallScore: null,
          source: 'local',
          signerFingerprint: '',
          searchWords: [...new Set(`${title} ${site}`.toLowerCase().split(' '))],
        });
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(new Error(`The headers were not written: ${String(tx.error)}`));
    };
  });
}

test('a library of 400 searches, filters and pages in order, with the count following', async ({ app }) => {
  await new LibraryPage(app.page).open();
  await app.page.evaluate(seedHeaders, COUNT);
  const page = await app.relaunch();
  await new LibraryPage(page).open();
  const count = page.getByTestId('library-count');
  const rows = page.getByRole('main').locator('table tbody tr');
  await expect(count).toHaveText(`${COUNT} assessments found.`);
  // Newest first: the last seeded header leads.
  await expect(rows.first()).toContainText('Visit 399');
  await expect(rows).toHaveCount(25);

  // Common words: a walk of the sort index fills the page, and the next one.
  const search = page.getByLabel('Search title or site');
  await search.fill('water works');
  await expect(count).toHaveText('380 assessments found.');
  await expect(rows.first()).toContainText('Visit 399');
  await expect(rows).toHaveCount(25);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Page 2 of 16')).toBeVisible();
  // Page 1 held 399 to 374 but 383 (a Pipeline).
  await expect(rows.first()).toContainText('Visit 373');

  // Rare words (20 of 400): the walk gives up and reads them through their word index, in the same order.
  await search.fill('pipeline');
  await expect(count).toHaveText('20 assessments found.');
  await expect(rows).toHaveCount(20);
  await expect(rows.first()).toContainText('Pipeline 383');
  await expect(rows.last()).toContainText('Visit 003');

  // A word and a sector together: Pipeline sites have odd numbers, so every one is in Dams.
  await page.getByLabel('Sector', { exact: true }).selectOption('dams');
  await expect(count).toHaveText('20 assessments found.');
  await page.getByLabel('Sector', { exact: true }).selectOption('energy');
  await expect(count).toHaveText('0 assessments found.');
  await expect(page.getByText('No assessment matches.')).toBeVisible();

  await search.fill('');
  await expect(count).toHaveText('200 assessments found.');
  await expect(rows.first()).toContainText('Visit 398');
  expect(await accessibilityViolations(page)).toEqual([]);
});

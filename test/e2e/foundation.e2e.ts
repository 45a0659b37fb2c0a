import { test, expect, accessibilityViolations } from './fixtures';
import { LibraryPage } from './pages/library-page';

test('an assessment created in the form is still listed after a reload', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.create({
    title: 'Spring walk-down 2026',
    site: 'Riverside Water Treatment Plant',
    sector: 'Water and Wastewater Systems',
  });
  await page.reload();
  await library.open();
  await expect(library.assessmentLink('Spring walk-down 2026')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Riverside Water Treatment Plant' })).toBeVisible();
});

test('the frame shows the product, the sections and the app version', async ({ page }) => {
  await expect(page.getByRole('banner')).toContainText('AIRR Assessor');
  const sections = page.getByRole('navigation', { name: 'Sections' });
  for (const name of ['Assessments', 'Import', 'Trust', 'Settings']) {
    await expect(sections.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
});

test('the frame and the new-assessment form have no WCAG 2.1 AA violations', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  expect(await accessibilityViolations(page)).toEqual([]);
  await library.startNew();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await expect(page.getByText('Enter a title for the assessment.')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the new-assessment form can be filled and submitted with the keyboard alone', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  const newLink = page.getByRole('link', { name: 'New assessment' });
  await newLink.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'New assessment' }).waitFor();
  await page.getByRole('button', { name: 'Create assessment' }).focus();
  await page.keyboard.press('Enter');
  // Validation moves focus to the first field that needs attention.
  await expect(page.getByLabel('Assessment title')).toBeFocused();
  await page.keyboard.type('Keyboard-only visit');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Site or facility name')).toBeFocused();
  await page.keyboard.type('North Substation');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Critical infrastructure sector')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Create assessment' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/assessments\/[0-9a-f-]{36}\//);
  await library.open();
  await expect(library.assessmentLink('Keyboard-only visit')).toBeVisible();
});

test('data written before a browser restart is there after it', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.create({ title: 'Survives restart', site: 'Pump Station 4', sector: 'Energy' });
  const page = await app.relaunch();
  const again = new LibraryPage(page);
  await again.open();
  await expect(again.assessmentLink('Survives restart')).toBeVisible();
});

test('after a reload the library shows its rows in its first render, with no loading step', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.create({ title: 'Autumn walk-down 2026', site: 'Lakeside Dam', sector: 'Dams' });
  await library.open();
  // What the page shows at the first commit: React inserts the whole first tree into #root at once.
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      const root = document.getElementById('root');
      if (!root?.firstChild) return;
      seen.disconnect();
      document.documentElement.dataset.firstRender = root.textContent ?? '';
    });
    seen.observe(document, { subtree: true, childList: true });
  });
  await page.reload();
  await expect(library.assessmentLink('Autumn walk-down 2026')).toBeVisible();
  const firstRender = await page.evaluate(() => document.documentElement.dataset.firstRender ?? '');
  expect(firstRender).toContain('Autumn walk-down 2026');
  expect(firstRender).not.toContain('Loading assessments');
});

test('pressing Create assessment twice while it saves makes one assessment, not two', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  await library.startNew();
  await page.getByLabel('Assessment title').fill('Pressed twice');
  await page.getByLabel('Site or facility name').fill('East Substation');
  await page
    .getByLabel('Critical infrastructure sector')
    .selectOption({ label: 'Water and Wastewater Systems' });
  // Two submissions in one task: the second arrives while the first is still saving.
  await page.evaluate(() => {
    const form = document.querySelector('form');
    form?.requestSubmit();
    form?.requestSubmit();
  });
  await page.waitForURL(/#\/assessments\/[0-9a-f-]{36}\//);
  await library.open();
  await expect(library.assessmentLink('Pressed twice')).toHaveCount(1);
});

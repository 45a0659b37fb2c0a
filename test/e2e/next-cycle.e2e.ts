import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, accessibilityViolations } from './fixtures';
import { ImportPage } from './pages/import-page';
import { buildBundle, makeAssessor } from './support/bundle-factory';

const FINDING = 'No model drift monitoring';

async function importSigned(page: Page): Promise<string> {
  const assessor = await makeAssessor();
  const id = randomUUID();
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose('r1.airr', await buildBundle(assessor, { id, revision: 1 }));
  await expect(importer.verdict()).toContainText('Verified');
  await importer.accept();
  return id;
}

/** Starts the next cycle from the review page; returns the new assessment's id (from the wizard's address). */
async function startNextCycle(page: Page, previousId: string, mode: string): Promise<string> {
  await page.goto(`#/review/${previousId}`);
  await page.getByRole('radio', { name: new RegExp(mode) }).press('Space');
  await page.getByRole('button', { name: 'Start next cycle' }).press('Enter');
  await expect(page).toHaveURL(/#\/assessments\/[0-9a-f-]+\/setup$/);
  const match = /#\/assessments\/([0-9a-f-]+)\/setup$/.exec(page.url());
  if (!match?.[1]) throw new Error(`no assessment id in ${page.url()}`);
  return match[1];
}

const practice = (page: Page, id: string) => page.getByRole('article', { name: new RegExp(`^${id} `) });

test('a signed assessment starts an editable next cycle: answers carried and tagged until edited, open finding and plan carried', async ({
  page,
}) => {
  const previousId = await importSigned(page);
  await page.goto(`#/review/${previousId}`);
  await page.getByLabel(`Remediation owner of ${FINDING}`).fill('Facility manager Kim');
  await page.getByRole('button', { name: `Save plan for ${FINDING}` }).press('Enter');
  await expect(page.getByText(/Plan saved at .* and journaled\./)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Next cycle' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  const nextId = await startNextCycle(page, previousId, 'Carry the answers over');
  await page.goto(`#/assessments/${nextId}/area-SE`);
  await expect(practice(page, 'CIO-SE-1').getByTestId('carried-over-tag')).toHaveText(
    'Carried over — re-check',
  );
  expect(await accessibilityViolations(page)).toEqual([]);
  await practice(page, 'CIO-SE-1').getByLabel('Partially implemented').press('Space');
  await expect(practice(page, 'CIO-SE-1').getByTestId('carried-over-tag')).toHaveCount(0);
  await page.reload();
  await expect(practice(page, 'CIO-SE-1').getByLabel('Partially implemented')).toBeChecked();
  await expect(practice(page, 'CIO-SE-1').getByTestId('carried-over-tag')).toHaveCount(0);

  await page.goto(`#/review/${nextId}`);
  await expect(page.getByLabel(`Remediation owner of ${FINDING}`)).toHaveValue('Facility manager Kim');
  await expect(page.getByText('Edit in the wizard')).toBeVisible();
});

test('the reset mode starts the next cycle with every answer empty', async ({ page }) => {
  const previousId = await importSigned(page);
  const nextId = await startNextCycle(page, previousId, 'Start the answers afresh');
  await page.goto(`#/assessments/${nextId}/area-SE`);
  await expect(practice(page, 'CIO-SE-1').getByLabel('Not yet assessed')).toBeChecked();
  await expect(page.getByTestId('carried-over-tag')).toHaveCount(0);
});

test('the library starts a next cycle, and the series shows every cycle by area and role and compares any two', async ({
  page,
}) => {
  const previousId = await importSigned(page);
  await page.goto('#/assessments');
  const nextCycleLink = page.getByRole('link', { name: /^Next cycle of / }).first();
  await nextCycleLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/next-cycle/${previousId}$`));
  await expect(page.getByRole('heading', { level: 1, name: /^Next cycle of / })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('radio', { name: /Carry the answers over/ }).press('Space');
  await page.getByRole('button', { name: 'Start next cycle' }).press('Enter');
  await expect(page).toHaveURL(/#\/assessments\/[0-9a-f-]+\/setup$/);
  const nextId = /#\/assessments\/([0-9a-f-]+)\/setup$/.exec(page.url())?.[1] ?? '';
  // Renamed site: the cycle link keeps it in the series.
  await page.getByLabel('Site or facility name').fill('West Plant Unit 2');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await page.goto(`#/review/${nextId}`);
  await page.getByRole('link', { name: /as a series$/ }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/series/${nextId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Series of West Plant Unit 2');
  const byArea = page.getByRole('table', { name: /^Scores of each assessment/ });
  const byRole = page.getByRole('table', { name: /^Scores by framework role/ });
  await expect(byArea.getByRole('row')).toHaveCount(3);
  await expect(byRole.getByRole('row')).toHaveCount(3);
  await expect(byRole.getByRole('columnheader', { name: /Owners and Operators/ })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  // Defaults: first → latest cycle; compare them.
  await expect(page.getByLabel('From')).toHaveValue(previousId);
  await expect(page.getByLabel('To')).toHaveValue(nextId);
  await page.getByRole('button', { name: 'Compare' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/compare/${previousId}/${nextId}$`));
  await page.goBack();
  await page.getByLabel('To').selectOption(previousId);
  await expect(page.getByRole('button', { name: 'Compare' })).toBeDisabled();
  await expect(page.getByText('Choose two different cycles to compare.')).toBeVisible();
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Page } from '@playwright/test';
import { BUILT_IN_PACK } from '../../renderer/src/domain/framework/builtin-pack';
import { test, expect, accessibilityViolations } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { WizardPage, type StatusLabel } from './pages/wizard-page';

const OSCAL_SCHEMA = resolve(__dirname, '../fixtures/oscal/oscal_assessment-results_schema.json');

/** Creates an owner/operator assessment of `site` answering Secure Environments and Data Governance. */
async function assess(
  page: Page,
  title: string,
  site: string,
  answers: Array<[string, StatusLabel]>,
): Promise<void> {
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  await library.create({ title, site, sector: 'Energy' });
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  for (const [area, ids] of [
    ['Secure Environments', ['CIO-SE-1']],
    ['Implement Data Governance', ['CIO-DG-1', 'CIO-DG-2']],
  ] as const) {
    await wizard.goToStep(area);
    for (const [id, status] of answers.filter(([id]) => (ids as readonly string[]).includes(id)))
      await wizard.setStatus(id, status);
  }
  await wizard.waitSaved();
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

test('review mode shows a read-only assessment, tracks remediation and hands off OSCAL and CSV', async ({
  page,
}) => {
  await assess(page, 'Substation review', 'East Substation', [
    ['CIO-SE-1', 'Not implemented'],
    ['CIO-DG-1', 'Implemented'],
    ['CIO-DG-2', 'Partially implemented'],
  ]);
  const wizard = new WizardPage(page);
  await wizard.goToStep('Findings');
  await page.getByRole('button', { name: 'Add a finding' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Flat OT network');
  await page.getByLabel('Severity').selectOption({ label: 'Critical' });
  await wizard.waitSaved();

  const library = new LibraryPage(page);
  await library.open();
  await page.getByRole('link', { name: 'Review Substation review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Substation review' })).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText('50%');
  await expect(page.getByRole('textbox', { name: /notes on/i })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Secure Environments' })).toContainText('Not implemented');
  // The change journal names each field as the wizard does, never by its stored path.
  const journal = page.getByTestId('record-journal');
  const se1 = BUILT_IN_PACK.practices.find((practice) => practice.id === 'CIO-SE-1');
  const statusRow = journal.getByRole('row', { name: `CIO-SE-1 ${se1?.title} · Status` });
  await expect(statusRow.getByRole('cell').last()).toHaveText('— → Not implemented');
  await expect(journal).toContainText('Finding “Flat OT network” · Severity');
  await expect(journal).not.toContainText('answers.');

  await page.getByLabel('Remediation status of Flat OT network').selectOption({ label: 'In progress' });
  await page.getByLabel('Remediation owner of Flat OT network').fill('OT security lead');
  await page.getByRole('button', { name: 'Save plan for Flat OT network' }).click();
  await expect(page.getByText(/Plan saved at .* and journaled\./)).toBeVisible();
  await expect(page.getByTestId('remediation-journal-status')).toContainText('Chain intact: 2 entries');
  await expect(page.getByTestId('remediation-journal')).toContainText('finding “Flat OT network” · owner');
  await expect(page.getByText('All changes are saved as you work.')).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByLabel('Remediation owner of Flat OT network')).toHaveValue('OT security lead');
  await expect(page.getByLabel('Remediation status of Flat OT network')).toHaveValue('in-progress');

  const answersCsv = await download(page, 'Export answers as CSV');
  expect(answersCsv.split('\r\n')[0]).toContain('Practice');
  expect(answersCsv).toContain('CIO-SE-1');
  const findingsCsv = await download(page, 'Export findings as CSV');
  expect(findingsCsv).toContain('Flat OT network');
  const oscal = JSON.parse(await download(page, 'Export OSCAL assessment results')) as Record<
    string,
    unknown
  >;
  expect(oscal).toHaveProperty('assessment-results');
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(OSCAL_SCHEMA, 'utf8')) as object);
  expect(validate(oscal), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
});

test('two assessments of one site can be compared, and the portfolio shows each site once', async ({
  page,
}) => {
  await assess(page, 'Plant visit 2024', 'West Plant', [['CIO-SE-1', 'Partially implemented']]);
  await assess(page, 'Plant visit 2025', 'West Plant', [
    ['CIO-SE-1', 'Not implemented'],
    ['CIO-DG-1', 'Partially implemented'],
    ['CIO-DG-2', 'Not implemented'],
  ]);
  await assess(page, 'Plant visit 2026', 'West Plant', [
    ['CIO-SE-1', 'Implemented'],
    ['CIO-DG-1', 'Implemented'],
    ['CIO-DG-2', 'Not implemented'],
  ]);
  await assess(page, 'Dam visit', 'North Dam', [['CIO-SE-1', 'Partially implemented']]);
  const library = new LibraryPage(page);
  await library.open();
  await page.getByRole('link', { name: 'Review Plant visit 2026' }).click();
  const older = await page
    .getByLabel('Compare with')
    .locator('option', { hasText: 'Plant visit 2025' })
    .textContent();
  await page.getByLabel('Compare with').selectOption({ label: older ?? '' });
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare assessments' })).toBeVisible();
  // Before: SE 0/1, DG ½/2 → overall ½/3 = 17 %. After: SE 1/1, DG 1/2 → overall 2/3 = 67 %.
  // Two assessments both at revision 1: the signer lines say which side is which.
  await expect(page.getByTestId('compare-signers')).toContainText('Before (revision 1) signed by');
  await expect(page.getByTestId('compare-signers')).toContainText('After (revision 1) signed by');
  await expect(page.getByTestId('overall-delta')).toHaveText('Overall score 17% → 67% (+50 points)');
  await expect(page.getByTestId('delta-SE')).toContainText('+100 points');
  await expect(page.getByTestId('delta-DG')).toContainText('+25 points');
  await expect(page.getByText('CIO-SE-1: Not implemented → Implemented (improved)')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sensitivity marking' })).toHaveText('TLP:AMBER');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  await expect(page.getByTestId('portfolio-site-West Plant')).toContainText('67%');
  await expect(page.getByTestId('portfolio-site-North Dam')).toContainText('50%');
  await expect(page.getByRole('region', { name: 'Sensitivity marking' })).toHaveText('TLP:AMBER');
  // The site × area grid is banded like the heat map: color and words.
  const westOverall = page.getByTestId('portfolio-West Plant-overall');
  await expect(westOverall).toHaveText('67%partial');
  expect(await westOverall.evaluate((cell) => getComputedStyle(cell).backgroundColor)).toBe(
    'rgb(255, 227, 150)',
  );
  await expect(page.getByTestId('portfolio-West Plant-SE')).toHaveText('100%strong');
  // West Plant has three assessments: a trend, oldest first, with each value written out. North Dam has one.
  const trend = page.getByRole('table', { name: 'Scores of each assessment of West Plant, oldest first' });
  await expect(trend.getByRole('row')).toHaveCount(4);
  await expect(trend.getByRole('row').nth(1)).toContainText('Plant visit 2024');
  await expect(trend.getByRole('row').nth(1)).toContainText('50%');
  await expect(trend.getByRole('row').nth(2)).toContainText('17%');
  await expect(trend.getByRole('row').nth(3)).toContainText('67%');
  await expect(page.getByTestId('trend-West Plant').locator('svg text', { hasText: /^67%$/ })).toHaveCount(1);
  await expect(page.getByTestId('trend-North Dam')).toHaveCount(0);
  const scores = page.getByRole('table', { name: 'Overall and per-area score of each site' });
  await expect(scores.getByRole('row', { name: /West Plant/ })).toHaveCount(1);
  await expect(page.getByTestId('remediation-site-West Plant')).toHaveCount(1);
  // Gaps name the practice by title, not by id alone.
  const dg2 = BUILT_IN_PACK.practices.find((practice) => practice.id === 'CIO-DG-2');
  const gaps = page.getByRole('region', { name: 'Most frequent gaps' });
  await expect(gaps.getByRole('listitem').filter({ hasText: 'CIO-DG-2' })).toContainText(
    `CIO-DG-2 ${dg2?.title ?? 'missing'} — 1 not implemented, 0 partial`,
  );
  expect(await accessibilityViolations(page)).toEqual([]);
});

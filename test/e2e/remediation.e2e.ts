import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Page } from '@playwright/test';
import { test, expect, accessibilityViolations } from './fixtures';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { buildBundle, makeAssessor } from './support/bundle-factory';

const FINDING = 'No model drift monitoring';
const POAM_SCHEMA = resolve(__dirname, '../fixtures/oscal/oscal_poam_schema.json');

async function importRevision(page: Page, bytes: Uint8Array, name: string): Promise<void> {
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose(name, bytes);
  await expect(importer.verdict()).toContainText('Verified');
  await importer.accept();
}

/** Imports revision 1 of a fresh assessment and opens it in review; returns its id. */
async function reviewImported(page: Page): Promise<string> {
  const assessor = await makeAssessor();
  const id = randomUUID();
  await importRevision(page, await buildBundle(assessor, { id, revision: 1 }), 'r1.airr');
  await page.goto(`#/review/${id}`);
  return id;
}

/** Changes one stored remediation journal entry behind the app's back, as a disk editor could. */
async function tamperRemediationJournal(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('airr-assessor');
        open.onerror = () => fail(new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('remediationJournal', 'readwrite');
          const store = tx.objectStore('remediationJournal');
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const row = cursor.result;
            if (row) row.update({ ...(row.value as object), actor: 'someone else' });
          };
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(new Error('write failed'));
        };
      }),
  );
}

test('a manager’s remediation plan survives the assessor’s next revision; the record stays signed and read-only', async ({
  page,
}) => {
  const assessor = await makeAssessor();
  const id = randomUUID();
  await importRevision(page, await buildBundle(assessor, { id, revision: 1 }), 'r1.airr');
  await page.goto(`#/review/${id}`);
  await expect(page.getByTestId('review-mode')).toHaveText('Review mode (read-only)');
  await expect(page.getByText('Imported, signature verified')).toBeVisible();
  await expect(page.getByText('All changes are saved as you work.')).toHaveCount(0);

  // The plan, as a facility manager sets it, keyboard first.
  await page.getByLabel(`Remediation owner of ${FINDING}`).fill('Facility manager Kim');
  await page.getByLabel(`Remediation status of ${FINDING}`).selectOption({ label: 'Vendor dependency' });
  await page.getByLabel(`Supplier the fix depends on, for ${FINDING}`).fill('HMI Corp');
  await page.getByLabel(`Adjusted due date of ${FINDING}`).fill('2099-01-31');
  await page.getByLabel(`New milestone date for ${FINDING}`).fill('2098-12-01');
  await page.getByLabel(`New milestone description for ${FINDING}`).fill('Firmware 4.2 installed');
  await page.getByRole('button', { name: `Add milestone to ${FINDING}` }).press('Enter');
  await page.getByRole('button', { name: `Save plan for ${FINDING}` }).press('Enter');
  await expect(page.getByText(/Plan saved at .* and journaled\./)).toBeVisible();
  await expect(page.getByTestId('remediation-journal-status')).toContainText('Chain intact: 5 entries');
  await expect(page.getByTestId('record-journal-status')).toContainText('Chain intact');
  await expect(page.getByTestId('remediation-counts')).toHaveText('1 open');
  expect(await accessibilityViolations(page)).toEqual([]);

  // The POA&M export validates against the vendored OSCAL schema.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export OSCAL POA&M' }).click(),
  ]);
  const poam = JSON.parse(readFileSync(await download.path(), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(POAM_SCHEMA, 'utf8')) as object);
  expect(validate(poam), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(JSON.stringify(poam)).toContain('HMI Corp');

  // The assessor's next revision is accepted, and the plan is still there.
  await importRevision(page, await buildBundle(assessor, { id, revision: 2 }), 'r2.airr');
  await expect(new ImportPage(page).result()).toContainText('Revision 2');
  await page.goto(`#/review/${id}`);
  await expect(
    page.getByText(/revision 2 · framework pack dhs-ai-rr-2024 1\.0\.0 · assessors/),
  ).toBeVisible();
  await expect(page.getByLabel(`Remediation owner of ${FINDING}`)).toHaveValue('Facility manager Kim');
  await expect(page.getByLabel(`Remediation status of ${FINDING}`)).toHaveValue('vendor-dependency');
  await expect(page.getByLabel(`Supplier the fix depends on, for ${FINDING}`)).toHaveValue('HMI Corp');
  await expect(page.getByRole('checkbox', { name: /Firmware 4\.2 installed/ })).not.toBeChecked();
  await expect(page.getByText('Imported, signature verified')).toBeVisible();
  await expect(page.getByTestId('record-state')).toContainText('read-only and stays exactly as signed');
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save the signed PDF report' }).click(),
  ]);
  expect(execFileSync('pdfsig', [await report.path()], { encoding: 'utf8' })).toContain(
    'Signature is Valid.',
  );

  const library = new LibraryPage(page);
  await library.open();
  await expect(page.getByTestId(`remediation-${id}`)).toHaveText('1 open');

  // A stored journal entry changed behind the app's back is reported, not silently accepted.
  await tamperRemediationJournal(page);
  await page.goto(`#/review/${id}`);
  await page.reload();
  await expect(page.getByTestId('remediation-journal-status')).toContainText('Chain broken at entry 1');
});

test('the review’s open findings count follows the site’s plan, not the signed status', async ({ page }) => {
  await reviewImported(page);
  const openFindings = page.getByTestId('open-findings');
  await expect(openFindings).toHaveText(/^\d+$/);
  const before = Number(await openFindings.textContent());
  expect(before).toBeGreaterThan(0);

  await page.getByLabel(`Remediation status of ${FINDING}`).selectOption({ label: 'Completed' });
  await page.getByRole('button', { name: `Save plan for ${FINDING}` }).press('Enter');
  await expect(page.getByText(/Plan saved at .* and journaled\./)).toBeVisible();
  await expect(openFindings).toHaveText(String(before - 1));
  await expect(page.getByTestId('record-state')).toContainText('read-only and stays exactly as signed');

  // The findings CSV carries the plan (status, owner), not the signed status.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export findings as CSV' }).click(),
  ]);
  const rows = readFileSync(await csv.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  const header = rows[0]!.split(',');
  const row = rows.find((line) => line.startsWith('f1,'))!.split(',');
  expect(row[header.indexOf('Remediation status')]).toBe('completed');

  // The portfolio counts open findings by the plan too: the high-severity one is closed.
  await page.goto('#/portfolio');
  await expect(page.getByTestId('portfolio-open-high')).toHaveText('0');
});

test('what a manager typed in a plan and did not save survives a reload until it is saved', async ({
  page,
}) => {
  await reviewImported(page);
  await page.getByLabel(`Remediation status of ${FINDING}`).selectOption({ label: 'Risk accepted' });
  await page.getByLabel(`Risk acceptance justification for ${FINDING}`).fill('Air-gapped; compensating');
  await page.reload();
  await expect(page.getByText('Unsaved changes to this plan were restored.')).toBeVisible();
  await expect(page.getByLabel(`Remediation status of ${FINDING}`)).toHaveValue('risk-accepted');
  await expect(page.getByLabel(`Risk acceptance justification for ${FINDING}`)).toHaveValue(
    'Air-gapped; compensating',
  );
  // Risk acceptance needs an approver: saving without one is refused and the draft stays.
  await page.getByRole('button', { name: `Save plan for ${FINDING}` }).click();
  await expect(page.getByRole('alert')).toContainText(/approv/i);
  await page.getByLabel(`Risk accepted (approved) by, for ${FINDING}`).fill('Plant manager');
  await page.getByRole('button', { name: `Save plan for ${FINDING}` }).click();
  await expect(page.getByText(/Plan saved at .* and journaled\./)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Risk accepted (approved) by, for ${FINDING}`)).toHaveValue('Plant manager');
  await expect(page.getByText('Unsaved changes to this plan were restored.')).toHaveCount(0);
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('plan-drafts'))),
  ).toEqual([]);
  // Discarding a draft brings back what is stored, after a reload too.
  await page.getByLabel(`Remediation note on ${FINDING}`).fill('Not meant');
  await page.getByRole('button', { name: `Discard unsaved changes to the plan for ${FINDING}` }).click();
  await expect(page.getByLabel(`Remediation note on ${FINDING}`)).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel(`Remediation note on ${FINDING}`)).toHaveValue('');
  expect(await accessibilityViolations(page)).toEqual([]);
});

import type { Page } from '@playwright/test';
import { test, expect, accessibilityViolations } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { WizardPage } from './pages/wizard-page';

/**
 * No lost keystroke: what was typed is there after a reload, and after the page is closed and the same
 * browser profile opened again, with no wait at all after the last key (the write-ahead log of pending
 * edits, storage/pending-edits.ts, holds what IndexedDB had no time to commit).
 */
async function practiceNotes(page: Page) {
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  await library.create({ title: 'Keystrokes', site: 'Plant K', sector: 'Energy' });
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.waitSaved();
  await wizard.goToStep('Secure Environments');
  return page.getByLabel('Notes on CIO-SE-1');
}

test('text typed right before a reload is there after it', async ({ page }) => {
  const notes = await practiceNotes(page);
  await notes.click();
  await page.keyboard.type('Historian replicated to the DMZ', { delay: 15 });
  await page.reload();
  await expect(page.getByLabel('Notes on CIO-SE-1')).toHaveValue('Historian replicated to the DMZ');
});

test('text typed right before the page is closed is there when the profile opens again', async ({ app }) => {
  const notes = await practiceNotes(app.page);
  const url = app.page.url();
  await notes.click();
  await app.page.keyboard.type('Closed right after typing', { delay: 15 });
  await app.page.close({ runBeforeUnload: true });
  const page = await app.relaunch();
  await page.goto(url);
  await expect(page.getByLabel('Notes on CIO-SE-1')).toHaveValue('Closed right after typing');
});

// A choice and the notes typed right after it, with no wait before the reload.
test('a status chosen and notes typed right before a reload are both there after it', async ({ page }) => {
  const notes = await practiceNotes(page);
  const group = page.getByRole('group', { name: 'Status of CIO-SE-1' });
  await group.locator('label').getByText('Partially implemented', { exact: true }).click();
  await notes.click();
  await page.keyboard.type('Two of three', { delay: 15 });
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'Status of CIO-SE-1' })
      .getByRole('radio', { name: 'Partially implemented' }),
  ).toBeChecked();
  await expect(page.getByLabel('Notes on CIO-SE-1')).toHaveValue('Two of three');
  expect(await accessibilityViolations(page)).toEqual([]);
});

// The cause of the once-seen lost status choice, shown here: a radio saves at once in one IndexedDB
// transaction, and closing the window aborts a transaction that has not committed. With the log of pending
// edits disabled for radios this test fails in 2 of 3 runs; notes typed after the choice survived because
// text fields had their own later save (and now log every keystroke too).
test('a status chosen right before the page is closed is there when the profile opens again', async ({
  app,
}) => {
  await practiceNotes(app.page);
  const url = app.page.url();
  await app.page.evaluate(() =>
    document.querySelector<HTMLInputElement>('#practice-CIO-SE-1-status-not-implemented')?.click(),
  );
  await app.page.close({ runBeforeUnload: true });
  const page = await app.relaunch();
  await page.goto(url);
  await expect(
    page.getByRole('group', { name: 'Status of CIO-SE-1' }).getByRole('radio', { name: 'Not implemented' }),
  ).toBeChecked();
});

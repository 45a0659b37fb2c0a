import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
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

import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { WizardPage } from './pages/wizard-page';

/**
 * No lost keystroke: what was typed is there after a reload 100 ms later, and after the page is closed
 * 100 ms later (its beforeunload/pagehide run) and the same browser profile opened again.
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

test('text typed 100 ms before a reload is there after it', async ({ page }) => {
  const notes = await practiceNotes(page);
  await notes.click();
  await page.keyboard.type('Historian replicated to the DMZ', { delay: 15 });
  await page.waitForTimeout(100);
  await page.reload();
  await expect(page.getByLabel('Notes on CIO-SE-1')).toHaveValue('Historian replicated to the DMZ');
});

test('text typed right before the page is closed is there when the profile opens again', async ({ app }) => {
  const notes = await practiceNotes(app.page);
  const url = app.page.url();
  await notes.click();
  await app.page.keyboard.type('Closed right after typing', { delay: 15 });
  // Within the 100 ms an edit takes to be durable. (A flush that beforeunload starts while Chromium tears the
  // page down is not guaranteed to commit, so the guarantee is the short delay, not the event.)
  await app.page.waitForTimeout(100);
  await app.page.close({ runBeforeUnload: true });
  const page = await app.relaunch();
  await page.goto(url);
  await expect(page.getByLabel('Notes on CIO-SE-1')).toHaveValue('Closed right after typing');
});

import type { Locator, Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a keyboard user would reach it; fails if it never does. */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('The control could not be reached with the Tab key.');
}

import type { Locator, Page } from '@playwright/test';
import { test, expect, accessibilityViolations } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { WizardPage } from './pages/wizard-page';

/** Presses Tab until `target` has focus (as a keyboard user would), failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with ${limit} presses of Tab.`);
}

async function outlineOf(target: Locator): Promise<string> {
  return target.evaluate((element) => {
    const style = getComputedStyle(element);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

test('the wizard can be worked through with the keyboard alone, with focus always visible', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  await library.create({ title: 'Keyboard walk-down', site: 'Canal Lock 3', sector: 'Dams' });

  const steps = wizard.steps();
  const scopeLink = steps.getByRole('link', { name: /Scope and AI systems/ });
  await tabTo(page, scopeLink);
  expect(await outlineOf(scopeLink)).not.toMatch(/^none/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scope and AI systems');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  const role = page.getByRole('checkbox', { name: /Critical Infrastructure Owners and Operators/ });
  await tabTo(page, role);
  await page.keyboard.press('Space');
  await expect(role).toBeChecked();
  await expect(page.getByText('15 practices in scope.')).toBeVisible();

  await tabTo(page, steps.getByRole('link', { name: /Secure Environments/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Secure Environments');

  const implemented = page
    .getByRole('group', { name: 'Status of CIO-SE-1' })
    .getByRole('radio', { name: 'Implemented', exact: true });
  // Tab lands on the checked radio ("Not yet assessed"); arrows move within the group and select as they go.
  await tabTo(
    page,
    page.getByRole('group', { name: 'Status of CIO-SE-1' }).getByRole('radio', { checked: true }),
  );
  await page.keyboard.press('ArrowDown');
  await expect(implemented).toBeChecked();
  const notes = page.getByLabel('Notes on CIO-SE-1');
  await tabTo(page, notes);
  expect(await outlineOf(notes)).not.toMatch(/^none/);
  await page.keyboard.type('Segmented OT network confirmed on the walk-down.');
  await page.keyboard.press('Tab');
  await wizard.waitSaved();

  await tabTo(page, page.getByRole('button', { name: 'Start a finding from CIO-SE-1' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Findings');
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' (keyboard)');
  await page.keyboard.press('Tab');
  await wizard.waitSaved();

  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(/\(keyboard\)$/);
  await wizard.goToStep('Secure Environments');
  await expect(implemented).toBeChecked();
  await expect(notes).toHaveValue('Segmented OT network confirmed on the walk-down.');
  expect(await accessibilityViolations(page)).toEqual([]);
});

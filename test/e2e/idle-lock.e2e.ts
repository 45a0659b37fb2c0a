import { test, expect, accessibilityViolations } from './fixtures';
import { ExportPage } from './pages/export-page';
import { LibraryPage } from './pages/library-page';
import { SettingsPage } from './pages/settings-page';
import { WizardPage } from './pages/wizard-page';

const ASSESSOR = {
  name: 'Robin Keyes',
  organization: 'Regional CI Assessment Team',
  email: 'robin@example.org',
  passphrase: 'pumps and valves at dawn',
};

test('an unlocked key locks after the idle time chosen in Settings, and exporting then asks for the passphrase', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The page's clock is Playwright's: time flows normally, and fastForward jumps it without sleeping.
  await page.clock.install();
  await page.reload();
  const settings = new SettingsPage(page);
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  const exporter = new ExportPage(page);

  await settings.open();
  await settings.createByKeyboard(ASSESSOR);
  await expect(settings.unlockedHeading()).toBeVisible({ timeout: 30_000 });
  const idleTime = page.getByLabel('Lock the key after no activity for');
  await expect(idleTime).toHaveValue('10');
  await idleTime.selectOption({ label: '1 minute' });
  await expect(page.getByText('Saved: the key locks after 1 minute without activity.')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // The setting is stored with the identity: after a reload (which always locks) it is still 1 minute.
  await page.reload();
  await settings.open();
  await expect(page.getByRole('heading', { name: 'Locked' })).toBeVisible();
  await expect(idleTime).toHaveValue('1');
  await settings.unlock(ASSESSOR.passphrase);
  await expect(settings.unlockedHeading()).toBeVisible({ timeout: 30_000 });

  await library.create({
    title: 'Idle lock check',
    site: 'Harbor Substation',
    sector: 'Water and Wastewater Systems',
  });
  await wizard.goToStep('Sign and export');
  await expect(page.getByRole('button', { name: 'Export signed bundle' })).toBeVisible();

  // Short of the idle time nothing changes; past it, the key is gone and signing is not offered.
  await page.clock.fastForward('00:45');
  await expect(page.getByTestId('signer-fingerprint')).toBeVisible();
  await page.clock.fastForward('00:20');
  await expect(page.getByTestId('export-lock-reason')).toHaveText(
    'Locked after 1 minute without activity. Enter the passphrase to sign again.',
  );
  await expect(page.getByRole('button', { name: 'Export signed bundle' })).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);

  // Signing asks for the passphrase again, then works.
  await page.getByLabel('Passphrase', { exact: true }).fill(ASSESSOR.passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  const bundle = await exporter.exportBundle();
  expect(bundle.suggestedFilename()).toMatch(/\.airr$/);
});

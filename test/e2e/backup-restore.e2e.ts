/**
 * Backup and restore across devices: profile A (an identity, an assessment with an answer and evidence)
 * backs up its library with a passphrase; a fresh profile B first refuses a damaged copy, changing nothing,
 * then restores the real one, after which every IndexedDB table of B equals A's, read with raw IndexedDB
 * (blobs as their type and bytes in hex), and the assessment opens in B.
 */
import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, accessibilityViolations } from './fixtures';
import { dumpDatabase } from './support/db-dump';
import { LibraryPage } from './pages/library-page';
import { SettingsPage } from './pages/settings-page';
import { WizardPage } from './pages/wizard-page';

const IDENTITY = {
  name: 'Backup Tester',
  organization: 'Harbor Grid Cooperative',
  email: 'backup@example.org',
  passphrase: 'identity passphrase for tests',
};
const BACKUP_PASSPHRASE = 'backup passphrase for the e2e';
const TITLE = 'Harbor substation backup check';

async function chooseBackup(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a backup file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await expect(page.getByLabel('Passphrase of the backup')).toBeFocused();
  await page.keyboard.type(BACKUP_PASSPHRASE);
  await page.keyboard.press('Enter');
}

test('a library backed up in one profile restores into a fresh one table for table; a damaged copy changes nothing', async ({
  page,
  openSecondProfile,
}) => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'airr-backup-e2e-'));

  // Profile A: an identity, an assessment with an answer, a note and a piece of evidence.
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.createByKeyboard(IDENTITY);
  await expect(settings.fingerprint()).toBeVisible();
  const wizard = new WizardPage(page);
  await new LibraryPage(page).create({ title: TITLE, site: 'Harbor substation', sector: 'Energy' });
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.goToStep('Secure Environments');
  await wizard.setStatus('CIO-SE-1', 'Partially implemented');
  await wizard.fill('Notes on CIO-SE-1', 'Badge readers cover two of three gates.');
  const evidence = join(work, 'gate-photo.bin');
  const evidenceBytes = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
  writeFileSync(evidence, evidenceBytes);
  await page.getByLabel('Attach evidence to CIO-SE-1').setInputFiles([evidence]);
  await expect(page.getByRole('list', { name: 'Evidence for CIO-SE-1' }).getByRole('listitem')).toHaveCount(
    1,
  );
  await wizard.waitSaved();

  // Back it up; the passphrase rules are those of the identity.
  await settings.open();
  await page.getByLabel('Backup passphrase', { exact: true }).fill('short');
  await page.getByLabel('Confirm backup passphrase').fill('short');
  await page.getByRole('button', { name: 'Back up the library' }).click();
  await expect(page.getByText('Use a passphrase of at least 12 characters.')).toBeVisible();
  await expect(page.getByLabel('Backup passphrase', { exact: true })).toBeFocused();
  await page.getByLabel('Backup passphrase', { exact: true }).fill(BACKUP_PASSPHRASE);
  await page.getByLabel('Confirm backup passphrase').fill(BACKUP_PASSPHRASE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up the library' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^airr-library-\d{4}-\d{2}-\d{2}\.airr-backup\.age$/);
  await expect(page.getByRole('status').filter({ hasText: 'The library was backed up to' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  const archivePath = join(work, download.suggestedFilename());
  await download.saveAs(archivePath);
  const archive = new Uint8Array(readFileSync(archivePath));
  expect(new TextDecoder().decode(archive.subarray(0, 21))).toBe('age-encryption.org/v1');
  const fingerprintA = (await settings.fingerprint().textContent()) ?? '';
  expect(fingerprintA).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);

  // Opened in the profile that made it: signed by this profile's own identity, nothing to add.
  await chooseBackup(page, download.suggestedFilename(), archive);
  await expect(page.getByTestId('restore-signer')).toContainText(
    `Signed by ${IDENTITY.name}, ${IDENTITY.organization}`,
  );
  await expect(page.getByTestId('restore-signer')).toContainText(
    'This is your own identity in this profile.',
  );
  await expect(page.getByTestId('restore-signer-fingerprint')).toHaveText(fingerprintA);
  await page.getByRole('button', { name: 'Cancel' }).click();
  const dumpA = await dumpDatabase(page);
  const rowsA = Object.values(dumpA).reduce((n, rows) => n + rows.length, 0);
  expect(dumpA['evidence']).toHaveLength(1);
  expect(JSON.stringify(dumpA['evidence'])).toContain(evidenceBytes.toString('hex'));

  // Profile B: a fresh browser profile.
  const b = await openSecondProfile();
  const settingsB = new SettingsPage(b);
  await settingsB.open();
  const emptyB = await dumpDatabase(b);

  // A damaged copy (bytes flipped inside the sealed payload) is refused with its sentence; nothing changes.
  const damaged = archive.slice();
  for (let at = damaged.length - 200; at < damaged.length - 190; at++) damaged[at]! ^= 0xff;
  await chooseBackup(b, 'damaged.airr-backup.age', damaged);
  await expect(b.getByRole('alert').filter({ hasText: 'Nothing was restored' })).toContainText(
    'Nothing was restored. The backup could not be opened',
  );
  expect(await dumpDatabase(b)).toEqual(emptyB);
  expect(await accessibilityViolations(b)).toEqual([]);
  await b.getByRole('button', { name: 'Cancel' }).click();

  // The real archive: the plan lists every row as new, and only the confirmation writes.
  await chooseBackup(b, download.suggestedFilename(), archive);
  const restore = b.getByRole('button', { name: `Restore ${rowsA} records` });
  await expect(restore).toBeVisible();
  await expect(b.getByRole('row', { name: /^Evidence files 1 0 0$/ })).toBeVisible();
  // B has no identity and no trusted signers: the signer is unknown and must be confirmed explicitly.
  const signerB = b.getByTestId('restore-signer');
  await expect(signerB).toContainText(`Signed by ${IDENTITY.name}, ${IDENTITY.organization}`);
  await expect(b.getByTestId('restore-signer-fingerprint')).toHaveText(fingerprintA);
  await expect(signerB).toContainText(
    'This signer is neither your identity in this profile nor one of your trusted signers',
  );
  expect(await accessibilityViolations(b)).toEqual([]);
  await restore.click();
  await expect(signerB).toContainText('Confirm that you know where this backup came from, or cancel.');
  const confirmSigner = b.getByLabel('I know where this backup came from and want to restore it');
  await expect(confirmSigner).toBeFocused();
  expect(await dumpDatabase(b)).toEqual(emptyB);
  await b.keyboard.press('Space');
  await expect(confirmSigner).toBeChecked();
  await restore.focus();
  await b.keyboard.press('Enter');
  await expect(b.getByRole('status').filter({ hasText: `Restored ${rowsA} records` })).toBeVisible();
  expect(await dumpDatabase(b)).toEqual(dumpA);
  expect(await accessibilityViolations(b)).toEqual([]);

  // The same archive again: everything is already here, so there is nothing to confirm.
  await chooseBackup(b, download.suggestedFilename(), archive);
  await expect(b.getByRole('row', { name: /^Evidence files 0 1 0$/ })).toBeVisible();
  await expect(b.getByRole('button', { name: /^Restore \d+ record/ })).toHaveCount(0);
  await b.getByRole('button', { name: 'Cancel' }).click();
  // A file that is not sealed at all is refused with its own sentence.
  const chooser = b.waitForEvent('filechooser');
  await b.getByRole('button', { name: 'Choose a backup file' }).click();
  await (
    await chooser
  ).setFiles({ name: 'notes.age', mimeType: 'text/plain', buffer: Buffer.from('just some notes') });
  await b.getByLabel('Passphrase of the backup').fill(BACKUP_PASSPHRASE);
  await b.getByRole('button', { name: 'Open and check the backup' }).click();
  await expect(b.getByRole('alert').filter({ hasText: 'Nothing was restored' })).toContainText(
    'This file is not a sealed backup archive.',
  );
  expect(await dumpDatabase(b)).toEqual(dumpA);

  // The assessment opens in B with its answer.
  await b.reload();
  const libraryB = new LibraryPage(b);
  await libraryB.open();
  await libraryB.assessmentLink(TITLE).click();
  await new WizardPage(b).goToStep('Secure Environments');
  await expect(b.getByLabel('Notes on CIO-SE-1')).toHaveValue('Badge readers cover two of three gates.');

  rmSync(work, { recursive: true, force: true });
});

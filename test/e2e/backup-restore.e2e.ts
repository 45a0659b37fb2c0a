/**
 * Backup and restore across devices: profile A (an identity, an assessment with an answer and evidence)
 * backs up its library with a passphrase; a fresh profile B first refuses a damaged copy, changing nothing,
 * then restores the real one, after which every IndexedDB table of B equals A's, read with raw IndexedDB
 * (blobs as their type and bytes in hex), and the assessment opens in B.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  test,
  expect,
  accessibilityViolations,
  assertOnlyOwnOrigin,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
} from './fixtures';
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

/** Every row of every object store, raw IndexedDB, any Blob (at any depth) as its type and hex bytes. */
function dumpTables(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    const plain = async (value: unknown): Promise<unknown> => {
      if (value instanceof Blob) {
        return { $blob: value.type, hex: hex(new Uint8Array(await value.arrayBuffer())) };
      }
      if (Array.isArray(value)) return Promise.all(value.map(plain));
      if (value && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, field] of Object.entries(value)) out[key] = await plain(field);
        return out;
      }
      return value;
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('airr-assessor');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      out[name] = (await plain(rows)) as unknown[];
    }
    db.close();
    return out;
  });
}

async function chooseBackup(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a backup file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await page.getByLabel('Passphrase of the backup').fill(BACKUP_PASSPHRASE);
  await page.getByRole('button', { name: 'Open and check the backup' }).click();
}

test('a library backed up in one profile restores into a fresh one table for table; a damaged copy changes nothing', async ({
  page,
  baseURL,
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
  await import('node:fs').then((fs) => fs.writeFileSync(evidence, evidenceBytes));
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
  const dumpA = await dumpTables(page);
  const rowsA = Object.values(dumpA).reduce((n, rows) => n + rows.length, 0);
  expect(dumpA['evidence']).toHaveLength(1);
  expect(JSON.stringify(dumpA['evidence'])).toContain(evidenceBytes.toString('hex'));

  // Profile B: a fresh browser profile.
  const otherProfile = mkdtempSync(join(tmpdir(), 'airr-e2e-other-'));
  const otherRequests: string[] = [];
  const other = await chromium.launchPersistentContext(otherProfile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  other.on('request', (request) => otherRequests.push(request.url()));
  const b = other.pages()[0] ?? (await other.newPage());
  await b.goto(baseURL ?? '/');
  const settingsB = new SettingsPage(b);
  await settingsB.open();
  const emptyB = await dumpTables(b);

  // A damaged copy (bytes flipped inside the sealed payload) is refused with its sentence; nothing changes.
  const damaged = archive.slice();
  for (let at = damaged.length - 200; at < damaged.length - 190; at++) damaged[at]! ^= 0xff;
  await chooseBackup(b, 'damaged.airr-backup.age', damaged);
  await expect(b.getByRole('alert').filter({ hasText: 'Nothing was restored' })).toContainText(
    'Nothing was restored. The backup could not be opened',
  );
  expect(await dumpTables(b)).toEqual(emptyB);
  expect(await accessibilityViolations(b)).toEqual([]);
  await b.getByRole('button', { name: 'Cancel' }).click();

  // The real archive: the plan lists every row as new, and only the confirmation writes.
  await chooseBackup(b, download.suggestedFilename(), archive);
  const restore = b.getByRole('button', { name: `Restore ${rowsA} records` });
  await expect(restore).toBeVisible();
  await expect(b.getByRole('row', { name: /^Evidence files 1 0 0$/ })).toBeVisible();
  expect(await accessibilityViolations(b)).toEqual([]);
  expect(await dumpTables(b)).toEqual(emptyB);
  await restore.focus();
  await b.keyboard.press('Enter');
  await expect(b.getByRole('status').filter({ hasText: `Restored ${rowsA} records` })).toBeVisible();
  expect(await dumpTables(b)).toEqual(dumpA);
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
  expect(await dumpTables(b)).toEqual(dumpA);

  // The assessment opens in B with its answer.
  await b.reload();
  const libraryB = new LibraryPage(b);
  await libraryB.open();
  await libraryB.assessmentLink(TITLE).click();
  await new WizardPage(b).goToStep('Secure Environments');
  await expect(b.getByLabel('Notes on CIO-SE-1')).toHaveValue('Badge readers cover two of three gates.');

  await other.close();
  rmSync(otherProfile, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  assertOnlyOwnOrigin(otherRequests, baseURL ?? '');
});

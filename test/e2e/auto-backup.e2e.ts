/**
 * Automatic backups in Settings → Backups. In browser mode the section says in one sentence that they need
 * the desktop app. The desktop journey cannot launch Electron here, so the page gets a stand-in for the
 * preload's `window.airrDesktop` (an init script) that plays main's part in memory and hands every archive
 * chunk to the test; everything else is the real renderer: the settings form, the provider answering
 * main's request, the signed archive sealed to the chosen recipient, in real Chromium with real IndexedDB.
 * The archive is then opened with stock `age -d`.
 */
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, accessibilityViolations } from './fixtures';
import { SettingsPage } from './pages/settings-page';

const IDENTITY = {
  name: 'Backup Tester',
  organization: 'Harbor Grid Cooperative',
  email: 'backup@example.org',
  passphrase: 'identity passphrase for tests',
};

/** Main's side of the backup channels, in the page: what it remembers, and each archive's bytes sent out. */
function installDesktopStandIn(): void {
  type Status = Record<string, unknown> & { lastSuccess: unknown; lastSkip: unknown };
  const status: Status = {
    enabled: false,
    folder: null,
    keep: 7,
    recipient: null,
    lastSuccess: null,
    lastSkip: null,
  };
  const ok = (value: unknown) => Promise.resolve({ ok: true, value });
  const page = window as unknown as Record<string, (...args: unknown[]) => unknown>;
  let handler: ((reason: string) => Promise<void>) | null = null;
  page.requestBackup = (reason) => (handler ? handler(String(reason)) : Promise.resolve());
  const stamp = () => new Date().toISOString();
  const api = {
    appName: 'AIRR Assessor',
    appVersion: '0.0.0-test',
    appInfo: () => ok({}),
    onOpenRequest: () => () => undefined,
    onSessionLock: () => () => undefined,
    onFlushRequest: () => () => undefined,
    backupStatus: () => ok({ ...status }),
    backupConfigure: (request: Record<string, unknown>) => {
      Object.assign(status, request);
      return ok({ ...status });
    },
    backupChooseFolder: () => {
      status.folder = '/media/usb/airr-backups';
      return ok({ ...status });
    },
    backupBegin: () => ok({ token: 'a'.repeat(32) }),
    backupChunk: async (_token: string, bytes: Uint8Array) => {
      await page.archiveChunk?.(Array.from(bytes));
      return { ok: true, value: null };
    },
    backupCommit: () => {
      status.lastSuccess = { at: stamp(), fileName: 'airr-backup-test.airr-backup.age' };
      status.lastSkip = null;
      return ok({ ...status });
    },
    backupAbort: () => ok(null),
    backupSkipped: (reason: string) => {
      status.lastSkip = { at: stamp(), reason };
      return ok({ ...status });
    },
    onBackupRequest: (run: (reason: string) => Promise<void>) => {
      handler = run;
      return () => undefined;
    },
  };
  Object.defineProperty(window, 'airrDesktop', { value: api });
}

async function openAsDesktop(page: Page, archive: number[]): Promise<SettingsPage> {
  await page.exposeFunction('archiveChunk', (bytes: number[]) => {
    archive.push(...bytes);
  });
  await page.addInitScript(installDesktopStandIn);
  await page.reload();
  const settings = new SettingsPage(page);
  await settings.open();
  return settings;
}

test('in browser mode the section says automatic backups need the desktop app, and offers no folder', async ({
  page,
}) => {
  await new SettingsPage(page).open();
  await expect(page.getByRole('heading', { name: 'Automatic backups' })).toBeVisible();
  await expect(
    page.getByText('Automatic backups need the desktop app: a browser cannot write to a folder on its own.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /folder/ })).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the desktop writes a signed backup sealed to the chosen recipient; a locked identity is skipped, then written on unlock', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'airr-auto-backup-e2e-'));
  const archive: number[] = [];
  const ageIdentity = await generateX25519Identity();
  const settings = await openAsDesktop(page, archive);
  await settings.createByKeyboard(IDENTITY);
  await expect(settings.fingerprint()).toBeVisible();
  await settings.addRecipient('Security team', await identityToRecipient(ageIdentity));

  // Turning it on asks for a folder first, then for a count in range and a recipient.
  await expect(page.getByText('No automatic backup has been written yet.')).toBeVisible();
  // USWDS draws its own box over the input, so it is ticked as a keyboard user would: focus, then Space.
  const enabled = page.getByLabel('Back up automatically, daily and when the app quits');
  await enabled.focus();
  await page.keyboard.press('Space');
  await expect(enabled).toBeChecked();
  const save = page.getByRole('button', { name: 'Save automatic backup settings' });
  await save.click();
  await expect(page.getByText('Choose a folder for the automatic backups.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Choose a folder…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('/media/usb/airr-backups')).toBeVisible();
  await page.getByLabel('Backups to keep').fill('0');
  await save.click();
  await expect(page.getByText('Enter a whole number of backups to keep, from 1 to 100.')).toBeVisible();
  await expect(page.getByLabel('Backups to keep')).toBeFocused();
  await page.getByLabel('Backups to keep').fill('3');
  await save.click();
  await expect(page.getByText('Choose the recipient that seals the automatic backups.')).toBeVisible();
  await expect(page.getByLabel('Seal automatic backups to')).toBeFocused();
  await page.getByLabel('Seal automatic backups to').selectOption({ label: 'Security team' });
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Automatic backups are on.' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Locked: main's daily request writes nothing, and the section says why.
  await settings.lock();
  await page.evaluate(() =>
    (window as unknown as { requestBackup: (r: string) => Promise<void> }).requestBackup('daily'),
  );
  await expect(page.getByText(/was skipped: your identity was locked/)).toBeVisible();
  expect(archive).toEqual([]);

  // Unlocking writes the skipped daily backup.
  await settings.unlock(IDENTITY.passphrase);
  await expect(
    page.getByText(/^Last automatic backup: .*“airr-backup-test\.airr-backup\.age”\.$/),
  ).toBeVisible();
  await expect(page.getByText(/was skipped/)).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);

  const archivePath = join(work, 'archive.airr-backup.age');
  const keyPath = join(work, 'key.txt');
  writeFileSync(archivePath, Buffer.from(archive));
  writeFileSync(keyPath, `${ageIdentity}\n`);
  const zip = unzipSync(new Uint8Array(execFileSync('age', ['-d', '-i', keyPath, archivePath])));
  expect(Object.keys(zip)).toEqual(expect.arrayContaining(['backup.json', 'backup.json.sig', 'signer.pem']));
  const manifest = JSON.parse(new TextDecoder().decode(zip['backup.json'])) as { format: string };
  expect(manifest.format).toBe('airr-backup');
  rmSync(work, { recursive: true, force: true });
});

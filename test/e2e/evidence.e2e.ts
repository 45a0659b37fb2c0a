import {
  mkdtempSync,
  rmSync,
  writeFileSync,
  openSync,
  ftruncateSync,
  closeSync,
  writeSync,
  utimesSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, accessibilityViolations } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { WizardPage } from './pages/wizard-page';

async function openSecureEnvironments(page: Page): Promise<WizardPage> {
  const wizard = new WizardPage(page);
  await new LibraryPage(page).create({ title: 'Evidence edge cases', site: 'Lab', sector: 'Chemical' });
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.goToStep('Secure Environments');
  return wizard;
}

test('empty and duplicate evidence files are refused with a reason and nothing is stored for them', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'airr-bad-evidence-'));
  const empty = join(dir, 'empty.txt');
  const photo = join(dir, 'gate.jpg');
  writeFileSync(empty, '');
  writeFileSync(photo, 'not really a jpeg, but bytes all the same');
  await openSecureEnvironments(page);
  const input = page.getByLabel('Attach evidence to CIO-SE-1');
  await input.setInputFiles([empty, photo]);
  await expect(page.getByRole('alert')).toContainText(
    '“empty.txt” is empty (0 bytes), so it was not attached.',
  );
  const list = page.getByRole('list', { name: 'Evidence for CIO-SE-1' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const sha = createHash('sha256').update('not really a jpeg, but bytes all the same').digest('hex');
  await expect(list).toContainText(`SHA-256 ${sha.slice(0, 16)}`);
  await input.setInputFiles([photo]);
  await expect(page.getByRole('alert')).toContainText('“gate.jpg” is already attached to this practice');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  // The refusal, the list and the styled file input pass axe.
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Evidence for CIO-SE-1' }).getByRole('listitem')).toHaveCount(
    1,
  );
  rmSync(dir, { recursive: true, force: true });
});

test('a 200 MB evidence file is hashed in the background while the form stays usable', async ({ page }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'airr-big-evidence-'));
  const big = join(dir, 'walkdown-video.mp4');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 200 * 1024 * 1024);
  writeSync(fd, Buffer.from('end of the video'), 0, 16, 200 * 1024 * 1024 - 16);
  closeSync(fd);
  const wizard = await openSecureEnvironments(page);
  // The hashing client's code was fetched when the step showed, before any file is picked.
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((entry) => /\/hash-evidence-[\w-]+\.js$/.test(entry.name)),
      ),
    )
    .toBe(true);
  await page.getByLabel('Attach evidence to CIO-SE-1').setInputFiles([big]);
  await expect(page.getByText('Hashing walkdown-video.mp4')).toBeVisible();
  // The main thread is free while the worker hashes: typing lands and is saved.
  await wizard.fill('Notes on CIO-SE-1', 'Typed while the video was hashing.');
  await expect(page.getByLabel('Notes on CIO-SE-1')).toHaveValue('Typed while the video was hashing.');
  const list = page.getByRole('list', { name: 'Evidence for CIO-SE-1' });
  await expect(list.getByRole('listitem')).toHaveCount(1, { timeout: 180_000 });
  await expect(list).toContainText('200 MB');
  rmSync(dir, { recursive: true, force: true });
});

test('a file that changes on disk after it was picked is reported as unreadable and not attached', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'airr-gone-evidence-'));
  const gone = join(dir, 'moved-away.pdf');
  writeFileSync(gone, '%PDF-1.4 soon to vanish');
  const wizard = await openSecureEnvironments(page);
  // Pick the file, then change it before the app reads it (a share rewritten, a stick swapped).
  // Held at the document, ahead of React's root listener, so a re-render that replaces the input element
  // between this call and the pick cannot let the first change through (CI saw that once under load).
  await page.evaluate(() => {
    const hold = (event: Event) => {
      if ((event.target as Element | null)?.id !== 'evidence-input-CIO-SE-1') return;
      event.stopImmediatePropagation();
      document.removeEventListener('change', hold, true);
    };
    document.addEventListener('change', hold, true);
  });
  await page.getByLabel('Attach evidence to CIO-SE-1').setInputFiles([gone]);
  writeFileSync(gone, '%PDF-1.4 replaced by a different, longer document');
  // Chromium notices a changed file by its modification time; a rewrite within the same timestamp tick of
  // a coarse filesystem would go unseen (CI saw it once), so the change carries a clearly later time.
  const later = new Date(Date.now() + 60_000);
  utimesSync(gone, later, later);
  await page.getByLabel('Attach evidence to CIO-SE-1').dispatchEvent('change');
  await expect(page.getByRole('alert')).toContainText('“moved-away.pdf” could not be read');
  await expect(page.getByRole('list', { name: 'Evidence for CIO-SE-1' })).toHaveCount(0);
  await wizard.waitSaved().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { colonFingerprint } from '../../renderer/src/domain/crypto/fingerprint';
import { SPOOL_PREFIX } from '../../renderer/src/platform/spooled-save';
import { test, expect, accessibilityViolations } from './fixtures';
import { checkBundle, sh } from './bundle-tools';
import { ExportPage } from './pages/export-page';
import { LibraryPage } from './pages/library-page';
import { SettingsPage } from './pages/settings-page';
import { WizardPage } from './pages/wizard-page';

const SITE = 'Lakeside Pumping Station';
const ASSESSOR = {
  name: 'Robin Keyes',
  organization: 'Regional CI Assessment Team',
  email: 'robin@example.org',
  passphrase: 'pumps and valves at dawn',
};

const SUMMARY_EDIT = 'Start with logging the vendor connection.';

function sealedKeyPair(dir: string): string {
  const made = sh('age-keygen -o key.txt 2>/dev/null && age-keygen -y key.txt', dir);
  if (made.status !== 0) throw new Error(made.output);
  return made.output.trim();
}

function expectVerified(check: ReturnType<typeof checkBundle>, fingerprint: string): void {
  expect(check.sums).toMatch(/^0\n/);
  expect(check.sums).not.toContain('FAILED');
  expect(check.sums).toContain('report.pdf: OK');
  expect(check.sums).toContain('report.docx: OK');
  expect(check.sums).toMatch(/evidence\/[0-9a-f]{64}\.txt: OK/);
  expect(check.signature.trim()).toBe('Verified OK');
  expect(check.pdfsig).toContain('Signature is Valid.');
  const text = check.reportText.replace(/\s+/g, '');
  expect(text).toContain(SITE.replace(/\s+/g, ''));
  expect(text).toContain(fingerprint);
  // The assessor's summary comes first in both reports; the Word copy opens and prints in LibreOffice.
  const summary = SUMMARY_EDIT.replace(/\s+/g, '');
  expect(text.indexOf(summary)).toBeGreaterThan(0);
  expect(text.indexOf(summary)).toBeLessThan(text.indexOf('Scoresataglance'));
  const docx = check.docxText.replace(/\s+/g, '');
  expect(docx.indexOf('Executivesummary'), check.docxText).toBeGreaterThan(0);
  expect(docx.indexOf(summary)).toBeGreaterThan(docx.indexOf('Executivesummary'));
  expect(docx.indexOf(summary)).toBeLessThan(docx.indexOf('Scoresataglance'));
  expect(docx).toContain('Keyfindings');
  expect(docx).toContain('High:Remoteaccessisnotlogged');
  expect(docx).toContain(SITE.replace(/\s+/g, ''));
}

test('an assessor makes an identity, exports a signed bundle and a sealed one, and both verify with stock tools', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'airr-export-e2e-'));
  const settings = new SettingsPage(page);
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  const exporter = new ExportPage(page);

  // Identity, by keyboard alone: a short passphrase is refused first, with focus on the field.
  await settings.open();
  expect(await accessibilityViolations(page)).toEqual([]);
  await settings.createByKeyboard({ ...ASSESSOR, passphrase: 'too short' });
  await expect(page.getByText('Use a passphrase of at least 12 characters.')).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(ASSESSOR.passphrase);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(ASSESSOR.passphrase);
  await page.keyboard.press('Enter');
  await expect(settings.unlockedHeading()).toBeVisible({ timeout: 30_000 });
  // Settings shows the whole fingerprint in 16 groups of 4 for reading aloud; the report prints openssl's form.
  const fingerprint = (await settings.fingerprint().textContent()) ?? '';
  expect(fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  const colon = colonFingerprint(fingerprint);
  expect(await accessibilityViolations(page)).toEqual([]);

  // Lock, a wrong passphrase, then the right one.
  await settings.lock();
  await settings.unlock('not the passphrase at all');
  await expect(page.getByText('That passphrase does not unlock this identity.')).toBeVisible();
  await settings.unlock(ASSESSOR.passphrase);
  await expect(settings.unlockedHeading()).toBeVisible();

  // A named recipient from a key pair made here; a malformed one is refused first.
  const recipient = sealedKeyPair(work);
  await settings.addRecipient('Security operations', 'age1notakey');
  await expect(page.getByText('An age recipient is "age1" followed by 58 letters and digits.')).toBeVisible();
  await settings.addRecipient('Security operations', recipient);
  await expect(page.getByRole('rowheader', { name: 'Security operations' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // A small assessment: one role, two answers, two evidence files, one finding.
  await library.create({ title: 'Quarterly AI review', site: SITE, sector: 'Water and Wastewater Systems' });
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.waitSaved();
  await wizard.goToStep('Secure Environments');
  await wizard.setStatus('CIO-SE-1', 'Implemented');
  writeFileSync(join(work, 'walkdown-notes.txt'), 'Walk-down of the pump hall, 08:10.\n');
  writeFileSync(join(work, 'vendor-access.txt'), 'Vendor VPN is opened on request only.\n');
  await page
    .getByLabel('Attach evidence to CIO-SE-1')
    .setInputFiles([join(work, 'walkdown-notes.txt'), join(work, 'vendor-access.txt')]);
  await expect(page.getByRole('list', { name: 'Evidence for CIO-SE-1' }).getByRole('listitem')).toHaveCount(
    2,
  );
  await wizard.waitSaved();
  await wizard.goToStep('Findings');
  await page.getByRole('button', { name: 'Add a finding' }).click();
  await wizard.fill('Title', 'Remote access is not logged');
  await wizard.select('Severity', 'High');
  await wizard.waitSaved();

  // The executive summary: a draft from the scores, then the assessor's own words.
  await wizard.goToStep('Review');
  await page.getByRole('button', { name: 'Suggest a draft' }).click();
  const summary = page.getByLabel('Executive summary', { exact: true });
  await expect(summary).toHaveValue(
    /^Lakeside Pumping Station scores 100% overall .* 1 finding is open: 1 high\.$/,
  );
  await expect(page.getByLabel('Key findings', { exact: true })).toHaveValue(
    'High: Remote access is not logged',
  );
  await summary.press('End');
  await summary.pressSequentially(` ${SUMMARY_EDIT}`);
  await summary.blur();
  await wizard.waitSaved();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Export, unsealed.
  await wizard.goToStep('Sign and export');
  await expect(page.getByTestId('signer-fingerprint')).toHaveText(fingerprint);
  await expect(page.getByTestId('export-evidence')).toContainText('2 (');
  // Every save so far belongs to the first export's revision, not one revision per save.
  await expect(page.getByTestId('export-revision')).toHaveText('1');
  expect(await accessibilityViolations(page)).toEqual([]);
  const plain = await exporter.exportBundle();
  expect(plain.suggestedFilename()).toBe('lakeside-pumping-station-quarterly-ai-review-r1.airr');
  const plainPath = join(work, plain.suggestedFilename());
  await plain.saveAs(plainPath);
  expect(sh(`sha256sum "${plainPath}"`, work).output).toContain(
    (await page.getByTestId('export-file-sha256').textContent()) ?? 'missing',
  );
  expectVerified(checkBundle(plainPath, work, 'plain'), colon);
  expect(JSON.parse(readFileSync(join(work, 'plain', 'assessment.json'), 'utf8'))).toMatchObject({
    revision: 1,
  });
  // Changes made while the identity was unlocked are journaled under the assessor's name and fingerprint.
  expect(readFileSync(join(work, 'plain', 'assessment.json'), 'utf8')).toContain(
    `${ASSESSOR.name} (${colon.slice(0, 47)})`,
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  // The plain bundle's stored evidence went to the download by reference: nothing was spooled.
  expect(await exporter.privateFiles(SPOOL_PREFIX)).toEqual([]);

  // Export, sealed to the recipient, opened with stock age.
  await exporter.chooseRecipient('Security operations');
  const sealed = await exporter.exportBundle();
  // Nothing changed since the first export, so this is revision 1 again.
  expect(sealed.suggestedFilename()).toBe('lakeside-pumping-station-quarterly-ai-review-r1.airr.age');
  const sealedPath = join(work, sealed.suggestedFilename());
  await sealed.saveAs(sealedPath);
  expect(readFileSync(sealedPath).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
  const opened = sh(`age -d -i key.txt -o out.airr "${sealedPath}"`, work);
  expect(opened.status, opened.output).toBe(0);
  expectVerified(checkBundle(join(work, 'out.airr'), work, 'sealed'), colon);
  const sealedSha256 = sh(`sha256sum "${sealedPath}"`, work).output.split(' ')[0];
  await expect(page.getByTestId('export-file-sha256')).toHaveText(sealedSha256 ?? 'missing');
  // The ciphertext was written to a private file of the origin as it came, and downloaded from there: the
  // spooled file holds exactly the downloaded bytes (it stays until the next sealed export).
  expect(await exporter.privateFiles(SPOOL_PREFIX)).toEqual([
    { name: expect.stringMatching(/^export-spool-[0-9a-f-]{36}-0000$/) as unknown, sha256: sealedSha256 },
  ]);

  // The report alone, still signed.
  const report = await exporter.saveReportOnly();
  expect(report.suggestedFilename()).toBe('report.pdf');
  await report.saveAs(join(work, 'report-only.pdf'));
  expect(sh('pdfsig report-only.pdf', work).output).toContain('Signature is Valid.');
  // Its fonts are embedded subsets (pdffonts: emb, sub and uni all "yes" on every font).
  const fonts = sh('pdffonts report-only.pdf', work).output.trim().split('\n').slice(2);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line).toMatch(/\+(SourceSansPro|RobotoMono)\s.*\byes\s+yes\s+yes\b/);

  // A change after the export makes the next export revision 2.
  await wizard.goToStep('Setup');
  await wizard.fill('Site address', '7 Lakeside Drive');
  await wizard.waitSaved();
  await wizard.goToStep('Sign and export');
  await expect(page.getByTestId('export-revision')).toHaveText('2');
  rmSync(work, { recursive: true, force: true });
});

/**
 * A Sector partner export, checked as its recipient would: stock tools verify it, the manifest says what was
 * removed, and no removed value is in any file of the bundle (JSON, journal, report text, file names,
 * evidence bytes). Imported on another device (a second browser profile: an assessment id made on this
 * device is refused as a local conflict), every screen says it is redacted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect, accessibilityViolations } from './fixtures';
import { AssessmentDocument } from '../../renderer/src/domain/assessment/model';
import { BundleManifest } from '../../renderer/src/domain/bundle/manifest';
import { checkBundle } from './bundle-tools';
import { ExportPage } from './pages/export-page';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { SettingsPage } from './pages/settings-page';
import { WizardPage } from './pages/wizard-page';

const SIGNER = {
  name: 'Utility Security Office',
  organization: 'Northfield Water Authority',
  email: 'security@example.org',
  passphrase: 'redaction passphrase for tests',
};
/** What Sector partner removes; each distinctive, so finding it anywhere means it leaked. */
const REMOVED = {
  site: 'Cormorant Bay Treatment Works',
  title: 'Cormorant quarterly review',
  address: '12 Heron Quay',
  assessor: 'Evangeline Whitlock',
  assessorOrg: 'Whitlock Assurance',
  note: 'Night operator Thaddeus shares the SCADA login',
  evidenceName: 'thaddeus-login-photo.txt',
  evidenceBytes: 'EVIDENCE-CONTENT-cormorant-91b7',
  finding: 'Shared SCADA login at Cormorant',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('a Sector partner bundle carries no removed value in any file, verifies, and imports as redacted', async ({
  page,
  openSecondProfile,
}) => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'airr-redaction-e2e-'));
  const settings = new SettingsPage(page);
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  const exporter = new ExportPage(page);

  await settings.open();
  await settings.createByKeyboard(SIGNER);
  await expect(settings.unlockedHeading()).toBeVisible({ timeout: 30_000 });

  await library.create({ title: REMOVED.title, site: REMOVED.site, sector: 'Water and Wastewater Systems' });
  await wizard.fill('Site address', REMOVED.address);
  await page.getByRole('button', { name: 'Add an assessor' }).click();
  await wizard.fill('Assessor 1: name', REMOVED.assessor);
  await wizard.fill('Assessor 1: organization', REMOVED.assessorOrg);
  await wizard.waitSaved();
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.waitSaved();
  await wizard.goToStep('Secure Environments');
  await wizard.setStatus('CIO-SE-1', 'Partially implemented');
  await wizard.fill('Notes on CIO-SE-1', REMOVED.note);
  writeFileSync(join(work, REMOVED.evidenceName), `${REMOVED.evidenceBytes}\n`);
  await page.getByLabel('Attach evidence to CIO-SE-1').setInputFiles(join(work, REMOVED.evidenceName));
  await expect(page.getByRole('list', { name: 'Evidence for CIO-SE-1' }).getByRole('listitem')).toHaveCount(
    1,
  );
  await wizard.waitSaved();
  await wizard.goToStep('Findings');
  await page.getByRole('button', { name: 'Add a finding' }).click();
  await wizard.fill('Title', REMOVED.finding);
  await wizard.waitSaved();

  // The profile picker and its preview, counted before anything is written.
  await wizard.goToStep('Sign and export');
  await page.locator('label', { hasText: 'Sector partner' }).click();
  await expect(page.getByRole('radio', { name: /Sector partner/ })).toBeChecked();
  await page.getByLabel('Region shown with the sector (optional)').fill('Region 1');
  const preview = page.getByTestId('redaction-preview');
  await expect(preview.getByTestId('removed-people')).toHaveText('People: 1');
  await expect(preview.getByTestId('removed-evidence')).toHaveText('Evidence files: 1');
  await expect(preview.getByTestId('removed-site')).toHaveText('Site identity: 3');
  await expect(preview.getByTestId('removed-notes')).toHaveText('Notes and text: 2');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.locator('label', { hasText: 'Custom' }).click();
  await expect(page.getByRole('group', { name: 'Remove' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.locator('label', { hasText: 'Sector partner' }).click();

  const download = await exporter.exportBundle();
  const name = download.suggestedFilename();
  expect(name).toBe('water-and-wastewater-systems-sector-site-region-1-sector-partner-redacted-r1.airr');
  const bundle = join(work, 'bundle.airr');
  await download.saveAs(bundle);
  const check = checkBundle(bundle, work, 'unpacked');
  expect(check.sums).toMatch(/^0\n/);
  expect(check.signature.trim()).toBe('Verified OK');
  expect(check.pdfsig).toContain('Signature is Valid.');
  const dir = join(work, 'unpacked');
  const manifest = BundleManifest.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  expect(manifest).toMatchObject({
    evidenceCount: 0,
    redaction: {
      profile: 'sector-partner',
      categories: ['people', 'notes', 'systems', 'site', 'evidence'],
      removed: { people: 1, notes: 2, systems: 0, site: 3, evidence: 1 },
    },
  });
  expect(manifest.redaction?.removed.journal).toBeGreaterThan(0);
  const assessment = AssessmentDocument.parse(JSON.parse(readFileSync(join(dir, 'assessment.json'), 'utf8')));
  expect(assessment.journal).toEqual([]);
  expect(assessment.content.answers['CIO-SE-1']?.status).toBe('partial');
  const report = check.reportText.replace(/\s+/g, ' ');
  expect(report).toContain('REDACTED: SECTOR PARTNER');
  // Every page header says so too.
  const pages = Number(/Page 1 of (\d+)/.exec(report)?.[1] ?? 0);
  expect(pages).toBeGreaterThan(1);
  expect(report.split('Redacted: Sector partner').length - 1).toBeGreaterThanOrEqual(pages);

  // report.docx is a ZIP, so its raw bytes hide text: read it as LibreOffice prints it.
  expect(check.docxText).toContain('Redacted: Sector partner');
  const everything = [
    name,
    report,
    check.docxText,
    ...filesUnder(dir).map((path) => `${relative(dir, path)}\n${readFileSync(path).toString('latin1')}`),
  ];
  for (const [what, value] of Object.entries(REMOVED))
    for (const text of everything) expect(text.includes(value), `${what} leaked`).toBe(false);
  for (const word of ['Cormorant', 'Whitlock', 'Thaddeus', 'Heron'])
    for (const text of everything) expect(text).not.toContain(word);
  expect(filesUnder(dir).some((path) => path.includes('evidence'))).toBe(false);

  // A second redacted revision, so the recipient can compare two redacted copies.
  await wizard.goToStep('Secure Environments');
  await wizard.setStatus('CIO-SE-1', 'Implemented');
  await wizard.waitSaved();
  await wizard.goToStep('Sign and export');
  await page.locator('label', { hasText: 'Sector partner' }).click();
  await page.getByLabel('Region shown with the sector (optional)').fill('Region 1');
  const secondDownload = await exporter.exportBundle();
  expect(secondDownload.suggestedFilename()).toMatch(/-sector-partner-redacted-r2\.airr$/);
  const secondBundle = join(work, 'bundle-r2.airr');
  await secondDownload.saveAs(secondBundle);
  const secondDocx = unzipSync(new Uint8Array(readFileSync(secondBundle)), {
    filter: (file) => file.name === 'report.docx',
  })['report.docx'];
  expect(secondDocx?.length).toBeGreaterThan(0);

  // Another device: a fresh profile imports it and every screen says it is redacted.
  const receiver = await openSecondProfile();
  const importer = new ImportPage(receiver);
  await importer.open();
  await importer.choose(name, readFileSync(bundle));
  await expect(importer.verdict()).toHaveText('Verified · unknown signer');
  await expect(receiver.getByTestId('redacted-tag')).toContainText('Redacted: Sector partner');
  expect(await accessibilityViolations(receiver)).toEqual([]);
  await importer.accept();
  await importer.importAnother();
  await importer.choose(secondDownload.suggestedFilename(), readFileSync(secondBundle));
  await expect(importer.verdict()).toHaveText('Verified · unknown signer');
  await importer.accept();
  await receiver.getByRole('link', { name: 'Open the assessment' }).click();
  await expect(receiver.getByTestId('review-mode')).toBeVisible();
  await expect(receiver.getByTestId('redacted-tag')).toContainText('Redacted: Sector partner');
  await expect(receiver.getByText(REMOVED.site)).toHaveCount(0);
  expect(await accessibilityViolations(receiver)).toEqual([]);
  // The editable report that came with the revision is kept and saved byte for byte.
  const [savedDocx] = await Promise.all([
    receiver.waitForEvent('download'),
    receiver.getByRole('button', { name: 'Save the editable Word report' }).click(),
  ]);
  expect(savedDocx.suggestedFilename()).toMatch(/-r2-report\.docx$/);
  expect(new Uint8Array(readFileSync(await savedDocx.path()))).toEqual(secondDocx);
  // Comparing the two redacted revisions says, for each, that it is redacted.
  const picker = receiver.getByLabel('Compare with');
  const revisionOne = await picker
    .locator('option', { hasText: 'This assessment, revision 1' })
    .textContent();
  await picker.selectOption({ label: revisionOne ?? '' });
  await receiver.getByRole('button', { name: 'Compare' }).click();
  await expect(receiver.getByRole('heading', { level: 1, name: 'Compare assessments' })).toBeVisible();
  await expect(receiver.getByTestId('redacted-tag')).toHaveCount(2);
  for (const tag of await receiver.getByTestId('redacted-tag').all())
    await expect(tag).toContainText('Redacted: Sector partner');
  await expect(receiver.getByRole('region', { name: 'Sensitivity marking' })).toContainText('TLP:');
  expect(await accessibilityViolations(receiver)).toEqual([]);
  await new LibraryPage(receiver).open();
  await expect(receiver.getByRole('row').filter({ hasText: 'sector site, Region 1' })).toContainText(
    'Redacted: Sector partner',
  );
  expect(await accessibilityViolations(receiver)).toEqual([]);
  // The portfolio tags the site's redacted assessment too.
  await receiver.goto('#/portfolio');
  await expect(
    receiver.getByRole('row').filter({ hasText: 'sector site, Region 1' }).getByTestId('redacted-tag'),
  ).toContainText('Redacted: Sector partner');
  expect(await accessibilityViolations(receiver)).toEqual([]);
  rmSync(work, { recursive: true, force: true });
});

/**
 * Issue 14 team work end to end, three profiles on three "devices": a lead and two assessors, each with their
 * own identity, trusting each other's certificates on the Trust page. The lead hands one area out to each,
 * everyone edits in parallel (the lead and Ann both answer CIO-SE-1: the one real conflict), the assessors
 * return their work, and the lead merges both returns, resolving the conflict for Ann's answer. The signed
 * report then names who answered each practice; a return signed by someone the work was not handed to is
 * refused with the lead's database unchanged. The lead reaches the first hand-out from the wizard by keyboard,
 * and Bob's return is sealed to the lead's age recipient and opened with the lead's key before it merges.
 */
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Download, Page } from '@playwright/test';
import { AssessmentDocument } from '../../renderer/src/domain/assessment/model';
import { BundleManifest } from '../../renderer/src/domain/bundle/manifest';
import { checkBundle } from './bundle-tools';
import { accessibilityViolations, expect, test } from './fixtures';
import { ExportPage } from './pages/export-page';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { SettingsPage, type IdentityValues } from './pages/settings-page';
import { TrustPage } from './pages/trust-page';
import { WizardPage } from './pages/wizard-page';
import { buildPackageBundle, makeAssessor } from './support/bundle-factory';
import { dumpDatabase } from './support/db-dump';
import { utf8 } from '../../renderer/src/domain/crypto/bytes';
import { buildPackFile } from '../../renderer/src/domain/framework/pack-file';
import { makePackV2 } from '../fixtures/packs/pack-v2';

const LEAD: IdentityValues = {
  name: 'Lena Lead',
  organization: 'CISA Region 4',
  email: 'lena@example.org',
  passphrase: 'the lead hands out the work',
};
const ANN: IdentityValues = {
  name: 'Ann Assessor',
  organization: 'CISA Region 4',
  email: 'ann@example.org',
  passphrase: 'ann works on secure environments',
};
const BOB: IdentityValues = {
  name: 'Bob Assessor',
  organization: 'CISA Region 4',
  email: 'bob@example.org',
  passphrase: 'bob works on model design here',
};

type Member = { page: Page; values: IdentityValues; pem: string; fingerprint: string };

async function saved(work: string, download: Download, name = download.suggestedFilename()): Promise<string> {
  const path = join(work, name);
  await download.saveAs(path);
  return path;
}

/** Creates the profile's identity and saves its certificate, as the assessor would hand it to the others. */
async function member(page: Page, values: IdentityValues, work: string): Promise<Member> {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.createByKeyboard(values);
  await expect(settings.unlockedHeading()).toBeVisible({ timeout: 30_000 });
  const fingerprint = (await settings.fingerprint().innerText()).trim();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save certificate (PEM)' }).click();
  const pem = readFileSync(await saved(work, await download, `${values.name}.pem`), 'utf8');
  return { page, values, pem, fingerprint };
}

async function trust(who: Member, whom: Member): Promise<void> {
  const page = new TrustPage(who.page);
  await page.open();
  await page.readPastedCertificate(whom.pem);
  await page.confirm(whom.fingerprint, whom.values.name);
  await expect(page.row(whom.values.name)).toBeVisible();
}

/** From the wizard's "Hand out work" link, by keyboard: the review page opens with Team work focused. */
async function openHandOutFromWizard(lead: Member, id: string): Promise<void> {
  const { page } = lead;
  await page.goto(`#/assessments/${id}/setup`);
  const link = page.getByRole('link', { name: 'Hand out work' });
  await new SettingsPage(page).tabTo(link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Team work' })).toBeFocused();
  expect(page.url()).toContain(`#/review/${id}/team`);
}

async function handOut(
  lead: Member,
  id: string,
  to: Member,
  area: string,
  work: string,
  fromWizard = false,
): Promise<string> {
  const { page } = lead;
  if (fromWizard) await openHandOutFromWizard(lead, id);
  else await page.goto(`#/review/${id}`);
  const form = page.getByRole('form', { name: 'Hand out work' });
  await form.getByLabel('Assessor').selectOption({ label: to.values.name });
  await form.locator('label', { hasText: area }).click();
  await expect(form.getByRole('checkbox', { name: area })).toBeChecked();
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Hand out work' }).click();
  const path = await saved(work, await download, `hand-out-${to.values.name}.airr`);
  await expect(page.getByTestId('hand-out-result')).toContainText('Handed out');
  // The button was disabled while it worked: focus moves to the outcome, not to the page body.
  await expect(page.getByTestId('hand-out-result')).toBeFocused();
  await expect(page.getByTestId('handed-out-list')).toContainText(to.values.name);
  return path;
}

async function importFile(page: Page, path: string): Promise<void> {
  const importer = new ImportPage(page);
  // A fresh import screen (the previous import's merge page stays while the route does).
  await new LibraryPage(page).open();
  await importer.open();
  await importer.choose(path.split('/').pop() ?? 'bundle.airr', readFileSync(path));
}

/** The assessor opens the hand-out, answers one practice in the wizard and returns the work. */
async function workAndReturn(
  assessor: Member,
  handOutPath: string,
  id: string,
  step: string,
  practice: string,
  work: string,
  sealTo?: string,
): Promise<string> {
  const { page } = assessor;
  await importFile(page, handOutPath);
  await expect(page.getByRole('heading', { name: 'Work package from Lena Lead' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Open the work package' }).click();
  await expect(page.getByTestId('import-result')).toHaveText(
    'The work package is open as your working copy.',
  );
  await page.getByRole('link', { name: 'Open the working copy' }).click();
  const wizard = new WizardPage(page);
  await wizard.goToStep(step);
  await wizard.setStatus(practice, practice === 'CIO-SE-1' ? 'Not implemented' : 'Implemented');
  await wizard.waitSaved();
  await page.goto(`#/review/${id}`);
  await expect(page.getByTestId('working-copy')).toContainText('being worked on');
  expect(await accessibilityViolations(page)).toEqual([]);
  if (sealTo) await new ExportPage(page).chooseRecipient(sealTo);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Return to lead' }).click();
  const path = await saved(work, await download, `return-${assessor.values.name}.airr`);
  await expect(page.getByTestId('return-result')).toContainText('Returned');
  await expect(page.getByTestId('return-result')).toBeFocused();
  return path;
}

/** Installs the test pack 2.0.0 (unsigned) on this profile. */
async function installPackV2(page: Page): Promise<void> {
  await page.goto('#/settings');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a pack file' }).click();
  const bytes = await buildPackFile(utf8(JSON.stringify(makePackV2())));
  await (
    await chooser
  ).setFiles({ name: 'v2.airrpack', mimeType: 'application/json', buffer: Buffer.from(bytes) });
  await page.getByRole('button', { name: 'Install' }).click();
  await expect(page.getByTestId('pack-dhs-ai-rr-2024-2.0.0')).toBeVisible();
}

test('the merge page of a return on an installed pack names a conflict by the practice title of that pack', async ({
  page,
  openSecondProfile,
}) => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'airr-team-pack-e2e-'));
  const lead = await member(page, LEAD, work);
  const ann = await member(await openSecondProfile(), ANN, work);
  await trust(lead, ann);
  await trust(ann, lead);
  await installPackV2(page);
  await installPackV2(ann.page);

  // CIO-DD-4 exists only in pack 2.0.0: the built-in pack has no title for it.
  const wizard = new WizardPage(page);
  await new LibraryPage(page).create({
    title: 'Harbor AI review',
    site: 'Harbor Plant',
    sector: 'Water and Wastewater Systems',
    pack: 'dhs-ai-rr-2024@2.0.0',
  });
  const id = /#\/assessments\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.waitSaved();
  const area = 'Drive Responsible Model and System Design';
  await wizard.goToStep(area);
  await wizard.setStatus('CIO-DD-4', 'Partially implemented');
  await wizard.waitSaved();
  const toAnn = await handOut(lead, id, ann, area, work);
  await page.goto(`#/assessments/${id}/setup`);
  await wizard.goToStep(area);
  await wizard.setStatus('CIO-DD-4', 'Not implemented');
  await wizard.waitSaved();
  const fromAnn = await workAndReturn(ann, toAnn, id, area, 'CIO-DD-4', work);
  // The working copy and the lead's list name the package's area as the wizard does, not by its code.
  await expect(ann.page.getByTestId('working-copy')).toHaveText(
    `This is your working copy of a work package (${area}), returned.`,
  );
  await page.goto(`#/review/${id}`);
  await expect(page.getByTestId('handed-out-list')).toHaveText(`Ann Assessor: ${area}, handed out`);

  await importFile(page, fromAnn);
  const conflict = page.getByTestId('merge-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('CIO-DD-4 Renamed data practice · status');
  expect(await accessibilityViolations(page)).toEqual([]);
  await expect(page.getByTestId('merge-auto-count')).toHaveText(
    '0 changes merge on their own; 1 conflict needs your choice.',
  );
  await conflict.locator('label', { hasText: /^Take theirs/ }).click();
  await page.getByRole('button', { name: 'Apply the merge' }).click();
  await expect(page.getByTestId('merge-result')).toHaveText(
    'Merged: 1 journal entry added; the assessment is at revision 2.',
  );
  rmSync(work, { recursive: true, force: true });
});

test('a lead hands work out to two assessors, merges both returns with one conflict, and the report names who answered', async ({
  page,
  openSecondProfile,
}) => {
  test.setTimeout(600_000);
  const work = mkdtempSync(join(tmpdir(), 'airr-team-e2e-'));
  const lead = await member(page, LEAD, work);
  const ann = await member(await openSecondProfile(), ANN, work);
  const bob = await member(await openSecondProfile(), BOB, work);
  for (const [who, whom] of [
    [lead, ann],
    [lead, bob],
    [ann, lead],
    [bob, lead],
  ] as const)
    await trust(who, whom);
  // The lead's age key; Bob saves its recipient in Settings to seal his return to it.
  const leadAgeKey = await generateX25519Identity();
  const bobSettings = new SettingsPage(bob.page);
  await bobSettings.open();
  await bobSettings.addRecipient('Lena Lead (age)', await identityToRecipient(leadAgeKey));
  await expect(bob.page.getByRole('rowheader', { name: 'Lena Lead (age)' })).toBeVisible();

  // The lead's assessment: one role in scope and a first answer, then the hand-outs.
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  await library.create({
    title: 'Harbor AI review',
    site: 'Harbor Plant',
    sector: 'Water and Wastewater Systems',
  });
  const id = /#\/assessments\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.waitSaved();
  await wizard.goToStep('Secure Environments');
  await wizard.setStatus('CIO-SE-1', 'Partially implemented');
  await wizard.waitSaved();

  const toAnn = await handOut(lead, id, ann, 'Secure Environments', work, true);
  expect(await accessibilityViolations(page)).toEqual([]);
  const toBob = await handOut(lead, id, bob, 'Drive Responsible Model and System Design', work);
  const handOutManifest = BundleManifest.parse(
    JSON.parse(Buffer.from(unzipSync(readFileSync(toAnn))['manifest.json'] ?? []).toString('utf8')),
  );
  expect(handOutManifest).toMatchObject({
    formatVersion: 3,
    workPackage: { role: 'hand-out', scope: { areas: ['SE'] } },
  });

  // Parallel edits: the lead answers CIO-SE-1 again while Ann answers it differently (the conflict).
  await page.goto(`#/assessments/${id}/setup`);
  await wizard.goToStep('Secure Environments');
  await wizard.setStatus('CIO-SE-1', 'Implemented');
  await wizard.waitSaved();
  const fromAnn = await workAndReturn(ann, toAnn, id, 'Secure Environments', 'CIO-SE-1', work);
  const fromBob = await workAndReturn(
    bob,
    toBob,
    id,
    'Drive Responsible Model and System Design',
    'CIO-DD-1',
    work,
    'Lena Lead (age)',
  );
  expect(readFileSync(fromBob).subarray(0, 21).toString('utf8')).toBe('age-encryption.org/v1');

  // Ann's return: one change merges, the status conflict is shown side by side and taken from Ann.
  await importFile(page, fromAnn);
  await expect(page.getByRole('heading', { name: 'Merge the return from Ann Assessor' })).toBeVisible();
  await expect(page.getByTestId('merge-auto-count')).toHaveText(
    '0 changes merge on their own; 1 conflict needs your choice.',
  );
  const conflict = page.getByTestId('merge-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('CIO-SE-1');
  await expect(conflict).toContainText('Handed out as: Partially implemented');
  await expect(conflict.getByRole('radio', { name: /^Keep mine: Implemented \(Lena Lead/ })).toBeVisible();
  await expect(
    conflict.getByRole('radio', { name: /^Take theirs: Not implemented \(Ann Assessor/ }),
  ).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  // Applying with the conflict open is refused; then it is resolved by keyboard and applied.
  await page.getByRole('button', { name: 'Apply the merge' }).click();
  await expect(page.getByTestId('merge-result')).toHaveText(
    'Choose mine or theirs for every conflict before applying the merge.',
  );
  await expect(conflict.getByRole('radio', { name: /^Keep mine/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(conflict.getByRole('radio', { name: /^Take theirs/ })).toBeChecked();
  await page.getByRole('button', { name: 'Apply the merge' }).click();
  await expect(page.getByTestId('merge-result')).toContainText('Merged:');
  await expect(page.getByTestId('merge-result')).toBeFocused();

  // Bob's return, sealed: opened with the lead's age key, then his answer merges on its own.
  await importFile(page, fromBob);
  await new ImportPage(page).unlockWithIdentity(leadAgeKey);
  await expect(page.getByTestId('merge-auto-count')).toHaveText(
    '1 change merges on its own; 0 conflicts need your choice.',
  );
  await page.getByRole('button', { name: 'Apply the merge' }).click();
  await expect(page.getByTestId('merge-result')).toContainText('Merged:');

  // The merged assessment, exported and signed: its report names who answered each practice.
  await page.goto(`#/assessments/${id}/setup`);
  await wizard.goToStep('Sign and export');
  const exported = await saved(work, await new ExportPage(page).exportBundle(), 'merged.airr');
  const check = checkBundle(exported, work, 'merged');
  expect(check.signature.trim()).toBe('Verified OK');
  const merged = AssessmentDocument.parse(
    JSON.parse(readFileSync(join(work, 'merged', 'assessment.json'), 'utf8')),
  );
  expect(merged.content.answers['CIO-SE-1']?.status).toBe('not-implemented');
  expect(merged.content.answers['CIO-DD-1']?.status).toBe('implemented');
  expect(merged.journal.some((entry) => entry.field === 'merge.answers.CIO-SE-1.status')).toBe(true);
  const report = check.reportText.replace(/\s+/g, ' ');
  expect(report).toContain('Who answered');
  expect(report).toMatch(/CIO-SE-1 .*Ann Assessor/);
  expect(report).toMatch(/CIO-DD-1 .*Bob Assessor/);

  // A return of Ann's package signed by someone else: verified as a bundle, refused as a return, nothing stored.
  const eve = await makeAssessor('Eve Stranger', 'Elsewhere');
  const base = AssessmentDocument.parse(
    JSON.parse(Buffer.from(unzipSync(readFileSync(toAnn))['assessment.json'] ?? []).toString('utf8')),
  );
  const pkg = handOutManifest.workPackage;
  if (!pkg) throw new Error('the hand-out has no package');
  const forged = await buildPackageBundle(eve, base, {
    ...pkg,
    role: 'return',
    assigneeFingerprint: eve.fingerprintHex,
  });
  const before = await dumpDatabase(page);
  const forgedPath = join(work, 'forged-return.airr');
  writeFileSync(forgedPath, forged);
  await importFile(page, forgedPath);
  await expect(page.getByTestId('return-refused')).toHaveText(
    'This return is signed by Eve Stranger, not by Ann Assessor the work was handed out to, so it cannot be merged. Nothing was stored.',
  );
  expect(await dumpDatabase(page)).toEqual(before);
  rmSync(work, { recursive: true, force: true });
});

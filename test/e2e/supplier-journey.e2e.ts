/**
 * Issue 15 end to end, with two profiles on two "devices" and nothing built outside the app: an operator's
 * assessor asks the AI developer of a system in the inventory, the developer answers on the supplier screens
 * of their own profile and signs the response, and the assessor takes it in. The attestations then show as the
 * supplier's beside the assessor's answers, inform one answer, and travel in the exported assessment: the
 * signed report names the supplier, signer and narrative in its own section (the supplier's file kept out of
 * the assessor's Evidence column) and the OSCAL assessment results attribute each one to the supplier's party.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Page } from '@playwright/test';
import { fingerprintStart } from '../../renderer/src/domain/crypto/fingerprint';
import { SUPPLIER_HEADING } from '../../renderer/src/domain/report/supplier-attestation-text';
import { checkBundle } from './bundle-tools';
import { accessibilityViolations, expect, test } from './fixtures';
import { ExportPage } from './pages/export-page';
import { LibraryPage } from './pages/library-page';
import { SettingsPage, type IdentityValues } from './pages/settings-page';
import { SupplierInboxPage, SupplierRequestPage, SuppliersPage } from './pages/supplier-pages';
import { WizardPage } from './pages/wizard-page';

const OSCAL_SCHEMA = resolve(__dirname, '../fixtures/oscal/oscal_assessment-results_schema.json');

const ASSESSOR: IdentityValues = {
  name: 'Dana Field',
  organization: 'Springfield Water',
  email: 'dana@example.org',
  passphrase: 'two devices, one journey',
};
const DEVELOPER: IdentityValues = {
  name: 'Bo Builder',
  organization: 'Cobalt Models',
  email: 'bo@cobalt.example',
  passphrase: 'cobalt answers in writing',
};
const SUPPLIER = 'Cobalt Models';
const SITE = 'Springfield Plant';
const ASKED = 'Where are the leak model weights kept, and who can read them?';
const OWN_QUESTION = 'Who signs off a model update before it reaches the plant?';
const ANSWERS = {
  weights: 'Weights stay in an HSM vault.',
  secrets: 'Build secrets rotate monthly.',
  signoff: 'Two engineers sign each update.',
};
const CARD = 'model-card.txt';

const hex = (text: string) => text.replace(/[\s:]/g, '').toLowerCase();
/** Text as pdftotext gives it back, compared without line breaks (the report's font draws … as ... and ’ as '). */
const flat = (text: string) => text.replace(/\s+/g, '').replace(/…/g, '...').replace(/[‘’]/g, "'");

function dueIn30Days(): string {
  const due = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}`;
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

/** Profile 1: identity, assessment with an AI developer's system, and a composed, signed request saved to disk. */
async function assessorSendsRequest(page: Page, work: string): Promise<string> {
  const settings = new SettingsPage(page);
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  const request = new SupplierRequestPage(page);
  await settings.open();
  await settings.createByKeyboard(ASSESSOR);
  await expect(settings.unlockedHeading()).toBeVisible({ timeout: 30_000 });
  await library.create({
    title: 'Springfield AI review',
    site: SITE,
    sector: 'Water and Wastewater Systems',
  });
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.check('AI Developers');
  await wizard.addSystem({
    name: 'Leak model',
    supplier: SUPPLIER,
    purpose: 'Finds leaks',
    criticality: 'High',
  });
  await wizard.waitSaved();

  await page.getByRole('link', { name: 'Ask a supplier' }).click();
  await request.waitOpen();
  expect(page.url()).toMatch(/#\/assessments\/[0-9a-f-]{36}\/supplier-request$/);
  await expect(page.getByLabel('Supplier to ask')).toHaveValue(SUPPLIER);
  await expect(page.getByRole('radio', { name: 'AI developer (AID)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `Leak model — ${SUPPLIER}` })).toBeChecked();
  // The proposed AI developer practices, cut to the first two, the first reworded; then one own question.
  await expect(request.questionCount(13)).toBeVisible();
  for (let count = 13; count > 2; count--) await request.removeQuestion(3, count);
  await expect(request.question('Question 2 (AID-SE-2)')).toBeVisible();
  await request.question('Question 1 (AID-SE-1)').getByLabel('Question').fill(ASKED);
  await request.addOwnQuestion(3, OWN_QUESTION, 'The last two sign-off records.');
  await expect(request.questionCount(3)).toBeVisible();
  await page.getByLabel('Due date', { exact: true }).fill(dueIn30Days());
  await page.getByLabel('Instructions for the supplier').fill('Answer what you can share under TLP:AMBER.');
  expect(await accessibilityViolations(page)).toEqual([]);
  const file = await request.signAndSave();
  expect(file.suggestedFilename()).toMatch(
    /^springfield-plant-cobalt-models-request-[\d-]{10}\.airr-request$/,
  );
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);

  const suppliers = new SuppliersPage(page);
  await suppliers.open();
  await expect(suppliers.requestRow(SUPPLIER).getByTestId('request-state')).toHaveText('Sent');
  return path;
}

/** Profile 2: the developer's own identity, the request opened and answered by keyboard, the response saved. */
async function developerAnswers(
  other: Page,
  requestPath: string,
  work: string,
): Promise<{ path: string; fingerprint: string }> {
  const settings = new SettingsPage(other);
  const inbox = new SupplierInboxPage(other);
  await settings.open();
  await settings.createByKeyboard(DEVELOPER);
  await expect(settings.unlockedHeading()).toBeVisible({ timeout: 30_000 });
  const fingerprint = hex((await settings.fingerprint().textContent()) ?? '');
  await inbox.open();
  await inbox.openRequest(requestPath);
  await expect(other.getByRole('heading', { name: `Verified request from ${ASSESSOR.name}` })).toBeVisible();
  await expect(other.getByText(ASKED)).toBeVisible();
  await inbox.addAndAnswer();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(`Answer the request for ${SITE}`);
  expect(await accessibilityViolations(other)).toEqual([]);

  await inbox.typeContact(DEVELOPER);
  writeFileSync(join(work, CARD), 'Model card v3: weights held in an HSM-backed vault.\n');
  await inbox.answerItem(0, 'i', 'implemented', ANSWERS.weights);
  await inbox.attach(0, join(work, CARD), CARD);
  await inbox.answerItem(1, 'p', 'partial', ANSWERS.secrets);
  await inbox.answerItem(2, 'i', 'implemented', ANSWERS.signoff);
  await expect(other.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  expect(await accessibilityViolations(other)).toEqual([]);
  const file = await inbox.signAndSave();
  expect(file.suggestedFilename()).toMatch(/^cobalt-models-response-[\d-]{10}\.airr-response$/);
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);
  return { path, fingerprint };
}

/** The attestation on AID-SE-1 in the wizard, read as the supplier's; "use as my answer" copies only the status. */
async function attestationInformsAnswer(page: Page, developerFingerprint: string): Promise<void> {
  const wizard = new WizardPage(page);
  await wizard.goToStep('Secure Environments');
  const card = wizard.practice('AID-SE-1');
  const attestation = card.getByRole('group', { name: `Supplier attestation from ${SUPPLIER}` });
  const mine = card.getByRole('group', { name: 'Status of AID-SE-1' });
  const readsAsSupplier = async () => {
    await expect(attestation).toContainText(`${SUPPLIER} (AI developer) — the supplier’s answer, not yours`);
    await expect(attestation.getByTestId('attestation-status')).toHaveText('Implemented');
    await expect(attestation).toContainText(ANSWERS.weights);
    await expect(attestation).toContainText(CARD);
    await expect(attestation).toContainText(`${DEVELOPER.name} · unknown signer (pinned at this response)`);
    expect(hex(await attestation.getByTestId('attestation-fingerprint').innerText())).toBe(
      developerFingerprint,
    );
  };
  await readsAsSupplier();
  // The supplier's card is listed with its attestation, not as the assessor's own evidence of the practice.
  await expect(page.getByRole('list', { name: 'Evidence for AID-SE-1' })).toHaveCount(0);
  await expect(mine.getByRole('radio', { name: 'Not yet assessed', exact: true })).toBeChecked();
  await attestation
    .getByRole('button', { name: 'Use the supplier’s status (Implemented) as my answer for AID-SE-1' })
    .click();
  await expect(mine.getByRole('radio', { name: 'Implemented', exact: true })).toBeChecked();
  await wizard.waitSaved();
  await readsAsSupplier();
  // The other practice's attestation is shown; the assessor's answer there is untouched.
  const second = wizard.practice('AID-SE-2');
  await expect(second.getByTestId('attestation-status')).toHaveText('Partially implemented');
  await expect(
    second
      .getByRole('group', { name: 'Status of AID-SE-2' })
      .getByRole('radio', { name: 'Not yet assessed' }),
  ).toBeChecked();
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The exported bundle checked with stock tools: the report carries the attestations in their own section. */
function reportCarriesAttestations(bundle: string, work: string, developerFingerprint: string): void {
  const check = checkBundle(bundle, work, 'bundle');
  expect(check.sums).toMatch(/^0\n/);
  expect(check.signature.trim()).toBe('Verified OK');
  expect(check.pdfsig).toContain('Signature is Valid.');
  const text = flat(check.reportText);
  const practicesAt = text.indexOf(flat('Practices by responsibility area'));
  const suppliersAt = text.indexOf(flat(SUPPLIER_HEADING));
  const afterAt = text.indexOf(flat('AI-system inventory'), suppliersAt);
  expect(practicesAt, check.reportText).toBeGreaterThan(0);
  expect(suppliersAt, check.reportText).toBeGreaterThan(practicesAt);
  expect(afterAt).toBeGreaterThan(suppliersAt);
  const practices = text.slice(practicesAt, suppliersAt);
  const suppliers = text.slice(suppliersAt, afterAt);
  const signedBy = `${DEVELOPER.name}, certificate ${fingerprintStart(developerFingerprint)}`;
  for (const words of [SUPPLIER, signedBy, ...Object.values(ANSWERS), CARD, ASKED, OWN_QUESTION])
    expect(suppliers, `the supplier section names "${words}"`).toContain(flat(words));
  // The assessor's Evidence column lists only the assessor's files: the supplier's card is not among them.
  expect(practices).toContain('AID-SE-1');
  expect(practices).not.toContain(CARD);
}

/** The review page's OSCAL export: schema-valid, each attestation an observation from the supplier's party. */
async function oscalCarriesAttestations(page: Page, developerFingerprint: string): Promise<void> {
  const oscal = JSON.parse(await download(page, 'Export OSCAL assessment results')) as {
    'assessment-results': {
      metadata: { parties?: Array<{ uuid: string; type: string; name: string }> };
      results: Array<{ observations?: Observation[] }>;
    };
  };
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(OSCAL_SCHEMA, 'utf8')) as object);
  expect(validate(oscal), JSON.stringify(validate.errors)).toBe(true);
  const results = oscal['assessment-results'];
  const party = results.metadata.parties?.find((p) => p.type === 'organization' && p.name === SUPPLIER);
  expect(party, 'a party for the supplier').toBeDefined();
  const observations = results.results[0]?.observations ?? [];
  const prop = (o: Observation, name: string) => o.props?.find((p) => p.name === name)?.value;
  const attested = observations.filter((o) => prop(o, 'source') === 'supplier-attestation');
  expect(attested).toHaveLength(3);
  for (const observation of attested)
    expect(observation.origins).toEqual([{ actors: [{ type: 'party', 'actor-uuid': party?.uuid }] }]);
  const weights = attested.find((o) => o.title.startsWith(`Supplier attestation by ${SUPPLIER}: AID-SE-1 `));
  expect(weights?.description).toBe(ANSWERS.weights);
  expect(weights && prop(weights, 'status')).toBe('implemented');
  expect(hex((weights && prop(weights, 'signer-fingerprint')) ?? '')).toBe(developerFingerprint);
  expect(weights?.['relevant-evidence']?.map((e) => e.description)).toEqual([CARD]);
  // The assessor's own observation of AID-SE-1 has no supplier origin and none of the supplier's files.
  const own = observations.find((o) => o.title.startsWith('AID-SE-1 '));
  expect(own).toBeDefined();
  expect(own?.origins).toBeUndefined();
  expect(JSON.stringify(own)).not.toContain(CARD);
}

type Observation = {
  title: string;
  description: string;
  props?: Array<{ name: string; value: string }>;
  origins?: unknown;
  'relevant-evidence'?: Array<{ description: string }>;
};

test('an assessor and an AI developer, each in their own profile, take a signed request and answer through to the report and OSCAL', async ({
  page,
  openSecondProfile,
}) => {
  test.setTimeout(360_000);
  const work = mkdtempSync(join(tmpdir(), 'airr-supplier-journey-'));
  try {
    const requestPath = await assessorSendsRequest(page, work);
    const developer = await developerAnswers(await openSecondProfile(), requestPath, work);

    // Back on the assessor's device: verified first, the signer shown, then accepted.
    const suppliers = new SuppliersPage(page);
    const preview = await suppliers.importResponse(developer.path);
    await expect(preview).toContainText(`Verified response from ${SUPPLIER}`);
    await expect(preview).toContainText(`${DEVELOPER.name}, ${DEVELOPER.organization} · trust: unknown`);
    expect(hex(await preview.getByTestId('response-signer-fingerprint').innerText())).toBe(
      developer.fingerprint,
    );
    await expect(preview.getByTestId('response-pin')).toContainText(`First response from ${SUPPLIER}`);
    await expect(preview.getByTestId('response-counts')).toHaveText(
      '3 of 3 questions answered, 1 attachment',
    );
    await page.getByRole('button', { name: 'Accept the answers' }).click();
    await expect(page.getByTestId('response-accepted')).toContainText(`3 answers from ${SUPPLIER} now show`);
    await expect(suppliers.requestRow(SUPPLIER).getByTestId('request-state')).toContainText('Answered');
    expect(await accessibilityViolations(page)).toEqual([]);

    const library = new LibraryPage(page);
    await library.open();
    await library.assessmentLink('Springfield AI review').click();
    await attestationInformsAnswer(page, developer.fingerprint);

    // The review page: the assessor's status, with the supplier's attestation beside it.
    const assessmentId = /#\/assessments\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
    await page.goto(`#/review/${assessmentId}`);
    await expect(page.getByTestId('review-mode')).toBeVisible();
    const table = page.getByRole('table', { name: 'Secure Environments' });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^AID-SE-1 / }) });
    // The assessor's row: their status, and no evidence of theirs (the supplier's card is the supplier's).
    await expect(row.getByRole('cell')).toHaveText(['Implemented', '—', '—']);
    const attested = table.getByRole('group', { name: `Supplier attestation from ${SUPPLIER}` });
    await expect(attested).toHaveCount(2);
    const weights = attested.filter({ hasText: ANSWERS.weights });
    await expect(weights).toContainText(`${SUPPLIER} (AI developer) — the supplier’s answer, not yours`);
    await expect(weights).toContainText(`${DEVELOPER.name} · unknown signer`);
    await expect(weights).toContainText(CARD);
    await expect(page.getByRole('region', { name: 'Supplier attestations' })).toContainText(ANSWERS.signoff);
    expect(await accessibilityViolations(page)).toEqual([]);
    await oscalCarriesAttestations(page, developer.fingerprint);

    // The normal export, checked outside the app.
    await page.goto(`#/assessments/${assessmentId}/scope`);
    const wizard = new WizardPage(page);
    await wizard.goToStep('Sign and export');
    const bundle = await new ExportPage(page).exportBundle();
    const bundlePath = join(work, bundle.suggestedFilename());
    await bundle.saveAs(bundlePath);
    reportCarriesAttestations(bundlePath, work, developer.fingerprint);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

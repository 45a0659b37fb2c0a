import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { test, expect, accessibilityViolations } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { dumpDatabase } from './support/db-dump';
import { WizardPage } from './pages/wizard-page';

const FIXTURES = resolve(__dirname, '../fixtures/cyclonedx');
const read = (name: string) =>
  JSON.parse(readFileSync(resolve(FIXTURES, name), 'utf8')) as Record<string, unknown>;

test('the inventory fields are edited in the scope step and exported as a CycloneDX 1.6 BOM', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  await library.create({ title: 'Pump station review', site: 'North Pumps', sector: 'Energy' });
  await wizard.goToStep('Scope and AI systems');
  await page.getByRole('button', { name: 'Add an AI system' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Leak detector');
  await page.getByLabel('Model', { exact: true }).fill('LeakNet');
  await page.getByLabel('Model version').fill('3.1');
  await page.getByLabel('Supplier contact').fill('help@leaknet.example');
  await page.getByLabel('Intended use').fill('Flag pipe leaks for the control room.');
  await page.getByLabel('Known limitations').fill('Misses leaks under 2 l/min.');
  await page.getByLabel('Human oversight').fill('An operator confirms each alarm.');
  await wizard.waitSaved();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByLabel('Model version')).toHaveValue('3.1');

  await library.open();
  await page.getByRole('link', { name: 'Review Pump station review' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export inventory as CycloneDX' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/-ai-inventory\.cdx\.json$/);
  const bom = JSON.parse(readFileSync(await file.path(), 'utf8')) as unknown;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const name of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']) {
    const { $id: _published, ...schema } = read(name);
    ajv.addSchema(schema, `http://cyclonedx.org/schema/${name}`);
  }
  const validate = ajv.compile(read('bom-1.6.SNAPSHOT.schema.json'));
  expect(validate(bom), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(bom).toMatchObject({
    components: [{ type: 'machine-learning-model', name: 'LeakNet', version: '3.1' }],
  });
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('AI systems are imported from a vendor CycloneDX BOM after a preview; a bad file changes nothing', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  await library.create({ title: 'Treatment plant review', site: 'Riverside', sector: 'Energy' });
  await wizard.goToStep('Scope and AI systems');
  const importButton = page.getByRole('button', { name: 'Import AI systems from a CycloneDX BOM…' });

  // A CycloneDX 1.4 BOM: its specific message, nothing stored.
  const dir = mkdtempSync(join(tmpdir(), 'airr-cdx-'));
  const old = join(dir, 'old.cdx.json');
  writeFileSync(old, JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.4', components: [] }));
  const before = await dumpDatabase(page);
  let chooser = page.waitForEvent('filechooser');
  await importButton.click();
  await (await chooser).setFiles(old);
  await expect(page.getByRole('alert')).toContainText(
    '“old.cdx.json”: The BOM is CycloneDX 1.4; this import reads CycloneDX 1.5 and 1.6 only. Nothing was changed.',
  );
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await dumpDatabase(page)).toEqual(before);
  rmSync(dir, { recursive: true, force: true });

  // The vendor BOM: libraries and two models, one nested; the preview lists the two models.
  chooser = page.waitForEvent('filechooser');
  await importButton.click();
  await (await chooser).setFiles(resolve(FIXTURES, 'vendor-bom.json'));
  const preview = page.getByTestId('system-import-preview');
  await expect(preview.getByRole('heading')).toHaveText('From “vendor-bom.json”: 2 AI systems to add');
  await expect(preview.getByRole('heading')).toBeFocused();
  await expect(page.getByRole('list', { name: 'AI systems to add' }).getByRole('listitem')).toHaveText([
    'PumpGuard Anomaly Detector, version 3.0.2 (Riverbend Controls Inc.)',
    'FlowCast Demand Forecaster, version 1.4 (Riverbend Controls Inc.)',
  ]);
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await dumpDatabase(page)).toEqual(before);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add 2 AI systems' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Added 2 AI systems' })).toHaveText(
    'Added 2 AI systems from “vendor-bom.json”.',
  );
  await wizard.waitSaved();
  await page.reload();
  const first = page.getByRole('group', { name: 'AI system 1: PumpGuard Anomaly Detector' });
  await expect(first.getByLabel('Model version')).toHaveValue('3.0.2');
  await expect(first.getByLabel('Supplier contact')).toHaveValue('ml-support@riverbend.example');
  await expect(first.getByLabel('Known limitations')).toHaveValue(
    'Not validated for variable-frequency drives installed after 2024.',
  );
  const second = page.getByRole('group', { name: 'AI system 2: FlowCast Demand Forecaster' });
  await expect(second.getByLabel('Intended use')).toHaveValue(
    'Forecast treated-water demand 48 hours ahead.',
  );

  // The same BOM again: both are duplicates now, so there is nothing to add.
  chooser = page.waitForEvent('filechooser');
  await importButton.click();
  await (await chooser).setFiles(resolve(FIXTURES, 'vendor-bom.json'));
  await expect(preview.getByRole('heading')).toHaveText('From “vendor-bom.json”: nothing to add');
  await expect(page.getByRole('list', { name: 'AI systems skipped' }).getByRole('listitem')).toHaveText([
    '“PumpGuard Anomaly Detector” version 3.0.2 is already in this assessment.',
    '“FlowCast Demand Forecaster” version 1.4 is already in this assessment.',
  ]);
  await expect(page.getByRole('button', { name: /^Add \d/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('group', { name: /^AI system \d/ })).toHaveCount(2);
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { test, expect, accessibilityViolations } from './fixtures';
import { LibraryPage } from './pages/library-page';
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

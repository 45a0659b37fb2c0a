import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, accessibilityViolations } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { WizardPage, type StatusLabel } from './pages/wizard-page';

/**
 * The owner/operator fixture. Hand-computed scores (implemented 1, partial ½, not implemented 0, justified
 * N/A left out):
 *   SE 1/1 = 100 %; DD (1 + ½ + 0)/3 = 50 %; DG 1/1 = 100 % (DG-2 is N/A);
 *   SD (½ + 1 + 1 + 0)/4 = 62.5 % → 63 %; MP (1 + ½ + 0 + 1 + 1)/5 = 70 %;
 *   overall 9.5 / 14 scorable = 67.9 % → 68 %; completeness 15/15 = 100 %.
 */
const ANSWERS: Array<[string, StatusLabel]> = [
  ['CIO-SE-1', 'Implemented'],
  ['CIO-DD-1', 'Implemented'],
  ['CIO-DD-2', 'Partially implemented'],
  ['CIO-DD-3', 'Not implemented'],
  ['CIO-DG-1', 'Implemented'],
  ['CIO-DG-2', 'Not applicable'],
  ['CIO-SD-1', 'Partially implemented'],
  ['CIO-SD-2', 'Implemented'],
  ['CIO-SD-3', 'Implemented'],
  ['CIO-SD-4', 'Not implemented'],
  ['CIO-MP-1', 'Implemented'],
  ['CIO-MP-2', 'Partially implemented'],
  ['CIO-MP-3', 'Not implemented'],
  ['CIO-MP-4', 'Implemented'],
  ['CIO-MP-5', 'Implemented'],
];
const AREA_STEPS = [
  'Secure Environments',
  'Drive Responsible Model and System Design',
  'Implement Data Governance',
  'Ensure Safe and Secure Deployment',
  'Monitor Performance and Impact',
];

function evidenceFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'airr-evidence-'));
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d1a3a50000000049454e44ae426082',
    'hex',
  );
  const files = [join(dir, 'control-room.png'), join(dir, 'ai-policy.pdf'), join(dir, 'interview-notes.txt')];
  writeFileSync(files[0]!, png);
  writeFileSync(files[1]!, '%PDF-1.4\n% a small policy document\n');
  writeFileSync(files[2]!, 'Interview with the operations manager, 09:30.\n');
  return files;
}

test('a full owner/operator assessment survives a reload and the review shows the hand-computed scores', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  await library.create({
    title: 'Riverside AI review',
    site: 'Riverside Water Treatment Plant',
    sector: 'Water and Wastewater Systems',
  });

  // Setup
  await wizard.fill('Site address', '100 River Road, Springfield');
  await page.getByRole('button', { name: 'Add an assessor' }).click();
  await wizard.fill('Assessor 1: name', 'Dana Field');
  await wizard.fill('Assessor 1: organization', 'Regional CI Assessment Team');
  await wizard.fill('First day on site', '2026-11-02');
  await wizard.select(
    'Traffic Light Protocol (TLP 2.0) label',
    'TLP:AMBER+STRICT — the recipient’s organization only',
  );
  await wizard.fill('Additional marking (optional)', 'PCII');
  await wizard.waitSaved();
  await expect(page.getByRole('region', { name: 'Sensitivity marking' })).toHaveText(
    /TLP:AMBER\+STRICT · PCII/,
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  // Scope: one role, two AI systems
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await expect(page.getByText('15 practices in scope.')).toBeVisible();
  await wizard.addSystem({
    name: 'Chlorine dosing optimizer',
    supplier: 'AquaLogic',
    purpose: 'Recommends dosing set points',
    criticality: 'High',
  });
  await wizard.addSystem({
    name: 'Leak detection model',
    supplier: 'PipeSense',
    purpose: 'Flags probable main breaks',
    criticality: 'Moderate',
  });
  await wizard.waitSaved();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Reload mid-way: everything shown as saved is still there.
  await page.reload();
  await expect(page.getByLabel('Critical Infrastructure Owners and Operators')).toBeChecked();
  await expect(page.getByRole('group', { name: 'AI system 2: Leak detection model' })).toBeVisible();
  await wizard.goToStep('Setup');
  await expect(page.getByLabel('Site address')).toHaveValue('100 River Road, Springfield');
  await expect(page.getByLabel('Assessor 1: name')).toHaveValue('Dana Field');

  // Every in-scope practice, area by area.
  const files = evidenceFiles();
  for (const area of AREA_STEPS) {
    await wizard.goToStep(area);
    for (const [id, status] of ANSWERS.filter(([, _]) => true)) {
      if ((await wizard.practice(id).count()) === 0) continue;
      await wizard.setStatus(id, status);
      if (status === 'Not applicable') {
        await expect(
          page.getByText('A reason is required when a practice is marked Not applicable.'),
        ).toBeVisible();
        await wizard.fill(
          `Why ${id} does not apply`,
          'The utility does not fine-tune any model with customer data.',
        );
        await expect(
          page.getByText('A reason is required when a practice is marked Not applicable.'),
        ).toBeHidden();
      }
    }
    if (area === 'Secure Environments') {
      await wizard.fill('Notes on CIO-SE-1', 'OT network segmented; AI servers in the DMZ.');
      await page.getByLabel('Attach evidence to CIO-SE-1').setInputFiles(files);
      await expect(
        page.getByRole('list', { name: 'Evidence for CIO-SE-1' }).getByRole('listitem'),
      ).toHaveCount(3);
      await expect(page.getByRole('img', { name: 'Thumbnail of control-room.png' })).toBeVisible();
      const linked = page.getByRole('group', { name: 'AI systems CIO-SE-1 applies to' });
      await linked.locator('label', { hasText: 'Chlorine dosing optimizer' }).click();
      await expect(linked.getByRole('checkbox', { name: 'Chlorine dosing optimizer' })).toBeChecked();
    }
    await wizard.waitSaved();
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  // Two findings, one started from a practice.
  await wizard.goToStep('Monitor Performance and Impact');
  await page.getByRole('button', { name: 'Start a finding from CIO-MP-3' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Findings');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(/^CIO-MP-3: /);
  await page.getByLabel('Severity').selectOption({ label: 'High' });
  await page
    .getByLabel('Framework risk category')
    .selectOption({ label: 'Failures in AI design and implementation' });
  await wizard.fill(
    'Recommendation',
    'Schedule quarterly TEVV of the dosing model and after every incident.',
  );
  await page.getByRole('button', { name: 'Add a finding' }).click();
  const second = page.getByRole('group', { name: 'Finding 2' });
  await expect(second.getByLabel('Title', { exact: true })).toBeFocused();
  await second.getByLabel('Title', { exact: true }).fill('No AI workforce training');
  await second.getByLabel('Severity').selectOption({ label: 'Moderate' });
  await second.getByLabel('Recommended owner').fill('Plant manager');
  await second.getByLabel('Recommended owner').blur();
  // Practices are picked by id and title, grouped by area, each with its current answer.
  await second.getByText('Linked practices (0)').click();
  const picker = second.getByRole('group', { name: 'Practices linked to No AI workforce training' });
  const se1 = picker.getByRole('checkbox', {
    name: /^CIO-SE-1 Secure the existing IT and OT infrastructure/,
  });
  await expect(
    picker.locator('label', { has: page.locator('strong', { hasText: 'CIO-SE-1' }) }),
  ).toContainText('(implemented)');
  await picker.locator('label', { has: page.locator('strong', { hasText: 'CIO-SE-1' }) }).click();
  await expect(se1).toBeChecked();
  await expect(second.getByText('Linked practices (1)')).toBeVisible();
  await wizard.waitSaved();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Review
  await page.reload();
  await wizard.goToStep('Review');
  await expect(page.getByTestId('overall-score')).toHaveText('68%');
  await expect(page.getByTestId('completeness')).toHaveText('100%');
  await expect(page.getByTestId('score-SE')).toContainText('100%');
  await expect(page.getByTestId('score-DD')).toContainText('50%');
  await expect(page.getByTestId('score-DG')).toContainText('100%');
  await expect(page.getByTestId('score-SD')).toContainText('63%');
  await expect(page.getByTestId('score-MP')).toContainText('70%');
  await expect(page.getByTestId('heat-CIO-SD')).toContainText('63%');
  // Each cell is coloured by its band and names the band in text, so colour is never the only cue.
  const cellColor = (id: string) =>
    page.getByTestId(id).evaluate((cell) => getComputedStyle(cell).backgroundColor);
  await expect(page.getByTestId('heat-CIO-SD')).toContainText('partial');
  expect(await cellColor('heat-CIO-SD')).toBe('rgb(255, 227, 150)');
  await expect(page.getByTestId('heat-CIO-SE')).toContainText('strong');
  expect(await cellColor('heat-CIO-SE')).toBe('rgb(184, 230, 191)');
  await expect(page.getByTestId('findings-high')).toHaveText('1');
  await expect(page.getByTestId('findings-moderate')).toHaveText('1');
  await expect(page.getByRole('heading', { name: 'Gaps (6)' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('an organization holding two roles is asked the union of their practices', async ({ page }) => {
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  await library.create({ title: 'Vendor and operator', site: 'Grid Control Center', sector: 'Energy' });
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.check('AI Developers');
  // 15 owner/operator practices + 13 developer practices.
  await expect(page.getByText('28 practices in scope.')).toBeVisible();
  await wizard.goToStep('Secure Environments');
  for (const id of ['AID-SE-1', 'AID-SE-2', 'CIO-SE-1']) await expect(wizard.practice(id)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'AI Developers' })).toBeVisible();
  await expect(wizard.practice('CCP-SE-1')).toHaveCount(0);
  await expect(wizard.steps().getByRole('link', { name: /Secure Environments/ })).toContainText(
    '0 of 3 answered',
  );
});

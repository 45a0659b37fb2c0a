import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, accessibilityViolations } from './fixtures';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { TrustPage } from './pages/trust-page';
import { WizardPage } from './pages/wizard-page';
import { buildBundle, makeAssessor, type Assessor } from './support/bundle-factory';
import { dumpDatabase } from './support/db-dump';
import { utf8 } from '../../renderer/src/domain/crypto/bytes';
import { buildPackFile } from '../../renderer/src/domain/framework/pack-file';
import { makePackV2 } from '../fixtures/packs/pack-v2';

const PUBLISHER_LABEL = 'Framework Office';

/** A local assessment with answers on the built-in pack: a signed import's next cycle (answers carried). */
async function localAssessmentWithAnswers(page: Page): Promise<string> {
  const assessor = await makeAssessor();
  const id = randomUUID();
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose('r1.airr', await buildBundle(assessor, { id, revision: 1 }));
  await expect(importer.verdict()).toContainText('Verified');
  await importer.accept();
  await page.goto(`#/review/${id}`);
  await page.getByRole('radio', { name: /Carry the answers over/ }).press('Space');
  await page.getByRole('button', { name: 'Start next cycle' }).press('Enter');
  await expect(page).toHaveURL(/#\/assessments\/[0-9a-f-]+\/setup$/);
  const match = /#\/assessments\/([0-9a-f-]+)\/setup$/.exec(page.url());
  if (!match?.[1]) throw new Error(`no assessment id in ${page.url()}`);
  return match[1];
}

async function trustPublisher(page: Page, publisher: Assessor): Promise<void> {
  const trust = new TrustPage(page);
  await trust.open();
  await trust.readPastedCertificate(publisher.certificatePem);
  await trust.confirm(publisher.fingerprintColon, PUBLISHER_LABEL);
  await expect(trust.row(PUBLISHER_LABEL)).toBeVisible();
}

async function choosePackFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a pack file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(bytes) });
}

/** The signed v2 pack file, and the same file with the pack changed after signing. */
async function packFiles(publisher: Assessor): Promise<{ signed: Uint8Array; tampered: Uint8Array }> {
  const key = { signingKey: publisher.signingKey, certificatePem: publisher.certificatePem };
  const signed = await buildPackFile(utf8(JSON.stringify(makePackV2())), key);
  const envelope = JSON.parse(Buffer.from(signed).toString('utf8')) as { pack: string };
  const changed = { ...makePackV2(), title: 'Changed after signing' };
  envelope.pack = Buffer.from(JSON.stringify(changed)).toString('base64');
  return { signed, tampered: utf8(JSON.stringify(envelope)) };
}

test('a signed pack v2 is installed as trusted and an assessment is upgraded through its mapping; a tampered pack is refused with nothing stored', async ({
  page,
}) => {
  const assessmentId = await localAssessmentWithAnswers(page);
  const publisher = await makeAssessor('Pack Publisher', PUBLISHER_LABEL);
  await trustPublisher(page, publisher);
  const files = await packFiles(publisher);

  await page.goto('#/settings');
  await expect(page.getByRole('heading', { level: 2, name: 'Framework packs' })).toBeVisible();
  const builtInRow = page.getByTestId('pack-dhs-ai-rr-2024-1.0.0');
  await expect(builtInRow).toContainText('Built into the app');
  await expect(builtInRow.getByRole('cell').last()).toHaveText('2');

  // A pack changed after signing: refused in words, and not one record of the database changes.
  const before = await dumpDatabase(page);
  await choosePackFile(page, 'tampered.airrpack', files.tampered);
  await expect(page.getByTestId('pack-error')).toContainText(
    'Nothing was installed. The pack file is refused: its signature does not match the pack',
  );
  await expect(page.getByTestId('pack-preview')).toHaveCount(0);
  expect(await dumpDatabase(page)).toEqual(before);

  // The signed pack: preview first (title, version, practices, signature), then install.
  await choosePackFile(page, 'dhs-ai-rr-2024-2.0.0.airrpack', files.signed);
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toContainText('dhs-ai-rr-2024 2.0.0');
  await expect(preview).toContainText('(test revision 2.0.0)');
  await expect(preview).toContainText(String(makePackV2().practices.length));
  await expect(page.getByTestId('pack-preview-signature')).toHaveText(
    `Signed by ${PUBLISHER_LABEL}, trusted`,
  );
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Install' }).click();
  await expect(page.getByText('Installed Roles and Responsibilities')).toBeVisible();
  const v2Row = page.getByTestId('pack-dhs-ai-rr-2024-2.0.0');
  await expect(v2Row).toContainText(`Signed by ${PUBLISHER_LABEL}, trusted`);
  await expect(v2Row.getByRole('cell').last()).toHaveText('0');

  // The assessment stays on 1.0.0 until it is upgraded; the summary is shown before confirming.
  await page.goto(`#/review/${assessmentId}`);
  await expect(page.getByTestId('assessment-pack')).toHaveText('dhs-ai-rr-2024 1.0.0');
  // Cancel leaves it as it was; the action is reached and used with the keyboard.
  await page.getByRole('button', { name: 'Upgrade to 2.0.0' }).press('Enter');
  await page.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Framework pack version' })).toBeFocused();
  await expect(page.getByTestId('upgrade-summary')).toHaveCount(0);
  await page.getByRole('button', { name: 'Upgrade to 2.0.0' }).press('Enter');
  const summary = page.getByTestId('upgrade-summary');
  await expect(summary).toContainText('Renamed: CIO-DD-1 → CIO-DD-4 (answer carried).');
  await expect(summary).toContainText('Split: CIO-SD-1 → CIO-SD-5, CIO-SD-6');
  await expect(summary).toContainText('Merged: CIO-MP-1, CIO-MP-2 → CIO-MP-6');
  await expect(summary).toContainText('Removed: CIO-MP-3');
  await expect(summary).toContainText('New, not yet assessed: CIO-MP-7.');
  expect(await accessibilityViolations(page)).toEqual([]);
  await expect(page.getByTestId('assessment-pack')).toHaveText('dhs-ai-rr-2024 1.0.0');
  await page.getByRole('button', { name: 'Confirm upgrade' }).press('Enter');
  await expect(page.getByText('Upgraded to dhs-ai-rr-2024 2.0.0.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Framework pack version' })).toBeFocused();
  await expect(page.getByRole('button', { name: /^Upgrade to/ })).toHaveCount(0);
  await expect(page.getByTestId('assessment-pack')).toHaveText('dhs-ai-rr-2024 2.0.0');
  const upgradeRow = page.getByTestId('record-journal').getByRole('row', { name: /Framework pack version/ });
  await expect(upgradeRow.getByRole('cell').last()).toHaveText('dhs-ai-rr-2024 1.0.0 → dhs-ai-rr-2024 2.0.0');

  // The carried answers, on the new practice ids, in review and in the wizard; the journal records it.
  const renamed = page.getByRole('row', { name: /CIO-DD-4 Renamed data practice/ });
  await expect(renamed.getByRole('cell').first()).toHaveText('Partially implemented');
  const unchanged = page.getByRole('row', { name: /^CIO-SE-1 / });
  await expect(unchanged.getByRole('cell').first()).toHaveText('Implemented');
  await expect(page.getByRole('row', { name: /^CIO-DD-1 / })).toHaveCount(0);
  await page.goto(`#/assessments/${assessmentId}/area-DD`);
  const card = page.getByRole('article', { name: /^CIO-DD-4 / });
  await expect(card.getByLabel('Partially implemented')).toBeChecked();
  await expect(page.getByRole('article', { name: /^CIO-DD-1 / })).toHaveCount(0);

  await page.goto('#/settings');
  await expect(page.getByTestId('pack-dhs-ai-rr-2024-2.0.0').getByRole('cell').last()).toHaveText('1');
});

test('a bundle on a pack this device lacks is reviewed read-only by practice id, and in full once an unsigned pack (flagged) is installed', async ({
  page,
}) => {
  const assessor = await makeAssessor();
  const id = randomUUID();
  const importer = new ImportPage(page);
  await importer.open();
  const bundle = await buildBundle(assessor, {
    id,
    revision: 1,
    pack: { id: 'dhs-ai-rr-2024', version: '2.0.0' },
  });
  await importer.choose('on-v2.airr', bundle);
  await expect(importer.verdict()).toContainText('Verified');
  await expect(
    page.getByText(/framework pack dhs-ai-rr-2024 version 2\.0\.0, which this app does not have/),
  ).toBeVisible();
  // The preview is not scored on the built-in pack: answers by practice id, with the missing-pack sentence.
  await expect(page.getByTestId('preview-pack-missing')).toContainText(
    'made on the framework pack dhs-ai-rr-2024 2.0.0, which is not installed on this device',
  );
  await expect(page.getByTestId('preview-score')).toHaveText('Not scored on this device');
  await expect(page.getByRole('row', { name: /^CIO-DD-1 / }).getByRole('cell')).toHaveText(
    'Partially implemented',
  );
  await expect(page.getByRole('table', { name: 'Score by area' })).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
  await importer.accept();

  await page.goto(`#/review/${id}`);
  await expect(page.getByTestId('pack-missing')).toContainText(
    'made on the framework pack dhs-ai-rr-2024 2.0.0, which is not installed on this device',
  );
  const raw = page.getByRole('row', { name: /^CIO-DD-1 / });
  await expect(raw.getByRole('cell').first()).toHaveText('Partially implemented');
  expect(await accessibilityViolations(page)).toEqual([]);
  // The portfolio does not score it on the built-in pack either: it says which pack is missing.
  await page.goto('#/portfolio');
  await expect(page.getByTestId('portfolio-pack-missing')).toContainText(
    'made on the framework pack dhs-ai-rr-2024 2.0.0, which is not installed on this device',
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.goto('#/settings');
  await choosePackFile(page, 'v2.airrpack', await buildPackFile(utf8(JSON.stringify(makePackV2()))));
  await expect(page.getByTestId('pack-preview-signature')).toHaveText(
    'Unsigned: who published it cannot be checked',
  );
  await expect(page.getByText('This pack is unsigned: nothing shows who published it')).toBeVisible();
  await page.getByRole('button', { name: 'Install' }).click();
  await expect(page.getByTestId('pack-dhs-ai-rr-2024-2.0.0')).toContainText(
    'Unsigned: who published it cannot be checked',
  );
  await expect(page.getByTestId('pack-dhs-ai-rr-2024-2.0.0').getByRole('cell').last()).toHaveText('1');

  await page.goto(`#/review/${id}`);
  await expect(page.getByTestId('assessment-pack')).toHaveText('dhs-ai-rr-2024 2.0.0');
  await expect(page.getByRole('heading', { name: 'Answers', exact: true })).toBeVisible();
  await expect(page.getByTestId('pack-missing')).toHaveCount(0);
  await expect(
    page
      .getByRole('row', { name: /^CIO-SE-1 / })
      .getByRole('cell')
      .first(),
  ).toHaveText('Implemented');
  await expect(page.getByRole('button', { name: /^Upgrade to/ })).toHaveCount(0);
  await page.goto('#/portfolio');
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  await expect(page.getByTestId('portfolio-pack-missing')).toHaveCount(0);
});

/** Pack 3.0.0: pack v2 with an area, a sector and a practice renamed, so labels show which pack is used. */
function renamedPack() {
  const pack = makePackV2('3.0.0');
  return {
    ...pack,
    areas: pack.areas.map((area) =>
      area.code === 'DD' ? { ...area, name: 'Data stewardship (pack 3)' } : area,
    ),
    sectors: pack.sectors.map((sector) =>
      sector.id === 'energy' ? { ...sector, name: 'Energy (pack 3)' } : sector,
    ),
    practices: pack.practices.map((practice) =>
      practice.id === 'CIO-SE-1'
        ? { ...practice, title: 'Secure environment, as pack 3 words it' }
        : practice,
    ),
  };
}

test('a new assessment is made on an installed pack chosen on the form, and the portfolio, compare and Framework page use that pack', async ({
  page,
}) => {
  await page.goto('#/settings');
  await choosePackFile(page, 'v3.airrpack', await buildPackFile(utf8(JSON.stringify(renamedPack()))));
  await page.getByRole('button', { name: 'Install' }).click();
  await expect(page.getByTestId('pack-dhs-ai-rr-2024-3.0.0')).toBeVisible();

  // The chooser lists the built-in pack (the default) and the installed one, with its signature state.
  const library = new LibraryPage(page);
  await library.open();
  await library.startNew();
  const chooser = page.getByLabel('Framework pack');
  await expect(chooser).toHaveValue('dhs-ai-rr-2024@1.0.0');
  await expect(chooser.getByRole('option')).toHaveText([
    // Id and version first: the versions of a pack share its title, and a closed select cuts the label off.
    /^dhs-ai-rr-2024 1\.0\.0 — Roles and .* \(Built into the app\)$/,
    /^dhs-ai-rr-2024 3\.0\.0 — Roles and .* \(Unsigned: who published it cannot be checked\)$/,
  ]);
  expect(await accessibilityViolations(page)).toEqual([]);

  await library.create({
    title: 'On pack 3',
    site: 'Alpha Plant',
    sector: 'Energy (pack 3)',
    pack: 'dhs-ai-rr-2024@3.0.0',
  });
  // The wizard offers the sectors of the assessment's own pack too.
  await expect(page.getByLabel('Critical infrastructure sector').locator('option:checked')).toHaveText(
    'Energy (pack 3)',
  );
  const match = /#\/assessments\/([0-9a-f-]+)\//.exec(page.url());
  if (!match?.[1]) throw new Error(`no assessment id in ${page.url()}`);
  await page.goto(`#/review/${match[1]}`);
  await expect(page.getByTestId('assessment-pack')).toHaveText('dhs-ai-rr-2024 3.0.0');
  await expect(page.getByText('Alpha Plant · Energy (pack 3)')).toBeVisible();
  // Its change journal names a practice by pack 3's title, as the wizard shows it.
  await page.goto(`#/assessments/${match[1]}/setup`);
  const wizard = new WizardPage(page);
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.goToStep('Secure Environments');
  await wizard.setStatus('CIO-SE-1', 'Implemented');
  await wizard.waitSaved();
  await page.goto(`#/review/${match[1]}`);
  await expect(page.getByTestId('record-journal').getByRole('row', { name: /CIO-SE-1/ })).toContainText(
    'CIO-SE-1 Secure environment, as pack 3 words it · Status',
  );

  // One site on pack 3: the portfolio's columns carry pack 3's area names, without codes or a pack note.
  await page.goto('#/portfolio');
  const sites = page.getByRole('table', { name: 'Overall and per-area score of each site' });
  await expect(
    sites.getByRole('columnheader', { name: 'Data stewardship (pack 3)', exact: true }),
  ).toBeVisible();
  await expect(page.getByTestId('portfolio-different-packs')).toHaveCount(0);

  // A second site, changed last, on the built-in pack: each is scored on its own pack, the columns are named
  // by the latest assessment's pack with their codes, and the screen says the packs differ.
  await library.create({ title: 'On the built-in pack', site: 'Beta Dam', sector: 'Dams' });
  const builtInId = /#\/assessments\/([0-9a-f-]+)\//.exec(page.url())?.[1] ?? '';
  await page.goto('#/portfolio');
  await expect(page.getByTestId('portfolio-different-packs')).toHaveText(
    "The sites' latest assessments use different framework packs (dhs-ai-rr-2024 1.0.0 and dhs-ai-rr-2024 3.0.0); each is scored on its own pack and areas are compared by code.",
  );
  await expect(
    sites.getByRole('columnheader', { name: 'Drive Responsible Model and System Design (DD)', exact: true }),
  ).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // Compared side by side: the one sentence, and areas met by code, named by the newer side's pack.
  await page.goto(`#/compare/${match[1]}/${builtInId}`);
  await expect(page.getByTestId('compare-different-packs')).toHaveText(
    'These two assessments use different framework packs (dhs-ai-rr-2024 3.0.0 and dhs-ai-rr-2024 1.0.0); each is scored on its own pack and areas are compared by code.',
  );
  await expect(page.getByTestId('delta-DD').getByRole('rowheader')).toHaveText(
    'Drive Responsible Model and System Design (DD)',
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  // The Framework page shows the built-in pack first, and pack 3 with its own practice titles when chosen.
  await page.goto('#/framework');
  await expect(page.getByTestId('pack-ref')).toHaveText('dhs-ai-rr-2024, version 1.0.0');
  await expect(page.getByTestId('pack-practice-CIO-SE-1')).not.toContainText('as pack 3 words it');
  await page.getByLabel('Pack to show').selectOption('dhs-ai-rr-2024@3.0.0');
  await expect(page.getByTestId('pack-ref')).toHaveText('dhs-ai-rr-2024, version 3.0.0');
  await expect(page.getByTestId('pack-practice-CIO-SE-1')).toContainText(
    'Secure environment, as pack 3 words it',
  );
  await expect(page.getByTestId('pack-practice-CIO-DD-4')).toContainText('Data stewardship (pack 3)');
  expect(await accessibilityViolations(page)).toEqual([]);
});

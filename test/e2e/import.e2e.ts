import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupedFingerprint } from '../../renderer/src/domain/crypto/fingerprint';
import { test, expect, accessibilityViolations } from './fixtures';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { TrustPage } from './pages/trust-page';
import {
  buildBundle,
  makeAssessor,
  sealToNewIdentity,
  withFlippedEvidenceByte,
} from './support/bundle-factory';
import { dumpDatabase } from './support/db-dump';

const TITLE = 'Harbor pumping station AI review';

test('a bundle from a signer added on the Trust page imports as trusted and appears in the library', async ({
  page,
}) => {
  const assessor = await makeAssessor();
  const bundle = await buildBundle(assessor, { id: randomUUID(), revision: 1 });
  const trust = new TrustPage(page);
  await trust.open();
  await trust.readPastedCertificate(assessor.certificatePem);
  await expect(page.getByTestId('fingerprint').first()).toHaveText(
    groupedFingerprint(assessor.fingerprintHex),
  );
  await trust.confirm(assessor.fingerprintHex.slice(-8), 'Grace (Region 9)');
  await expect(page.getByText(/Enter the whole fingerprint: 64 characters/)).toBeVisible();
  await trust.confirm(assessor.fingerprintColon, 'Grace (Region 9)');
  await expect(trust.row('Grace \\(Region 9\\)')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  const importer = new ImportPage(page);
  await importer.open();
  expect(await accessibilityViolations(page)).toEqual([]);
  await importer.choose('harbor.airr', bundle);
  await expect(importer.verdict()).toHaveText('Verified · trusted signer Grace (Region 9)');
  // The preview is marked like every screen that shows assessment data.
  await expect(page.getByRole('region', { name: 'Sensitivity marking' })).toHaveText('TLP:AMBER');
  await expect(page.getByTestId('signer-name')).toHaveText('Grace Hopper');
  await expect(page.getByTestId('preview-title')).toHaveText(TITLE);
  // The verifier checked the journal's hash chain (the fixture's journal is empty).
  await expect(page.getByTestId('journal-status')).toHaveText('Journal intact, 0 entries');
  expect(await accessibilityViolations(page)).toEqual([]);
  await importer.accept();
  await expect(page.getByRole('link', { name: 'Open the assessment' })).toHaveAttribute(
    'href',
    /#\/assessments\/[0-9a-f-]{36}\/review/,
  );

  // Review mode offers the exact signed report from the bundle; pdfsig still finds the signature valid.
  await page.getByRole('link', { name: 'Open the assessment' }).click();
  await expect(page.getByText('Imported, signature verified')).toBeVisible();
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save the signed PDF report' }).click(),
  ]);
  expect(execFileSync('pdfsig', [await report.path()], { encoding: 'utf8' })).toContain(
    'Signature is Valid.',
  );

  const library = new LibraryPage(page);
  await library.open();
  await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible();

  await trust.open();
  await trust.distrust('Grace (Region 9)');
  await expect(page.getByText('No signers are trusted yet.')).toBeVisible();
});

test('an unknown signer becomes trusted after the fingerprint is confirmed', async ({ page }) => {
  const assessor = await makeAssessor('Ada Lovelace', 'Region 4 CSA');
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose('from-ada.airr', await buildBundle(assessor, { id: randomUUID(), revision: 1 }));
  await expect(importer.verdict()).toHaveText('Verified · unknown signer');
  expect(await accessibilityViolations(page)).toEqual([]);
  await importer.trustSigner(groupedFingerprint(assessor.fingerprintHex).toLowerCase(), 'Ada at Region 4');
  await expect(importer.verdict()).toHaveText('Verified · trusted signer Ada at Region 4');
  await importer.accept();
  await new TrustPage(page).open();
  await expect(page.getByRole('row', { name: /Ada at Region 4/ })).toBeVisible();
});

test('a bundle with a changed evidence byte is rejected with its code and nothing is stored', async ({
  page,
}) => {
  const assessor = await makeAssessor();
  const id = randomUUID();
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose('first.airr', await buildBundle(assessor, { id, revision: 1 }));
  await importer.accept();
  const before = await dumpDatabase(page);

  await importer.importAnother();
  const tampered = withFlippedEvidenceByte(await buildBundle(assessor, { id, revision: 2 }));
  await importer.choose('tampered.airr', tampered);
  await expect(importer.verdict()).toHaveText(
    'Rejected: A file in the bundle was changed after the bundle was signed.',
  );
  await expect(page.getByTestId('verdict').getByText('hash-mismatch')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await dumpDatabase(page)).toEqual(before);
});

test('the import screen fetches the verifier while the user picks a file, before any is chosen', async ({
  page,
}) => {
  const importer = new ImportPage(page);
  await importer.open();
  // The service the verify runs (its chunk is named after renderer/src/services/import/import-service.ts).
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((entry) => /\/import-service-[\w-]+\.js$/.test(entry.name)),
      ),
    )
    .toBe(true);
});

test('a file larger than any bundle can be is refused before it is read, and nothing is stored', async ({
  page,
}) => {
  const importer = new ImportPage(page);
  await importer.open();
  const before = await dumpDatabase(page);
  // Sparse: past 1 TiB on paper, no disk used; Chromium takes the size from the file without reading it.
  const dir = mkdtempSync(join(tmpdir(), 'airr-huge-'));
  const huge = join(dir, 'huge.airr');
  writeFileSync(huge, '');
  truncateSync(huge, 2 ** 40 + 1);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a bundle file…' }).click();
  await (await chooser).setFiles(huge);
  await expect(page.getByRole('alert')).toContainText(
    '“huge.airr” is larger than a bundle can be (1 TiB), so it is not an assessment bundle.',
  );
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Choose another file' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await dumpDatabase(page)).toEqual(before);
  rmSync(dir, { recursive: true, force: true });
});

test('a sealed bundle opens with the age identity it was sealed to', async ({ page }) => {
  const assessor = await makeAssessor();
  const { sealed, identity } = await sealToNewIdentity(
    await buildBundle(assessor, { id: randomUUID(), revision: 1 }),
  );
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose('harbor.airr.age', sealed);
  await page.getByRole('heading', { level: 2, name: 'Open the sealed bundle' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await importer.unlockWithIdentity(`# created: 2025-03-05\n${identity}\n`);
  await expect(importer.verdict()).toHaveText('Verified · unknown signer');
  // Opened into the origin's private file system (not memory), verified there, removed once stored.
  const spooled = () =>
    page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const file = await root.getFileHandle('opened-bundle.airr').then(
        (handle) => handle.getFile(),
        () => null,
      );
      return file ? file.size : null;
    });
  expect(await spooled()).toBeGreaterThan(sealed.length - 1000);
  await importer.accept();
  await expect(importer.result()).toHaveText('Revision 1 was imported.');
  expect(await spooled()).toBeNull();
});

test('the same bundle twice is a no-op and a newer revision becomes current with the old one as history', async ({
  page,
}) => {
  const assessor = await makeAssessor();
  const id = randomUUID();
  const first = await buildBundle(assessor, { id, revision: 1 });
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose('r1.airr', first);
  await importer.accept();

  await importer.importAnother();
  const before = await dumpDatabase(page);
  await importer.choose('r1-again.airr', first);
  await expect(importer.plan()).toContainText('already imported');
  await expect(page.getByRole('button', { name: 'Accept and store' })).toHaveCount(0);
  expect(await dumpDatabase(page)).toEqual(before);

  await page.getByRole('button', { name: 'Done' }).click();
  await importer.choose('r2.airr', await buildBundle(assessor, { id, revision: 2, evidence: ['New log'] }));
  await expect(importer.plan()).toContainText('Revision 2 is newer than the stored revision 1');
  // The notice's text starts right of its icon (text directly in a slim alert's body sat under the icon).
  const indent = await importer
    .plan()
    .locator('.usa-alert__text')
    .evaluate(
      (text) => text.getBoundingClientRect().left - text.closest('.usa-alert')!.getBoundingClientRect().left,
    );
  expect(indent).toBeGreaterThan(40);
  await importer.accept();
  const after = await dumpDatabase(page);
  expect(after.assessments).toEqual([expect.objectContaining({ id, revision: 2, source: 'imported' })]);
  expect(after.revisions).toEqual([expect.objectContaining({ assessmentId: id, revision: 1 })]);
  expect(after.evidence).toEqual([
    expect.objectContaining({
      assessmentId: id,
      blob: { $blob: expect.any(String), hex: Buffer.from('New log').toString('hex') },
    }),
  ]);

  // The two revisions compare: CIO-DD-2 went from not implemented to implemented between them.
  await page.goto(`#/review/${id}`);
  const picker = page.getByLabel('Compare with');
  const revisionOne = await picker
    .locator('option', { hasText: 'This assessment, revision 1' })
    .textContent();
  await picker.selectOption({ label: revisionOne ?? '' });
  await page.getByRole('button', { name: 'Compare' }).click();
  // Revision 1: DD (½ + 0)/2 = 25 %, overall 1.5/3 = 50 %. Revision 2: DD (½ + 1)/2 = 75 %, overall 2.5/3 = 83 %.
  await expect(page.getByTestId('overall-delta')).toHaveText('Overall score 50% → 83% (+33 points)');
  await expect(page.getByTestId('delta-DD')).toContainText('+50 points');
  await expect(page.getByText('CIO-DD-2: Not implemented → Implemented (improved)')).toBeVisible();
});

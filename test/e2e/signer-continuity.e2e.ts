/**
 * Signer continuity in Chromium with real IndexedDB: an assessment stored from a trusted assessor, then a
 * higher revision signed by another key under the very same name. It is refused with both fingerprints side
 * by side and nothing stored; once the new key is trusted, an explicit, recorded decision lets it through, and
 * review, library and compare say "changed signer" and show who decided.
 */
import { randomUUID } from 'node:crypto';
import { groupedFingerprint } from '../../renderer/src/domain/crypto/fingerprint';
import { test, expect, accessibilityViolations } from './fixtures';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { TrustPage } from './pages/trust-page';
import { buildBundle, makeAssessor } from './support/bundle-factory';
import { dumpDatabase } from './support/db-dump';

test('a higher revision signed by another key with the same name is refused until the key change is trusted and recorded', async ({
  page,
}) => {
  const grace = await makeAssessor('Grace Hopper');
  const impostorOrNewKey = await makeAssessor('Grace Hopper');
  const id = randomUUID();

  const trust = new TrustPage(page);
  await trust.open();
  await trust.readPastedCertificate(grace.certificatePem);
  await trust.confirm(grace.fingerprintColon, 'Grace (Region 9)');
  await expect(trust.row('Grace \\(Region 9\\)')).toBeVisible();

  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose('r1.airr', await buildBundle(grace, { id, revision: 1 }));
  await expect(importer.verdict()).toHaveText('Verified · trusted signer Grace (Region 9)');
  await importer.accept();
  await importer.importAnother();
  const before = await dumpDatabase(page);

  // Revision 2 by another key: refused, both signers shown by full fingerprint, nothing to accept.
  await importer.choose('r2.airr', await buildBundle(impostorOrNewKey, { id, revision: 2 }));
  await expect(importer.plan()).toContainText('signed by a different certificate');
  const sides = page.getByTestId('signer-change');
  await expect(sides.getByTestId('pinned-signer-name')).toHaveText('Grace Hopper');
  await expect(sides.getByTestId('incoming-signer-name')).toHaveText('Grace Hopper');
  await expect(sides.getByTestId('pinned-signer-fingerprint')).toHaveText(
    groupedFingerprint(grace.fingerprintHex),
  );
  await expect(sides.getByTestId('incoming-signer-fingerprint')).toHaveText(
    groupedFingerprint(impostorOrNewKey.fingerprintHex),
  );
  await expect(sides.getByTestId('pinned-signer-trust')).toHaveText('Trusted as “Grace (Region 9)”');
  await expect(sides.getByTestId('incoming-signer-trust')).toHaveText('Not trusted');
  await expect(page.getByTestId('signer-change-untrusted')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accept and store' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Record the key change/ })).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await dumpDatabase(page)).toEqual(before);

  // Trusting the new key alone stores nothing; the decision form appears.
  await importer.trustSigner(groupedFingerprint(impostorOrNewKey.fingerprintHex), 'Grace (new laptop)');
  await expect(sides.getByTestId('incoming-signer-trust')).toHaveText('Trusted as “Grace (new laptop)”');
  const record = page.getByRole('button', { name: 'Record the key change and accept' });
  await expect(record).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  const afterTrust = await dumpDatabase(page);
  expect(afterTrust.assessments).toEqual(before.assessments);
  expect(afterTrust.revisions).toEqual(before.revisions);
  expect(afterTrust.signerPins).toEqual(before.signerPins);

  // Without the explicit confirmation nothing is recorded.
  await record.click();
  await expect(page.getByText('Confirm that the assessor told you, outside this app')).toBeVisible();
  expect(await dumpDatabase(page)).toEqual(afterTrust);

  // USWDS draws its own box over the visually hidden input: the label is what a person clicks.
  await page.locator('label', { hasText: 'The assessor has a new key: they confirmed to me' }).click();
  await expect(page.getByLabel(/The assessor has a new key: they confirmed to me/)).toBeChecked();
  await page.getByLabel('Decided by').fill('Sam Reviewer');
  await page.getByLabel(/Reason/).fill('Grace called: her laptop was replaced.');
  await record.click();
  await expect(importer.result()).toContainText('the key change is recorded');

  const stored = await dumpDatabase(page);
  expect(stored.assessments).toEqual([
    expect.objectContaining({ id, revision: 2, signerFingerprint: impostorOrNewKey.fingerprintHex }),
  ]);
  expect(stored.signerPins).toEqual([
    expect.objectContaining({
      assessmentId: id,
      fingerprint: impostorOrNewKey.fingerprintHex,
      firstFingerprint: grace.fingerprintHex,
      changes: [
        expect.objectContaining({
          fromFingerprint: grace.fingerprintHex,
          toFingerprint: impostorOrNewKey.fingerprintHex,
          decidedBy: 'Sam Reviewer',
          reason: 'Grace called: her laptop was replaced.',
        }),
      ],
    }),
  ]);

  // Review: the header says "changed signer" with both fingerprints, and the decision is in the history.
  await page.getByRole('link', { name: 'Open the assessment' }).click();
  const state = page.getByTestId('signer-state');
  await expect(state).toHaveAttribute('data-state', 'changed');
  await expect(state).toContainText('Changed signer (new key accepted)');
  await expect(state.getByTestId('signer-state-fingerprint')).toHaveText(
    groupedFingerprint(impostorOrNewKey.fingerprintHex),
  );
  await expect(state).toContainText(groupedFingerprint(grace.fingerprintHex));
  const history = page.getByTestId('key-changes');
  await expect(history).toContainText(
    'Sam Reviewer recorded that the assessor has a new key, for revision 2',
  );
  await expect(history).toContainText(groupedFingerprint(grace.fingerprintHex));
  await expect(history).toContainText(groupedFingerprint(impostorOrNewKey.fingerprintHex));
  await expect(history).toContainText('Grace called: her laptop was replaced.');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Compare revision 1 (first key, trusted) with revision 2 (changed signer).
  const picker = page.getByLabel('Compare with');
  const revisionOne = await picker
    .locator('option', { hasText: 'This assessment, revision 1' })
    .textContent();
  await picker.selectOption({ label: revisionOne ?? '' });
  await page.getByRole('button', { name: 'Compare' }).click();
  const signers = page.getByTestId('compare-signers').getByTestId('signer-state');
  await expect(signers.nth(0)).toHaveAttribute('data-state', 'trusted');
  await expect(signers.nth(0)).toContainText(groupedFingerprint(grace.fingerprintHex));
  await expect(signers.nth(1)).toHaveAttribute('data-state', 'changed');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Library: the Signed by column says so, and the trust filter finds it.
  const library = new LibraryPage(page);
  await library.open();
  await expect(page.getByRole('row', { name: /Harbor pumping station/ })).toContainText(
    'Changed signer (new key accepted)',
  );
  await page.getByLabel('Origin and trust').selectOption('changed');
  await expect(page.getByTestId('library-count')).toHaveText('1 assessment found.');
  await page.getByLabel('Origin and trust').selectOption('trusted');
  await expect(page.getByTestId('library-count')).toHaveText('0 assessments found.');
  expect(await accessibilityViolations(page)).toEqual([]);
});

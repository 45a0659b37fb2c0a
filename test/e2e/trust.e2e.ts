import { randomUUID } from 'node:crypto';
import { groupedFingerprint } from '../../renderer/src/domain/crypto/fingerprint';
import { test, expect, accessibilityViolations } from './fixtures';
import { ImportPage } from './pages/import-page';
import { TrustPage } from './pages/trust-page';
import { buildBundle, makeAssessor } from './support/bundle-factory';
import { dumpDatabase } from './support/db-dump';

const MEDIA = 'The assessor gave me their certificate file on separate media (USB drive or disc)';

/** The fingerprint with one character changed at `index` (0-based), grouped as the assessor would read it. */
function oneOff(hex: string, index: number): string {
  const other = hex[index] === 'a' ? 'b' : 'a';
  return groupedFingerprint(`${hex.slice(0, index)}${other}${hex.slice(index + 1)}`);
}

test('a full fingerprint that differs in one early character is refused and nothing is stored', async ({
  page,
}) => {
  const assessor = await makeAssessor();
  const trust = new TrustPage(page);
  await trust.open();
  await trust.readPastedCertificate(assessor.certificatePem);
  await expect(page.getByTestId('fingerprint')).toHaveText(groupedFingerprint(assessor.fingerprintHex));
  const before = await dumpDatabase(page);

  await trust.confirm(oneOff(assessor.fingerprintHex, 1), 'Grace (Region 9)');
  await expect(page.getByText(/This is not the fingerprint of this certificate\./)).toBeVisible();
  await expect(page.getByText(/The first difference is in group 1 of 16\./)).toBeVisible();
  await expect(page.getByLabel('Whole fingerprint as the assessor gave it to you')).toBeFocused();
  expect(await accessibilityViolations(page)).toEqual([]);
  // The old shortcut, the last 8 characters, is not accepted either.
  await trust.confirm(assessor.fingerprintHex.slice(-8), 'Grace (Region 9)');
  await expect(page.getByText(/Enter the whole fingerprint: 64 characters/)).toBeVisible();
  expect(await dumpDatabase(page)).toEqual(before);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No signers are trusted yet.')).toBeVisible();
  expect(await dumpDatabase(page)).toEqual(before);
});

test('an unknown signer is trusted by comparing with their certificate file from separate media', async ({
  page,
}) => {
  const assessor = await makeAssessor('Ada Lovelace', 'Region 4 CSA');
  const stranger = await makeAssessor('Ada Lovelace', 'Region 4 CSA');
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose('from-ada.airr', await buildBundle(assessor, { id: randomUUID(), revision: 1 }));
  await expect(importer.verdict()).toHaveText('Verified · unknown signer');
  await page.getByRole('button', { name: 'Trust this signer…' }).click();
  await page.locator('label', { hasText: MEDIA }).click();
  await page.getByLabel('Label for this signer').fill('Ada at Region 4');

  // Trusting before any file is compared, then with a file of another key under the same name: refused.
  await page.getByRole('button', { name: 'Trust this signer', exact: true }).click();
  await expect(page.getByText(/Choose the certificate file from the separate media/)).toBeVisible();
  const chooseMedia = async (pem: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose the certificate file from separate media…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'ada.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(pem) });
  };
  await chooseMedia(stranger.certificatePem);
  await expect(page.getByText(/The certificate file you chose is a different certificate/)).toBeVisible();
  await page.getByRole('button', { name: 'Trust this signer', exact: true }).click();
  await expect(importer.verdict()).toHaveText('Verified · unknown signer');
  expect(await accessibilityViolations(page)).toEqual([]);

  await chooseMedia(assessor.certificatePem);
  await expect(page.getByTestId('media-fingerprint')).toHaveText(groupedFingerprint(assessor.fingerprintHex));
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Trust this signer', exact: true }).click();
  await expect(importer.verdict()).toHaveText('Verified · trusted signer Ada at Region 4');
});

test('a certificate file chosen on the Trust page is trusted only when it came on separate media', async ({
  page,
}) => {
  const assessor = await makeAssessor();
  const trust = new TrustPage(page);
  await trust.open();
  await trust.chooseCertificateFile('grace.pem', assessor.certificatePem);
  await page.locator('label', { hasText: MEDIA }).click();
  await page.getByRole('button', { name: 'Trust this signer' }).click();
  await expect(page.getByText(/Confirm that this file came to you on separate media/)).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.locator('label', { hasText: 'The file I chose is the one the assessor handed me' }).click();
  await page.getByRole('button', { name: 'Trust this signer' }).click();
  await expect(trust.row('Grace Hopper, Region 9 CSA')).toBeVisible();
  await expect(trust.row('Grace Hopper, Region 9 CSA').getByTestId('fingerprint')).toHaveText(
    groupedFingerprint(assessor.fingerprintHex),
  );
});

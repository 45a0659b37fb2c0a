/**
 * The supplier side of the hand-off: a request bundle made in Node with the app's own domain code is opened
 * in a fresh profile, verified and added; the supplier answers by keyboard, attaches a file, reloads mid-way
 * (the draft is kept), signs and saves the response. The response file is then checked outside the app with
 * stock tools and with the app's verifier, including its binding to the request.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { buildSupplierBundle } from '../../renderer/src/domain/supplier/supplier-bundle';
import type { SupplierRequestDocument } from '../../renderer/src/domain/supplier/supplier-documents';
import { verifySupplierBundle } from '../../renderer/src/domain/supplier/verify-supplier-bundle';
import { sh } from './bundle-tools';
import { accessibilityViolations, expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';
import { makeAssessor } from './support/bundle-factory';

const SUPPLIER = {
  name: 'Sam Ortiz',
  organization: 'Northwind Cloud',
  email: 'sam@northwind.example',
  passphrase: 'northwind answers carefully',
};

function requestDocument(): SupplierRequestDocument {
  return {
    format: 'airr-supplier-request',
    formatVersion: 1,
    id: '4a7c1e9a-2b1d-4c6e-9f0a-1b2c3d4e5f60',
    createdAt: '2026-03-01T09:30:00.000Z',
    dueDate: '2026-03-31',
    assessmentId: '11111111-2222-4333-8444-555555555555',
    siteName: 'Riverside Water Treatment Plant',
    pack: { id: 'dhs-ai-rr-2024', version: '1.0.0' },
    requester: { name: 'Grace Hopper', organization: 'Region 9 CSA', contact: 'grace@example.org' },
    supplier: {
      id: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
      name: 'Northwind Cloud',
      contact: 'security@northwind.example',
    },
    role: 'CCP',
    systems: [{ id: 'sys-1', name: 'Chlorine dosing forecaster', model: 'Forecast', modelVersion: '2.1' }],
    items: [
      {
        id: 'item-1',
        practiceId: 'CCP-SE-1',
        question: 'How do you isolate tenants that run the dosing forecaster?',
        evidenceRequested: 'Architecture diagram.',
        systemIds: ['sys-1'],
      },
      {
        id: 'item-2',
        question: 'Who is notified, and how fast, when an incident affects our systems?',
        evidenceRequested: '',
        systemIds: [],
      },
    ],
    instructions: 'Answer each item and attach what you can share.',
    marking: { tlp: 'TLP:AMBER', text: '' },
  };
}

/** Presses Tab until `target` has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('The control could not be reached with the Tab key.');
}

async function saved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

test('a supplier opens a request, answers it by keyboard with an attachment, and saves a verifiable response', async ({
  page,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'airr-supplier-'));
  try {
    const requester = await makeAssessor();
    const built = await buildSupplierBundle({
      kind: 'supplier-request',
      request: requestDocument(),
      signerCertificatePem: requester.certificatePem,
      signingKey: requester.signingKey,
      appVersion: '0.1.0',
    });
    if (!built.ok) throw new Error(built.message);
    const request = built.value;

    // The supplier's own identity, by keyboard.
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.createByKeyboard(SUPPLIER);
    await expect(settings.unlockedHeading()).toBeVisible({ timeout: 30_000 });

    // Open the request: verified first, then a preview of who signed it and what it asks.
    await page.goto('#/supplier/inbox');
    await page.getByRole('heading', { level: 1, name: 'Requests you received' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const open = page.getByRole('button', { name: 'Open a request file…' });
    await tabTo(page, open);
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles({
      name: 'riverside-northwind-cloud-request-2026-03-01.airr-request',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(request.bytes),
    });
    await expect(page.getByRole('heading', { name: 'Verified request from Grace Hopper' })).toBeVisible();
    await expect(page.getByTestId('request-trust')).toContainText('is not in your trusted signers');
    await expect(page.getByText('How do you isolate tenants that run the dosing forecaster?')).toBeVisible();
    await expect(page.getByTestId('request-facts')).toContainText('March 31, 2026');
    expect(await accessibilityViolations(page)).toEqual([]);
    await tabTo(page, page.getByRole('button', { name: 'Add to my requests' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('request-added')).toBeVisible();
    await expect(page.getByRole('table')).toContainText('Not yet');
    await tabTo(page, page.getByRole('link', { name: 'Answer it now' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Answer the request for Riverside/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Answer by keyboard: contact, then item 1's status and narrative.
    await tabTo(page, page.getByLabel('Name (required)'));
    await page.keyboard.type(SUPPLIER.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(SUPPLIER.organization);
    await page.keyboard.press('Tab');
    await page.keyboard.type(SUPPLIER.email);
    const status1 = page.getByLabel('Status').first();
    await tabTo(page, status1);
    await status1.press('i'); // "Implemented", chosen by typing its first letter
    await expect(status1).toHaveValue('implemented');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Each tenant runs in its own VPC with separate keys.');
    // Attach a file to item 1 through the keyboard-reachable button.
    const attach = page.getByRole('button', { name: 'Attach a file…' }).first();
    await tabTo(page, attach);
    const fileChooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (
      await fileChooser
    ).setFiles({
      name: 'diagram.png',
      mimeType: 'image/png',
      buffer: Buffer.from('architecture diagram stand-in'),
    });
    await expect(page.getByTestId('item-0-attachments')).toContainText('diagram.png');
    await saved(page);

    // Reload mid-way: everything typed so far is still there.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Answer the request for Riverside/ }).waitFor();
    await expect(page.getByLabel('Name (required)')).toHaveValue(SUPPLIER.name);
    await expect(page.getByLabel('Email or phone')).toHaveValue(SUPPLIER.email);
    await expect(page.getByLabel('Status').first()).toHaveValue('implemented');
    await expect(page.getByLabel('Your answer').first()).toHaveValue(
      'Each tenant runs in its own VPC with separate keys.',
    );
    await expect(page.getByTestId('item-0-attachments')).toContainText('diagram.png');

    // Item 2, then sign (the reload locked the identity: unlock by keyboard) and save the response.
    const status2 = page.getByLabel('Status').nth(1);
    await tabTo(page, status2);
    await status2.press('p');
    await expect(status2).toHaveValue('partial');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Within 24 hours by email.');
    const passphrase = page.getByLabel('Passphrase', { exact: true });
    if (await passphrase.isVisible()) {
      await tabTo(page, passphrase);
      await page.keyboard.type(SUPPLIER.passphrase);
      await page.keyboard.press('Enter');
    }
    const sign = page.getByRole('button', { name: 'Sign and save the response' });
    await expect(sign).toBeVisible({ timeout: 30_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await tabTo(page, sign);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    await expect(page.getByTestId('response-saved')).toBeVisible();
    expect(file.suggestedFilename()).toMatch(/^northwind-cloud-response-\d{4}-\d{2}-\d{2}\.airr-response$/);
    const responsePath = join(work, 'response.airr-response');
    await file.saveAs(responsePath);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The list shows it answered.
    await page.goto('#/supplier/inbox');
    await expect(page.getByRole('table')).toContainText('Sent');

    // Outside the app, with stock tools only.
    expect(sh(`unzip -t "${responsePath}"`, work).status).toBe(0);
    sh(`mkdir out && cd out && unzip -q "${responsePath}"`, work);
    const dir = join(work, 'out');
    const sums = sh('sha256sum -c SHA256SUMS', dir);
    expect(sums.status, sums.output).toBe(0);
    const signature = sh(
      'openssl x509 -in signer.pem -pubkey -noout > pub.pem && openssl dgst -sha256 -verify pub.pem -signature SHA256SUMS.sig SHA256SUMS',
      dir,
    );
    expect(signature.output).toContain('Verified OK');
    const text = sh('pdftotext response.pdf -', dir).output.replace(/\s+/g, ' ');
    expect(text).toContain('Each tenant runs in its own VPC with separate keys.');
    expect(text).toContain('Sam Ortiz');

    // And with the app's verifier: bound to exactly this request, answered as typed, the file attached.
    const bytes = new Uint8Array(readFileSync(responsePath));
    writeFileSync(join(work, 'copy.airr-response'), bytes);
    const verdict = await verifySupplierBundle(bytes, 'supplier-response');
    if (!verdict.ok) throw new Error(verdict.message);
    const response = verdict.value.document;
    expect(response.request).toEqual({
      id: requestDocument().id,
      sumsSha256: request.sumsSha256,
      requesterFingerprint: requester.fingerprintHex,
    });
    expect(response.contact).toEqual({
      name: SUPPLIER.name,
      organization: SUPPLIER.organization,
      contact: SUPPLIER.email,
    });
    expect(response.answers).toEqual([
      {
        itemId: 'item-1',
        status: 'implemented',
        narrative: 'Each tenant runs in its own VPC with separate keys.',
      },
      { itemId: 'item-2', status: 'partial', narrative: 'Within 24 hours by email.' },
    ]);
    expect(response.attachments.map((a) => [a.itemId, a.name])).toEqual([['item-1', 'diagram.png']]);
    expect(await verdict.value.attachments[0]?.blob.text()).toBe('architecture diagram stand-in');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

/**
 * The requester's half of the supplier hand-off, end to end in Chromium: an operator's assessor composes a
 * request to an AI developer from the inventory, signs and saves it; the developer's signed response (built
 * with the app's own supplier-side bundle code and a separate identity, as the developer's device would) is
 * verified, bound to that request and accepted; its answers then show as supplier attestations beside the
 * assessor's own. A response to a request this device never sent, a tampered response and a response signed
 * by another key than the one pinned for the supplier are each refused with every table unchanged.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { test, expect, accessibilityViolations } from './fixtures';
import type { Page } from '@playwright/test';
import {
  SupplierRequestDocument,
  type SupplierResponseDocument,
} from '../../renderer/src/domain/supplier/supplier-documents';
import { buildSupplierBundle } from '../../renderer/src/domain/supplier/supplier-bundle';
import { dumpDatabase } from './support/db-dump';
import { makeAssessor, type Assessor } from './support/bundle-factory';
import { LibraryPage } from './pages/library-page';
import { SettingsPage } from './pages/settings-page';
import { WizardPage } from './pages/wizard-page';

const ASSESSOR = {
  name: 'Dana Field',
  organization: 'Springfield Water',
  email: 'dana@example.org',
  passphrase: 'supplier hand-off passphrase',
};
const CARD_TEXT = 'Model card v3: weights held in an HSM-backed vault.';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type SentRequest = { document: SupplierRequestDocument; sumsSha256: string; requesterFingerprint: string };

/** What the developer's app would send back: answers to the first item and to the assessor's own question. */
async function responseBundle(
  sent: SentRequest,
  developer: Assessor,
  patch: { id?: string; requestId?: string } = {},
): Promise<Uint8Array> {
  const card = new TextEncoder().encode(CARD_TEXT);
  const [first] = sent.document.items;
  const own = sent.document.items.find((item) => !item.practiceId);
  if (!first || !own) throw new Error('The request lacks the expected items.');
  const request = { ...sent.document, id: patch.requestId ?? sent.document.id };
  const response: SupplierResponseDocument = {
    format: 'airr-supplier-response',
    formatVersion: 1,
    id: patch.id ?? crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    request: { id: request.id, sumsSha256: sent.sumsSha256, requesterFingerprint: sent.requesterFingerprint },
    supplierId: sent.document.supplier.id,
    contact: { name: developer.name, organization: developer.organization, contact: 'bo@acme.example' },
    answers: [
      { itemId: first.id, status: 'implemented', narrative: 'Weights never leave the vault.' },
      { itemId: own.id, status: 'partial', narrative: 'Two engineers sign off; a third is planned.' },
    ],
    attachments: [
      {
        id: 'att-1',
        itemId: first.id,
        name: 'model-card.txt',
        type: 'text/plain',
        size: card.length,
        sha256: sha256(card),
      },
    ],
    marking: sent.document.marking,
  };
  const built = await buildSupplierBundle({
    kind: 'supplier-response',
    request,
    response,
    attachments: [{ sha256: sha256(card), ext: 'txt', bytes: card }],
    signerCertificatePem: developer.certificatePem,
    signingKey: developer.signingKey,
    appVersion: '0.1.0',
  });
  if (!built.ok) throw new Error(built.message);
  return built.value.bytes;
}

async function importResponse(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a supplier response' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

async function expectRefused(page: Page, name: string, bytes: Uint8Array, words: RegExp): Promise<void> {
  const before = await dumpDatabase(page);
  await importResponse(page, name, bytes);
  await expect(page.getByTestId('response-refused')).toContainText(words);
  await expect(page.getByTestId('response-refused')).toContainText('Nothing was stored.');
  expect(await dumpDatabase(page)).toEqual(before);
}

test('an assessor asks an AI developer, takes the signed answers in and shows them beside their own', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const settings = new SettingsPage(page);
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);

  await settings.open();
  await settings.createByKeyboard(ASSESSOR);
  await expect(settings.unlockedHeading()).toBeVisible({ timeout: 30_000 });
  await library.create({
    title: 'Springfield AI review',
    site: 'Springfield Plant',
    sector: 'Water and Wastewater Systems',
  });
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.check('AI Developers');
  await wizard.addSystem({
    name: 'Leak detector',
    supplier: 'Acme Models',
    purpose: 'Finds leaks',
    criticality: 'High',
  });
  await wizard.waitSaved();

  // Compose: the inventory's supplier, its system preselected, the AI developer practices proposed.
  await page.getByRole('link', { name: 'Ask a supplier' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ask a supplier' }).waitFor();
  await expect(page.getByLabel('Supplier to ask')).toHaveValue('Acme Models');
  await expect(page.getByRole('radio', { name: 'AI developer (AID)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Leak detector — Acme Models' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Questions (13)' })).toBeVisible();
  const first = page.getByRole('group', { name: 'Question 1 (AID-SE-1)' });
  await expect(first.getByLabel('Question')).toHaveValue(/^Control access to models/);
  await first.getByLabel('Question').fill('Where are the leak detector weights kept, and who can read them?');
  await page.getByRole('button', { name: 'Remove question 2' }).click();
  await expect(page.getByRole('heading', { name: 'Questions (12)' })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Question 2 (AID-DD-1)' }).getByLabel('Question'),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Add your own question' }).click();
  const own = page.getByRole('group', { name: 'Question 13 (your own)' });
  await expect(own.getByLabel('Question')).toBeFocused();
  await page.keyboard.type('Who signs off a model update before it reaches the plant?');
  await own.getByLabel('Evidence requested').fill('The last two sign-off records.');
  await page.getByLabel('Due date', { exact: true }).fill('2099-12-31');
  await page.getByLabel('Instructions for the supplier').fill('Answer what you can share under TLP:AMBER.');
  expect(await accessibilityViolations(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sign and save the request' }).click();
  const requestFile = await download;
  expect(requestFile.suggestedFilename()).toMatch(
    /^springfield-plant-acme-models-request-\d{4}-\d{2}-\d{2}\.airr-request$/,
  );
  await expect(page.getByTestId('request-saved')).toBeVisible();
  const requestPath = await requestFile.path();
  const requestFiles = unzipSync(new Uint8Array(readFileSync(requestPath)));
  const document = SupplierRequestDocument.parse(
    JSON.parse(new TextDecoder().decode(requestFiles['request.json'])),
  );
  expect(document.items).toHaveLength(13);
  expect(document.items[0]?.question).toBe(
    'Where are the leak detector weights kept, and who can read them?',
  );
  expect(document.items.some((item) => item.practiceId === 'AID-SE-2')).toBe(false);
  expect(document.systems.map((system) => system.name)).toEqual(['Leak detector']);
  const fingerprint = (await page.getByTestId('request-signer-fingerprint').innerText())
    .replace(/\s/g, '')
    .toLowerCase();
  const sent: SentRequest = {
    document,
    sumsSha256: sha256(requestFiles.SHA256SUMS ?? new Uint8Array()),
    requesterFingerprint: fingerprint,
  };

  // The overview lists it as sent.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Suppliers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Suppliers' }).waitFor();
  const row = page.getByTestId('sent-requests').getByRole('row', { name: /Acme Models/ });
  await expect(row.getByTestId('request-state')).toHaveText('Sent');
  await expect(page.getByRole('link', { name: 'Answer a request you received' })).toHaveAttribute(
    'href',
    '#/supplier/inbox',
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  const developer = await makeAssessor('Bo Builder', 'Acme Models');
  const impostor = await makeAssessor('Bo Builder', 'Acme Models');
  const genuine = await responseBundle(sent, developer);

  // Refusals first, each with the database unchanged.
  await expectRefused(
    page,
    'stranger.airr-response',
    await responseBundle(sent, developer, { requestId: crypto.randomUUID() }),
    /a request this device did not send/,
  );
  const files = unzipSync(genuine);
  const json = new TextDecoder().decode(files['response.json']);
  files['response.json'] = new TextEncoder().encode(json.replace('never leave', 'often leave'));
  await expectRefused(page, 'tampered.airr-response', zipSync(files, { level: 0 }), /./);

  // The genuine response: previewed, then accepted in one step.
  await importResponse(page, 'acme-models-response.airr-response', genuine);
  const preview = page.getByTestId('response-preview');
  await expect(preview).toContainText('Verified response from Acme Models');
  await expect(preview).toContainText('trust: unknown');
  await expect(preview.getByTestId('response-pin')).toContainText(
    'First response from Acme Models: accepting pins this key',
  );
  await expect(preview.getByTestId('response-counts')).toHaveText('2 of 13 questions answered, 1 attachment');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Accept the answers' }).click();
  await expect(page.getByTestId('response-accepted')).toContainText('2 answers from Acme Models now show');
  await expect(row.getByTestId('request-state')).toContainText('Answered');

  // Another key for the same supplier is refused, naming whose key was expected; the same response again is a no-op.
  await expectRefused(
    page,
    'impostor.airr-response',
    await responseBundle(sent, impostor),
    /Acme Models's responses are signed by Bo Builder .* pinned at the first accepted response/,
  );
  const before = await dumpDatabase(page);
  await importResponse(page, 'acme-models-response.airr-response', genuine);
  await expect(page.getByTestId('response-already')).toBeVisible();
  await page.getByRole('button', { name: 'Accept the answers' }).click();
  await expect(page.getByTestId('response-accepted')).toContainText('already accepted: nothing changed');
  expect(await dumpDatabase(page)).toEqual(before);

  // Shown beside the assessor's own answer, on the practice and on the system; the assessor decides.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Assessments' }).click();
  await library.assessmentLink('Springfield AI review').click();
  await wizard.goToStep('Secure Environments');
  const card = wizard.practice('AID-SE-1');
  const attestation = card.getByTestId('supplier-attestation');
  await expect(attestation).toContainText('Supplier attestation');
  await expect(attestation).toContainText('Acme Models (AI developer) — the supplier’s answer, not yours');
  await expect(attestation.getByTestId('attestation-status')).toHaveText('Implemented');
  await expect(attestation).toContainText('Weights never leave the vault.');
  await expect(attestation).toContainText('model-card.txt');
  await expect(attestation).toContainText('unknown signer (pinned at this response)');
  await expect(
    card
      .getByRole('group', { name: 'Status of AID-SE-1' })
      .getByRole('radio', { name: 'Implemented', exact: true }),
  ).not.toBeChecked();
  await attestation
    .getByRole('button', { name: 'Use the supplier’s status (Implemented) as my answer for AID-SE-1' })
    .click();
  await expect(
    card
      .getByRole('group', { name: 'Status of AID-SE-1' })
      .getByRole('radio', { name: 'Implemented', exact: true }),
  ).toBeChecked();
  await wizard.waitSaved();
  expect(await accessibilityViolations(page)).toEqual([]);
  await wizard.goToStep('Scope and AI systems');
  const system = page.getByRole('group', { name: 'AI system 1: Leak detector' });
  await expect(system.getByTestId('supplier-attestation')).toHaveCount(2);
  await expect(system).toContainText('Two engineers sign off; a third is planned.');
  expect(await accessibilityViolations(page)).toEqual([]);

  const url = page.url();
  await page.goto(url.replace(/#\/assessments\/([0-9a-f-]{36})\/.*$/, '#/review/$1'));
  await expect(page.getByTestId('review-mode')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Secure Environments' }).getByTestId('supplier-attestation'),
  ).toHaveCount(1);
  const others = page.getByRole('region', { name: 'Supplier attestations' });
  await expect(others.getByTestId('supplier-attestation')).toContainText('Who signs off a model update');
  expect(await accessibilityViolations(page)).toEqual([]);
});

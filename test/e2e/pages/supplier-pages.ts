import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

/** `#/assessments/<id>/supplier-request`: the requester composes, signs and saves a request. */
export class SupplierRequestPage {
  constructor(readonly page: Page) {}

  async waitOpen(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Ask a supplier' }).waitFor();
  }

  questionCount(count: number): Locator {
    return this.page.getByRole('heading', { name: `Questions (${count})` });
  }

  question(label: string): Locator {
    return this.page.getByRole('group', { name: label });
  }

  /** Removes question `position` (1-based) and waits for the list to shrink by one. */
  async removeQuestion(position: number, countBefore: number): Promise<void> {
    await this.page.getByRole('button', { name: `Remove question ${position}`, exact: true }).click();
    await expect(this.questionCount(countBefore - 1)).toBeVisible();
  }

  async addOwnQuestion(position: number, question: string, evidence: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add your own question' }).click();
    const own = this.question(`Question ${position} (your own)`);
    await expect(own.getByLabel('Question')).toBeFocused();
    await this.page.keyboard.type(question);
    await own.getByLabel('Evidence requested').fill(evidence);
  }

  async signAndSave(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Sign and save the request' }).click();
    const file = await download;
    await expect(this.page.getByTestId('request-saved')).toBeVisible();
    return file;
  }
}

/** `#/supplier/inbox` and the answer page: the supplier's side, driven by keyboard. */
export class SupplierInboxPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('#/supplier/inbox');
    await this.page.getByRole('heading', { level: 1, name: 'Requests you received' }).waitFor();
  }

  /**
   * Opens a request file. The button is reached by Tab; the file dialog is the OS's, so Playwright opens it
   * with a click (Enter on it does not always raise the filechooser event headless).
   */
  async openRequest(path: string): Promise<void> {
    const button = this.page.getByRole('button', { name: 'Open a request file…' });
    await tabTo(this.page, button);
    const chooser = this.page.waitForEvent('filechooser');
    await button.click();
    await (await chooser).setFiles(path);
  }

  async addAndAnswer(): Promise<void> {
    await tabTo(this.page, this.page.getByRole('button', { name: 'Add to my requests' }));
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('request-added')).toBeVisible();
    await tabTo(this.page, this.page.getByRole('link', { name: 'Answer it now' }));
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('heading', { level: 1, name: /^Answer the request for / }).waitFor();
  }

  async typeContact(contact: { name: string; organization: string; email: string }): Promise<void> {
    await tabTo(this.page, this.page.getByLabel('Name (required)'));
    await this.page.keyboard.type(contact.name);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(contact.organization);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(contact.email);
  }

  /** Item `index` (0-based): the status chosen by typing its first letter, then the narrative. */
  async answerItem(index: number, letter: string, status: string, narrative: string): Promise<void> {
    const select = this.page.locator(`#item-${index}-status`);
    await tabTo(this.page, select);
    await select.press(letter);
    await expect(select).toHaveValue(status);
    await this.page.keyboard.press('Tab');
    await expect(this.page.getByLabel('Your answer').nth(index)).toBeFocused();
    await this.page.keyboard.type(narrative);
  }

  async attach(index: number, path: string, name: string): Promise<void> {
    const attach = this.page.getByRole('button', { name: 'Attach a file…' }).nth(index);
    await tabTo(this.page, attach);
    const chooser = this.page.waitForEvent('filechooser');
    await attach.click();
    await (await chooser).setFiles(path);
    await expect(this.page.getByTestId(`item-${index}-attachments`)).toContainText(name);
  }

  async signAndSave(): Promise<Download> {
    const sign = this.page.getByRole('button', { name: 'Sign and save the response' });
    await tabTo(this.page, sign);
    const download = this.page.waitForEvent('download');
    await this.page.keyboard.press('Enter');
    const file = await download;
    await expect(this.page.getByTestId('response-saved')).toBeVisible();
    return file;
  }
}

/** `#/suppliers`: the requester's overview of sent requests and the response import. */
export class SuppliersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Suppliers' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Suppliers' }).waitFor();
  }

  requestRow(supplier: string): Locator {
    return this.page.getByTestId('sent-requests').getByRole('row', { name: new RegExp(supplier) });
  }

  async importResponse(path: string): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import a supplier response' }).click();
    await (await chooser).setFiles(path);
    const preview = this.page.getByTestId('response-preview');
    await expect(preview).toBeVisible();
    return preview;
  }
}

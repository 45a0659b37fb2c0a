import { expect, type Download, type Page } from '@playwright/test';

/** The Sign and export step of the wizard. */
export class ExportPage {
  constructor(readonly page: Page) {}

  /** USWDS draws its own radio; the label is what a pointer user clicks. */
  async chooseSealing(option: string): Promise<void> {
    await this.page.locator('label', { hasText: option }).click();
    await expect(this.page.getByRole('radio', { name: option })).toBeChecked();
  }

  async chooseRecipient(label: string): Promise<void> {
    await this.chooseSealing('Seal to a named age recipient');
    await this.page.getByLabel('Recipient', { exact: true }).selectOption({ label });
  }

  /** Starts the export and returns the file the browser downloaded, once the confirmation shows. */
  async exportBundle(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export signed bundle' }).click();
    const file = await download;
    await expect(this.page.getByRole('heading', { name: 'Bundle exported' })).toBeVisible();
    return file;
  }

  async saveReportOnly(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Save the signed PDF report only' }).click();
    const file = await download;
    await expect(this.page.getByRole('heading', { name: 'Report saved' })).toBeVisible();
    return file;
  }
}

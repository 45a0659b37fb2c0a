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

  /** The (small) files in the origin's private file system whose names start with `prefix`, and their SHA-256. */
  async privateFiles(prefix: string): Promise<{ name: string; sha256: string }[]> {
    return this.page.evaluate(async (start) => {
      type Listed = { entries(): AsyncIterable<[string, FileSystemHandle]> };
      const root = await navigator.storage.getDirectory();
      const files: { name: string; sha256: string }[] = [];
      for await (const [name, handle] of (root as unknown as Listed).entries()) {
        if (!name.startsWith(start) || !(handle instanceof FileSystemFileHandle)) continue;
        const digest = await crypto.subtle.digest('SHA-256', await (await handle.getFile()).arrayBuffer());
        const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0'));
        files.push({ name, sha256: hex.join('') });
      }
      return files.sort((a, b) => a.name.localeCompare(b.name));
    }, prefix);
  }

  async saveReportOnly(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Save the signed PDF report only' }).click();
    const file = await download;
    await expect(this.page.getByRole('heading', { name: 'Report saved' })).toBeVisible();
    return file;
  }
}

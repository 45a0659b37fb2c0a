import type { Page } from '@playwright/test';

/** The Import screen: choosing a file, opening a sealed one, the verdict and the decision. */
export class ImportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('#/import');
    await this.page.getByRole('heading', { level: 1, name: 'Import a bundle' }).waitFor();
  }

  /** Chooses a file through the app's own file picker. */
  async choose(name: string, bytes: Uint8Array): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Choose a bundle file…' }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  }

  /** Chooses a file on disk (for bundles too large to pass as a buffer). */
  async chooseFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Choose a bundle file…' }).click();
    await (await chooser).setFiles(path);
  }

  verdict() {
    return this.page.getByTestId('verdict').getByRole('heading', { level: 2 });
  }

  plan() {
    return this.page.getByTestId('import-plan');
  }

  result() {
    return this.page.getByTestId('import-result');
  }

  async unlockWithIdentity(identity: string): Promise<void> {
    await this.page.getByLabel('Age private key').fill(identity);
    await this.page.getByRole('button', { name: 'Open and verify' }).click();
  }

  async accept(): Promise<void> {
    await this.page.getByRole('button', { name: 'Accept and store' }).click();
    await this.result().waitFor();
  }

  /** Trusts the bundle's signer after typing the whole fingerprint as the assessor gave it. */
  async trustSigner(fingerprint: string, label: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Trust this signer…' }).click();
    await this.page.getByLabel('Whole fingerprint as the assessor gave it to you').fill(fingerprint);
    await this.page.getByLabel('Label for this signer').fill(label);
    await this.page.getByRole('button', { name: 'Trust this signer', exact: true }).click();
  }

  async importAnother(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import another bundle' }).click();
  }
}

import type { Page } from '@playwright/test';

/** The Trust screen: the list of trusted signers and the add-from-certificate flow. */
export class TrustPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('#/trust');
    await this.page.getByRole('heading', { level: 1, name: 'Trusted signers' }).waitFor();
  }

  async readPastedCertificate(pem: string): Promise<void> {
    await this.page.getByLabel('Or paste the certificate (PEM)').fill(pem);
    await this.page.getByRole('button', { name: 'Read the certificate' }).click();
    await this.page.getByRole('heading', { level: 2, name: 'Confirm the signer' }).waitFor();
  }

  async confirm(lastEight: string, label: string): Promise<void> {
    await this.page.getByLabel('Last 8 characters of the fingerprint').fill(lastEight);
    await this.page.getByLabel('Label for this signer').fill(label);
    await this.page.getByRole('button', { name: 'Trust this signer' }).click();
  }

  row(label: string) {
    return this.page.getByRole('row', { name: new RegExp(label) });
  }

  async distrust(label: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${label}` }).click();
    await this.page.getByRole('button', { name: `Distrust ${label}` }).click();
  }
}

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

  /** Chooses a certificate file through the app's own file picker and waits for the confirmation step. */
  async chooseCertificateFile(name: string, contents: string | Uint8Array): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Choose a certificate file…' }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/x-pem-file', buffer: Buffer.from(contents) });
    await this.page.getByRole('heading', { level: 2, name: 'Confirm the signer' }).waitFor();
  }

  /** Confirms with the whole fingerprint as the assessor gave it (any grouping and case). */
  async confirm(fingerprint: string, label: string): Promise<void> {
    await this.page.getByLabel('Whole fingerprint as the assessor gave it to you').fill(fingerprint);
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

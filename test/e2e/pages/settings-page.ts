import { expect, type Locator, type Page } from '@playwright/test';

export type IdentityValues = { name: string; organization: string; email: string; passphrase: string };

/** Settings: the assessor identity and the sealing recipients, through roles and labels only. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('#/settings');
    await this.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  }

  fingerprint(): Locator {
    return this.page.getByTestId('identity-fingerprint');
  }

  unlockedHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Unlocked for this session' });
  }

  /** Presses Tab until `target` has focus, as a keyboard user would reach it. */
  async tabTo(target: Locator, limit = 60): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error('The field could not be reached with the Tab key.');
  }

  /** Fills the create-identity form with the keyboard alone and submits it with Enter. */
  async createByKeyboard(values: IdentityValues, confirm = values.passphrase): Promise<void> {
    await this.tabTo(this.page.getByLabel('Your name'));
    await this.page.keyboard.type(values.name);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(values.organization);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(values.email);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(values.passphrase);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(confirm);
    await this.page.keyboard.press('Enter');
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock' }).click();
    await expect(this.page.getByRole('heading', { name: 'Locked' })).toBeVisible();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  async addRecipient(label: string, recipient: string): Promise<void> {
    await this.page.getByLabel('Recipient name').fill(label);
    await this.page.getByLabel('age recipient').fill(recipient);
    await this.page.getByRole('button', { name: 'Add recipient' }).click();
  }
}

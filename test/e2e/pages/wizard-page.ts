import { expect, type Locator, type Page } from '@playwright/test';

export type StatusLabel =
  'Implemented' | 'Partially implemented' | 'Not implemented' | 'Not applicable' | 'Not yet assessed';

/** The assessment wizard, driven through roles and labels only. */
export class WizardPage {
  constructor(readonly page: Page) {}

  steps(): Locator {
    return this.page.getByRole('navigation', { name: 'Assessment steps' });
  }

  async goToStep(label: string | RegExp): Promise<void> {
    await this.steps().getByRole('link', { name: label }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(label);
  }

  /** Waits until every pending save has committed and the indicator says so. */
  async waitSaved(): Promise<void> {
    await expect(this.page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  }

  async fill(label: string | RegExp, value: string): Promise<void> {
    const field = this.page.getByLabel(label, { exact: typeof label === 'string' });
    await field.fill(value);
    await field.blur();
  }

  async select(label: string | RegExp, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: typeof label === 'string' }).selectOption({ label: option });
  }

  async check(label: string): Promise<void> {
    await this.page.locator('label', { hasText: label }).first().click();
  }

  practice(id: string): Locator {
    return this.page
      .getByRole('article')
      .filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${id} `) }) });
  }

  async setStatus(practiceId: string, status: StatusLabel): Promise<void> {
    const group = this.page.getByRole('group', { name: `Status of ${practiceId}` });
    await group.locator('label').getByText(status, { exact: true }).click();
    await expect(group.getByRole('radio', { name: status, exact: true })).toBeChecked();
  }

  async addSystem(values: {
    name: string;
    supplier: string;
    purpose: string;
    criticality: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add an AI system' }).click();
    const card = this.page.getByRole('group', { name: /^AI system \d+/ }).last();
    await expect(card.getByLabel('Name', { exact: true })).toBeFocused();
    await card.getByLabel('Name', { exact: true }).fill(values.name);
    await card.getByLabel('Supplier', { exact: true }).fill(values.supplier);
    await card.getByLabel('Purpose').fill(values.purpose);
    await card.getByLabel('Criticality').selectOption({ label: values.criticality });
    await card.getByLabel('Supplier', { exact: true }).focus();
  }
}

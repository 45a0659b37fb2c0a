import type { Page } from '@playwright/test';

/** The assessments list and the new-assessment form, located the way a screen-reader user finds them. */
export class LibraryPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('#/assessments');
    await this.page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
  }

  assessmentLink(title: string) {
    return this.page.getByRole('link', { name: title, exact: true });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'New assessment' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'New assessment' }).waitFor();
  }

  async create(values: { title: string; site: string; sector: string }): Promise<void> {
    await this.open();
    await this.startNew();
    await this.page.getByLabel('Assessment title').fill(values.title);
    await this.page.getByLabel('Site or facility name').fill(values.site);
    await this.page.getByLabel('Critical infrastructure sector').selectOption({ label: values.sector });
    await this.page.getByRole('button', { name: 'Create assessment' }).click();
    await this.page.waitForURL(/#\/assessments\/[0-9a-f-]{36}\//);
  }
}

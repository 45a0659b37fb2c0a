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

  /** `pack` is the chosen framework pack as "id@version" (the built-in pack when absent). */
  async create(values: { title: string; site: string; sector: string; pack?: string }): Promise<void> {
    await this.open();
    await this.startNew();
    // The pack first: its own sector list replaces the sector choice.
    if (values.pack) await this.page.getByLabel('Framework pack').selectOption(values.pack);
    await this.page.getByLabel('Assessment title').fill(values.title);
    await this.page.getByLabel('Site or facility name').fill(values.site);
    await this.page.getByLabel('Critical infrastructure sector').selectOption({ label: values.sector });
    await this.page.getByRole('button', { name: 'Create assessment' }).click();
    await this.page.waitForURL(/#\/assessments\/[0-9a-f-]{36}\//);
  }
}

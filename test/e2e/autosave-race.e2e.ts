import { test, expect } from './fixtures';
import { dumpDatabase } from './support/db-dump';
import { LibraryPage } from './pages/library-page';
import { WizardPage, type StatusLabel } from './pages/wizard-page';

/**
 * The lost status choice: a status radio chosen and notes typed right after it, on several practices in
 * quick succession, with other saves re-rendering the cards in between, must all be there after a reload.
 * Nothing waits for "Saved" between the actions, as a quick user would not; only the reload waits until
 * the database holds what the screen shows.
 */
const PRACTICES = ['AID-SE-1', 'AID-SE-2', 'CIO-SE-1'];
const STATUSES: StatusLabel[] = ['Implemented', 'Partially implemented', 'Not implemented'];

test('status choices raced with typing and re-renders are all kept', async ({ page }) => {
  const library = new LibraryPage(page);
  const wizard = new WizardPage(page);
  await library.create({ title: 'Race', site: 'Plant R', sector: 'Energy' });
  await wizard.goToStep('Scope and AI systems');
  await wizard.check('Critical Infrastructure Owners and Operators');
  await wizard.check('AI Developers');
  await wizard.waitSaved();
  for (let round = 0; round < 3; round += 1) {
    await wizard.goToStep('Secure Environments');
    for (const [index, id] of PRACTICES.entries()) {
      const status = STATUSES[(index + round) % STATUSES.length]!;
      const group = page.getByRole('group', { name: `Status of ${id}` });
      await group.locator('label').getByText(status, { exact: true }).click();
      await page.getByLabel(`Notes on ${id}`).pressSequentially(` r${round}`, { delay: 5 });
      // Another practice's notes save in between, re-rendering every card.
      const other = PRACTICES[(index + 1) % PRACTICES.length]!;
      await page.getByLabel(`Notes on ${other}`).pressSequentially('.', { delay: 5 });
    }
    // What the screen shows must reach the database promptly (the product promises durability within
    // 100 ms of a keystroke, not within the few milliseconds this loop leaves before the reload), so wait
    // for the stored notes to equal what is on screen, then reload.
    const shown = Object.fromEntries(
      await Promise.all(
        PRACTICES.map(async (id) => [id, await page.getByLabel(`Notes on ${id}`).inputValue()] as const),
      ),
    );
    await expect
      .poll(async () => {
        const [row] = (await dumpDatabase(page)).contents as Array<{
          content: { answers: Record<string, { notes: string }> };
        }>;
        return Object.fromEntries(PRACTICES.map((id) => [id, row?.content.answers[id]?.notes]));
      })
      .toEqual(shown);
    await page.reload();
    for (const [index, id] of PRACTICES.entries()) {
      const status = STATUSES[(index + round) % STATUSES.length]!;
      const group = page.getByRole('group', { name: `Status of ${id}` });
      await expect(
        group.getByRole('radio', { name: status, exact: true }),
        `${id}, round ${round}`,
      ).toBeChecked();
      // Where focus puts the caret varies; what matters is that every typed piece is there.
      await expect(page.getByLabel(`Notes on ${id}`)).toHaveValue(new RegExp(` r${round}`));
    }
  }
});

import { test, expect, accessibilityViolations } from './fixtures';
import { BUILT_IN_PACK } from '../../renderer/src/domain/framework/builtin-pack';

test('the Framework page explains the pack, its source and how far each practice was checked', async ({
  page,
}) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Framework' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Framework' })).toBeVisible();
  await expect(page.getByTestId('pack-ref')).toHaveText(
    `${BUILT_IN_PACK.id}, version ${BUILT_IN_PACK.version}`,
  );
  const verified = BUILT_IN_PACK.practices.filter((practice) => practice.verification === 'verified');
  await expect(page.getByTestId('verification-counts')).toContainText(
    `${verified.length} of ${BUILT_IN_PACK.practices.length} practices`,
  );
  await expect(
    page.getByRole('heading', { name: `Practices (${BUILT_IN_PACK.practices.length})` }),
  ).toBeVisible();
  const first = BUILT_IN_PACK.practices[0]!;
  await expect(page.getByTestId(`pack-practice-${first.id}`)).toContainText(`page ${first.source.page}`);
  expect(await accessibilityViolations(page)).toEqual([]);
});

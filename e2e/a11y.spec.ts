import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { openApp } from './helpers';

async function violations(page: import('@playwright/test').Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the editor has no WCAG A/AA violations, empty and with a component selected, in both languages', async ({
  page,
}) => {
  await openApp(page);
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Add Client' }).click();
  await page.getByRole('button', { name: 'Add Service' }).click();
  await expect(page.getByTestId('inspector-node')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByLabel('Language').selectOption('uk');
  expect(await violations(page)).toEqual([]);
});

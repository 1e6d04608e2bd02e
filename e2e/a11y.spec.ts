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

test('a running diagram has no WCAG A/AA violations: badges, legend, metrics, message trace, fault menu', async ({
  page,
}) => {
  await page.goto('/#t=starter-queue');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('region', { name: 'All components' })).toBeVisible();
  await page.getByRole('button', { name: 'Follow a message' }).click();
  await expect(page.getByRole('region', { name: 'Follow a message' })).toBeVisible();
  await page.locator('.react-flow__node').nth(1).click();
  await expect(page.getByRole('region', { name: 'Live metrics' })).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await violations(page)).toEqual([]);
  await page.locator('.react-flow__node').nth(1).click({ button: 'right' });
  await expect(page.getByTestId('context-menu')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

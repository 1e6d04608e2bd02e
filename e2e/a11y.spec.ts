import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { node, openApp } from './helpers';

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

/** The middle of the wire between two components, where a person right-clicks it. */
async function wireMiddle(page: import('@playwright/test').Page, from: string, to: string) {
  const a = await node(page, from).locator('.react-flow__handle.source').boundingBox();
  const b = await node(page, to).locator('.react-flow__handle.target').boundingBox();
  if (!a || !b) throw new Error(`no wire ${from} → ${to}`);
  return { x: (a.x + a.width / 2 + b.x + b.width / 2) / 2, y: (a.y + a.height / 2 + b.y + b.height / 2) / 2 };
}

async function seriousViolations(page: import('@playwright/test').Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const { theme, system, pick } of [
  { theme: 'dark', system: 'dark', pick: null },
  { theme: 'dark', system: 'light', pick: 'Dark' },
  { theme: 'light', system: 'dark', pick: 'Light' },
] as const) {
  test(`${theme} theme (${pick ? `picked over a ${system} system` : 'as the system prefers'}): no serious or critical violation in the editor, a running diagram with faults, the share dialog and a tutorial step`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: system });
    await openApp(page);
    if (pick) await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: pick });
    await expect(page.locator('body')).toHaveCSS(
      'background-color',
      theme === 'dark' ? 'rgb(15, 23, 42)' : 'rgb(248, 250, 252)',
    );
    expect(await seriousViolations(page), 'empty editor').toEqual([]);

    await page.goto('/#t=starter-queue');
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('region', { name: 'All components' })).toBeVisible();
    await page.getByRole('button', { name: 'Follow a message' }).click();
    await expect(page.getByRole('region', { name: 'Follow a message' })).toBeVisible();
    // Faults: one component stopped, one wire cut; their marks on the canvas must read too.
    await node(page, 'Invoicing').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Stop', exact: true }).click();
    await expect(node(page, 'Invoicing')).toContainText('Stopped');
    const wire = await wireMiddle(page, 'Checkout', 'Orders');
    await page.mouse.click(wire.x, wire.y, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Cut this wire' }).click();
    await expect(page.locator('.wire-cut')).toHaveCount(1);
    await node(page, 'Orders').click();
    await expect(page.getByRole('region', { name: 'Live metrics' })).toBeVisible();
    // Its charts (recharts) appear after two seconds of samples.
    await expect(page.getByRole('button', { name: 'Download PNG' })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.screenshot({ path: testInfo.outputPath(`${theme}-running.png`) });
    expect(await seriousViolations(page), 'running diagram').toEqual([]);
    await node(page, 'Order events').click({ button: 'right' });
    await expect(page.getByTestId('context-menu')).toBeVisible();
    expect(await seriousViolations(page), 'fault menu').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Share this diagram' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${theme}-share.png`) });
    expect(await seriousViolations(page), 'share dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('button', { name: 'Learn', exact: true }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Start: / })
      .first()
      .click();
    const card = page.getByTestId('tutorial-card');
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Show me' }).click();
    await expect(card.getByText('Done!')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${theme}-tutorial.png`) });
    expect(await seriousViolations(page), 'tutorial step').toEqual([]);
  });
}

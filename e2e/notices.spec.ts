import type { Locator } from '@playwright/test';
import { expect, type Page, test } from './fixtures';
import { connect } from './helpers';

type Box = { x: number; y: number; width: number; height: number };

async function boxes(locator: Locator): Promise<Box[]> {
  const found: Box[] = [];
  for (const one of await locator.all()) {
    const box = await one.boundingBox();
    if (box) found.push(box);
  }
  return found;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * What the notices on screen cover: the run legend, the trace button, or components by name. Null while no notice
 * shows, so a check cannot pass because the notices are gone.
 */
async function covered(page: Page): Promise<string[] | null> {
  const notices = await boxes(page.locator('.notice'));
  if (notices.length === 0) return null;
  const hits = new Set<string>();
  for (const legend of await boxes(page.locator('.legend')))
    if (notices.some((n) => overlap(n, legend))) hits.add('the legend');
  for (const button of await boxes(page.getByRole('button', { name: 'Follow a message' })))
    if (notices.some((n) => overlap(n, button))) hits.add('Follow a message');
  for (const one of await page.locator('.react-flow__node').all()) {
    const box = await one.boundingBox();
    if (box && notices.some((n) => overlap(n, box)))
      hits.add((await one.locator('.component-node__label').textContent()) ?? '?');
  }
  return [...hits];
}

/** The simulated time, exactly: the timeline's position in virtual milliseconds. */
const virtualMs = async (page: Page) => Number(await page.getByTestId('timeline-range').inputValue());

test('notices cover neither the run legend nor a component: a shared moment, a refused wire', async ({
  page,
  newGuardedContext,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.goto('/#t=starter-queue');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await page.getByLabel('Speed').selectOption('5');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect.poll(() => virtualMs(page), { timeout: 30_000 }).toBeGreaterThan(3000);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByTestId('share-with-run').check();
  const link = page.getByTestId('share-link');
  await expect(link).toHaveValue(/#d=2\./);
  const url = await link.inputValue();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  // Someone opens the moment: two notices, the legend and four components on screen.
  const theirs = await (await newGuardedContext()).newPage();
  await theirs.goto(url);
  await expect(theirs.locator('.react-flow__node')).toHaveCount(4);
  await expect(theirs.locator('.legend')).toBeVisible();
  await expect(theirs.getByRole('status').filter({ hasText: 'The run is paused at' })).toBeVisible();
  await expect.poll(() => covered(theirs)).toEqual([]);
  await theirs.screenshot({ path: testInfo.outputPath('moment-notices.png') });

  // A refused wire (a service cannot call a client): the notice is about both, and covers neither.
  await connect(page, 'Invoicing', 'Checkout');
  await expect(page.getByRole('status').filter({ hasText: 'Cannot connect' })).toBeVisible();
  await expect.poll(() => covered(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('refused-notice.png') });
});

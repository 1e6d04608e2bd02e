import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { node, setField } from './helpers';

const clock = (page: Page) => page.getByTestId('run-clock');
const seconds = async (page: Page) =>
  Number.parseFloat(((await clock(page).textContent()) ?? '').replace(/[^\d.]/g, ''));

/** Runs until the virtual clock passes `s` seconds. */
async function runUntil(page: Page, s: number) {
  await expect.poll(() => seconds(page), { timeout: 30_000 }).toBeGreaterThan(s);
}

async function openExample(page: Page, id: string, nodes: number) {
  await page.goto(`/#t=${id}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);
}

test('run, stop a service, seek back before the stop, share that moment and see it in a fresh browser', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await openExample(page, 'starter-queue', 4);
  await page.getByLabel('Speed').selectOption('5');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await runUntil(page, 4);
  await node(page, 'Invoicing').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Stop', exact: true }).click();
  await runUntil(page, 10);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(node(page, 'Invoicing')).toContainText('Stopped');

  // The stop is a mark on the timeline; clicking the track a little before it goes back there.
  const timeline = page.getByTestId('timeline');
  const mark = timeline.getByRole('button', { name: /Stop: Invoicing/ });
  await expect(mark).toBeVisible();
  const markBox = (await mark.boundingBox())!;
  const range = page.getByTestId('timeline-range');
  const rangeBox = (await range.boundingBox())!;
  const stoppedAt = Number.parseFloat((await mark.getAttribute('aria-label'))!);
  await page.mouse.click(rangeBox.x + (markBox.x - rangeBox.x) / 2, rangeBox.y + rangeBox.height / 2);
  await expect.poll(() => seconds(page)).toBeLessThan(stoppedAt);
  await expect(node(page, 'Invoicing')).not.toContainText('Stopped');
  const moment = (await clock(page).textContent())!;
  const figures = (await page.getByTestId('run-overview').textContent())!;
  expect(figures).toContain('Invoicing');

  // Share the moment.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByTestId('share-with-run').check();
  const link = page.getByTestId('share-link');
  await expect(link).toHaveValue(/#d=2\./);
  const url = await link.inputValue();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.locator('.react-flow__node')).toHaveCount(4);
  await expect(clock(other)).toHaveText(moment);
  await expect(other.getByTestId('timeline')).toBeVisible();
  await expect(node(other, 'Invoicing')).not.toContainText('Stopped');
  await expect(other.getByTestId('run-overview')).toHaveText(figures);
  // Playing on follows the shared run: the stop happens again at its time.
  await other.getByTestId('timeline').getByRole('button', { name: 'Go to the latest moment' }).click();
  await expect(node(other, 'Invoicing')).toContainText('Stopped');
  await fresh.close();
});

test('record two runs of webhooks vs polling and read how they differ', async ({ page }) => {
  test.setTimeout(120_000);
  await openExample(page, 'pattern-webhooks-vs-polling', 3);
  await page.getByLabel('Speed').selectOption('20');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await runUntil(page, 60);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Record run' }).click();
  await expect(page.getByText(/^Recorded “/)).toBeVisible();

  // The same diagram polling five times as often.
  await node(page, 'Poller').click();
  await setField(page, 'Poll interval', '1000');
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await runUntil(page, 60);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Record run' }).click();

  await page.getByRole('button', { name: 'Compare runs' }).click();
  const sentences = page.getByTestId('compare-sentences');
  await expect(sentences).toContainText(/times more requests/);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('svg.recharts-surface').first()).toBeVisible();

  // The series as CSV and the charts as a picture.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  // RFC 4180 line ends (CRLF), perhaps after a byte-order mark for spreadsheets.
  const lines = readFileSync((await csv.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  expect(lines[0]).toBe('run,component,time_s,completed,errors,backlog,in_flight');
  expect(lines.length).toBeGreaterThan(100);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = readFileSync((await png.path())!);
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(5_000);
});

test('the queueing view shows ρ and Little’s law for a running service', async ({ page }) => {
  await openExample(page, 'starter-queue', 4);
  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await runUntil(page, 20);
  await node(page, 'Invoicing').click();
  const view = page.getByTestId('queueing-view').first();
  await expect(view).toBeVisible();
  await expect(view).toContainText('ρ');
  await expect(view).toContainText('Little');
  const rho = Number.parseFloat(
    (await view.getByTestId('queueing-rho').first().textContent())!.replace(',', '.').replace(/[^\d.]/g, ''),
  );
  expect(rho).toBeGreaterThan(0);
});

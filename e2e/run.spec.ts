import { expect, type Page, test } from './fixtures';
import { buildRow, clickWire, colourPixels, connect, node, openApp, setField } from './helpers';

/**
 * A fingerprint of the moving messages: a screenshot of the canvas area (components and legend
 * masked), decoded in the page, counting pixels in the message colours and where they are.
 */
async function trafficPixels(page: Page): Promise<{ painted: number; signature: string }> {
  const shot = await page.locator('.canvas').screenshot({
    mask: [page.locator('.react-flow__node'), page.locator('.legend'), page.locator('.react-flow__minimap')],
  });
  // Request blue, response green, event amber, batch violet, error red.
  const colours = [
    [37, 99, 235],
    [22, 163, 74],
    [217, 119, 6],
    [124, 58, 237],
    [220, 38, 38],
  ];
  const { counts, signature } = await colourPixels(page, shot, 40, [colours]);
  return { painted: counts[0]!, signature };
}

async function liveNumber(
  page: Page,
  label: string,
  what: 'backlog' | 'errors' | 'inFlight',
): Promise<number> {
  const el = node(page, label).locator(`[data-live="${what}"]`);
  if ((await el.count()) === 0) return 0;
  return Number(await el.textContent());
}

async function setFieldOnNode(page: Page, label: string, field: string, value: string) {
  await node(page, label).click();
  await setField(page, field, value);
}

async function buildChain(page: Page) {
  await openApp(page);
  await buildRow(page, ['Client', 'API Gateway', 'Service']);
  // Asynchronous traffic keeps arriving while the service is down, so a backlog can build.
  await node(page, 'Client').click();
  await page.getByLabel('Mode').selectOption('async');
  await setField(page, 'Request rate', '20');
  // Four instances handle 40 requests a second: enough for 20/s, with room to drain a backlog.
  await setFieldOnNode(page, 'Service', 'Instances', '4');
  // A slow network from the client (say, a phone far away) keeps each request visible on its way.
  await clickWire(page, 'Client', 'API Gateway');
  await expect(page.getByTestId('inspector-edge')).toBeVisible();
  await setField(page, 'Network latency', '300');
}

test('press Run and watch messages move; pause and step; stop the service and see backlog and errors, start it and see it drain', async ({
  page,
}) => {
  // A long story at 1x speed: about 30 s alone, twice that beside a tutorial on two cores.
  test.setTimeout(120_000);
  await buildChain(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByText('Request', { exact: true })).toBeVisible(); // the legend

  // Messages are drawn, and the picture changes from one moment to the next.
  await expect.poll(async () => (await trafficPixels(page)).painted, { timeout: 10_000 }).toBeGreaterThan(20);
  const a = await trafficPixels(page);
  await page.waitForTimeout(300);
  const b = await trafficPixels(page);
  expect(b.signature).not.toBe(a.signature);
  await expect.poll(async () => page.getByTestId('run-clock').textContent()).not.toBe('0.0 s');

  // Pause: the clock stops. Step: it moves on by one event.
  // The run works off the page: a frame already on its way may still arrive just after the click,
  // so the clock settles once and then stays put.
  await page.getByRole('button', { name: 'Pause' }).click();
  const clock = page.getByTestId('run-clock');
  await expect
    .poll(async () => {
      const before = await clock.textContent();
      await page.waitForTimeout(400);
      return before === (await clock.textContent());
    })
    .toBe(true);
  const paused = await clock.textContent();
  await page.waitForTimeout(400);
  await expect(clock).toHaveText(paused!);
  const frozen = await trafficPixels(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(async () => (await trafficPixels(page)).signature).not.toBe(frozen.signature);

  // Stop the service from its right-click menu: the gateway piles up work and errors appear.
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await node(page, 'Service').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Stop', exact: true }).click();
  await expect(node(page, 'Service')).toContainText('Stopped');
  await expect.poll(() => liveNumber(page, 'Service', 'backlog'), { timeout: 15_000 }).toBeGreaterThan(10);
  const peak = await liveNumber(page, 'Service', 'backlog');
  // Past its backlog limit the service refuses work: errors appear upstream.
  await setFieldOnNode(page, 'Service', 'Backlog limit', '15');
  await expect.poll(() => liveNumber(page, 'API Gateway', 'errors'), { timeout: 15_000 }).toBeGreaterThan(0);

  // Start it again: the backlog drains.
  await node(page, 'Service').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Start again' }).click();
  await expect
    .poll(() => liveNumber(page, 'Service', 'backlog'), { timeout: 20_000 })
    .toBeLessThan(Math.max(3, peak / 4));
});

test('a timeout turns calls to a stopped service into errors', async ({ page }) => {
  await buildChain(page);
  await node(page, 'Client').click();
  await page.getByLabel('Mode').selectOption('sync');
  await clickWire(page, 'Client', 'API Gateway');
  await setField(page, 'Timeout', '500');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await node(page, 'Service').click();
  await page
    .getByRole('group', { name: 'Inject a fault' })
    .getByRole('button', { name: 'Stop', exact: true })
    .click();
  await expect(node(page, 'Service')).toContainText('Stopped');
  await expect.poll(() => liveNumber(page, 'Client', 'errors'), { timeout: 15_000 }).toBeGreaterThan(3);
});

test('editing a property while running applies live; rewiring restarts the run', async ({ page }) => {
  await buildChain(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect.poll(async () => page.getByTestId('run-clock').textContent()).not.toBe('0.0 s');
  await node(page, 'Service').click();
  const instances = page.getByLabel('Instances', { exact: true });
  await instances.fill('4');
  await instances.press('Enter');
  await expect(page.getByText('the run started again')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add Database' }).click();
  // The service sits at the canvas's right edge: bring everything into view first, as a person would.
  await page.getByRole('button', { name: 'Fit view' }).click();
  await connect(page, 'Service', 'Database');
  await expect(page.getByText('The wiring changed, so the run started again from zero.')).toBeVisible();
});

test('live metrics: every component at a glance, and one component’s figures and charts', async ({
  page,
}) => {
  await buildChain(page);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('5');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // Empty canvas, away from the legend that appears top left once the run starts.
  const pane = page.locator('.react-flow__pane');
  const paneBox = (await pane.boundingBox())!;
  await pane.click({ position: { x: paneBox.width - 40, y: 40 } });
  const overview = page.getByRole('region', { name: 'All components' });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('button', { name: 'Service' })).toBeVisible();
  await overview.getByRole('button', { name: 'Service' }).click();
  const metrics = page.getByRole('region', { name: 'Live metrics' });
  await expect(metrics.getByText('Latency p50 / p95 / p99')).toBeVisible();
  await expect
    .poll(
      async () =>
        Number(
          await metrics
            .getByRole('row', { name: /^Completed/ })
            .getByRole('cell')
            .textContent(),
        ),
      { timeout: 15_000 },
    )
    .toBeGreaterThan(20);
  await expect(metrics.locator('.recharts-line').first()).toBeVisible({ timeout: 15_000 });
});

test('Kafka: partitions as lanes with end offsets and lag, and which instance owns which partition', async ({
  page,
}) => {
  await openApp(page);
  await buildRow(page, ['Client', 'Kafka topic', 'Service']);
  await node(page, 'Client').click();
  await page.getByLabel('Mode').selectOption('async');
  await setFieldOnNode(page, 'Service', 'Instances', '3');
  await page.getByRole('button', { name: 'Run', exact: true }).click();

  const topic = node(page, 'Kafka topic');
  await expect(topic.locator('.lane')).toHaveCount(6);
  await expect
    .poll(async () => Number(await topic.locator('.lane__end').first().textContent()), { timeout: 15_000 })
    .toBeGreaterThan(0);
  await expect(topic.getByText(/group-1: lag \d+/)).toBeVisible();
  // Three instances share six partitions: two each.
  const owners = node(page, 'Service').locator('.assignment');
  await expect(owners).toHaveCount(3);
  for (const owner of await owners.all()) await expect(owner).toHaveText(/^#\d P\d P\d$/);
});

test('Run on a diagram that nothing drives says what is missing', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add Service', exact: true }).click();
  await page.getByRole('button', { name: 'Add Message queue', exact: true }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing here starts traffic: add a Client' }),
  ).toBeVisible();
  // With a client, no such hint.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('Nothing here starts traffic')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Add Client', exact: true }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.getByText('Nothing here starts traffic').count()).toBe(0);
});

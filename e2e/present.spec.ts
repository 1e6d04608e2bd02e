import { readFileSync } from 'node:fs';
import { expect, type Page, test } from './fixtures';
import { node, openApp } from './helpers';

/** The simulated time, exactly: the timeline's position in virtual milliseconds. */
const virtualMs = async (page: Page) => Number(await page.getByTestId('timeline-range').inputValue());

/** Downloads the diagram as JSON through the Export dialog, as a person saves it. */
async function exportJson(page: Page, path: string): Promise<unknown> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the diagram' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  await download.saveAs(path);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return JSON.parse(readFileSync(path, 'utf8'));
}

test('present a running example: keys drive the run, a click points at a component, Escape gives the editor back unchanged', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('button', { name: 'Open the example “A queue between two services”' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  // Someone was editing: Orders is selected. Presenting gives the selection back.
  await node(page, 'Orders').click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Orders');
  const before = await exportJson(page, testInfo.outputPath('before.json'));
  const palette = page.getByRole('complementary', { name: 'Components' });
  const inspector = page.getByRole('complementary', { name: 'Properties' });
  const speed = page.getByLabel('Speed');
  await expect(speed).toHaveValue('1');

  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const present = page.getByRole('button', { name: 'Present' });
  await present.click();
  await expect(present).toHaveAttribute('aria-pressed', 'true');
  await expect(palette).toHaveCount(0);
  await expect(inspector).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New diagram' })).toBeHidden();
  // The keys, for a moment on entering.
  const hint = page.getByRole('status', { name: 'Keys while presenting' });
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('play or pause');

  // Space pauses and plays again.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();

  // Paused, the step keys move the simulated time on.
  const paused = await virtualMs(page);
  await page.keyboard.press('.');
  await expect.poll(() => virtualMs(page)).toBeGreaterThan(paused);
  const stepped = await virtualMs(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => virtualMs(page)).toBeGreaterThan(stepped);

  // Speed keys go through the run bar's speed setting.
  await page.keyboard.press('+');
  await expect(speed).toHaveValue('2');
  await page.keyboard.press('+');
  await expect(speed).toHaveValue('5');
  await page.keyboard.press('-');
  await expect(speed).toHaveValue('2');
  await page.keyboard.press('4');
  await expect(speed).toHaveValue('10');

  // A click on a component points at it: a ring, and nothing selected for editing.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const ring = page.getByTestId('pointer-ring');
  const invoicing = node(page, 'Invoicing');
  const invoicingId = await invoicing.getAttribute('data-id');
  // Clicked and looked at at once: the ring stays a few seconds, however busy the machine is.
  const pointAtInvoicing = async () => {
    await invoicing.click();
    const [rings, box] = await Promise.all([
      ring.evaluateAll((els) =>
        els.map((e) => {
          const { x, y, right, bottom } = e.getBoundingClientRect();
          return { on: (e as HTMLElement).dataset.node, says: e.textContent, box: { x, y, right, bottom } };
        }),
      ),
      invoicing.boundingBox(),
    ]);
    const r = rings[0];
    if (!r || !box) return null;
    const around =
      r.box.x < box.x &&
      r.box.y < box.y &&
      r.box.right > box.x + box.width &&
      r.box.bottom > box.y + box.height;
    return { around, on: r.on, says: r.says };
  };
  await expect
    .poll(pointAtInvoicing)
    .toEqual({ around: true, on: invoicingId, says: 'Pointing at Invoicing' });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await expect(inspector).toHaveCount(0);
  // And it goes by itself.
  await expect(ring).toHaveCount(0, { timeout: 15_000 });
  // Its menu offers faults to show what happens, and no editing; Escape closes the menu only.
  await node(page, 'Orders').click({ button: 'right' });
  const menu = page.getByTestId('context-menu');
  await expect(menu.getByRole('menuitem', { name: 'Stop', exact: true })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Duplicate' })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: 'Delete' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(palette).toHaveCount(0);
  // Dragging a component does not move it.
  const start = (await node(page, 'Orders').boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + 20);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 80, start.y + 100, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.press('f');
  await expect(hint).toBeHidden({ timeout: 15_000 });
  await page.screenshot({ path: testInfo.outputPath('presenting.png') });

  // Escape: the editor is back as it was.
  await page.keyboard.press('Escape');
  await expect(palette).toBeVisible();
  await expect(inspector).toBeVisible();
  await expect(present).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Orders');
  await expect(speed).toHaveValue('1');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await exportJson(page, testInfo.outputPath('after.json'))).toEqual(before);

  // P presents too, and Escape leaves again.
  await page.keyboard.press('p');
  await expect(palette).toHaveCount(0);
  await expect(present).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(palette).toBeVisible();
});

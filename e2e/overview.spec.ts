import { expect, type Page, test } from './fixtures';
import { canvasBox, colourPixels } from './helpers';

const map = (page: Page) => page.getByRole('group', { name: 'Overview map' });
const firstNode = (page: Page) => page.locator('.react-flow__node').first();

/** Opens a pattern example and zooms in on it until part of it is off screen, so the map shows. */
async function openZoomedIn(page: Page): Promise<void> {
  await page.goto('/#t=pattern-event-driven');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(map(page)).toHaveCount(0);
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect(map(page)).toBeVisible();
}

async function where(page: Page) {
  const b = await firstNode(page).boundingBox();
  if (!b) throw new Error('no component on screen');
  return b;
}

/** How many of the map's pixels are near a colour (a screenshot of it, decoded in the page). */
async function mapPixels(page: Page, rgb: [number, number, number]): Promise<number> {
  return (await colourPixels(page, await map(page).screenshot(), 30, [[rgb]])).counts[0]!;
}

test('dragging in the overview map moves the view; a click centres it there; the wheel over it zooms', async ({
  page,
}) => {
  await openZoomedIn(page);
  const m = await map(page).boundingBox();
  if (!m) throw new Error('no map');
  // Press in the middle of the map's outline of the view, drag it left: the view goes left, so
  // the diagram on screen moves right.
  const before = await where(page);
  const mid = { x: m.x + m.width / 2, y: m.y + m.height / 2 };
  await page.mouse.move(mid.x, mid.y);
  await page.mouse.down();
  await page.mouse.move(mid.x - 10, mid.y, { steps: 3 });
  await page.mouse.move(mid.x - 30, mid.y, { steps: 5 });
  await page.mouse.up();
  const afterDrag = await where(page);
  expect(afterDrag.x).toBeGreaterThan(before.x + 50);
  expect(Math.abs(afterDrag.y - before.y)).toBeLessThan(10);
  expect(afterDrag.width).toBeCloseTo(before.width, 0);

  // A click near the map's right edge centres the view there: the diagram moves left.
  await page.mouse.click(m.x + m.width - 8, mid.y);
  const afterClick = await where(page);
  expect(afterClick.x).toBeLessThan(afterDrag.x - 50);

  // The wheel over the map zooms the canvas (out for a turn down), and the page does not scroll.
  await page.mouse.move(mid.x, mid.y);
  await page.mouse.wheel(0, 300);
  await expect.poll(async () => (await where(page)).width).toBeLessThan(afterClick.width * 0.8);
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('the overview map works from the keyboard: arrows move the view, plus and minus zoom', async ({
  page,
}) => {
  await openZoomedIn(page);
  await map(page).focus();
  const before = await where(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  const moved = await where(page);
  expect(moved.y).toBeLessThan(before.y - 30);
  expect(Math.abs(moved.x - before.x)).toBeLessThan(5);
  await page.keyboard.press('-');
  await expect.poll(async () => (await where(page)).width).toBeLessThan(moved.width * 0.9);
  const out = await where(page);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(async () => (await where(page)).width).toBeGreaterThan(out.width * 1.3);
  // The map's keys are its own: nothing on the canvas was selected or moved by them.
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
});

test('the overview map is drawn in the theme on screen, light and dark, and follows a change', async ({
  page,
}, testInfo) => {
  await openZoomedIn(page);
  // Light: the map's panel is white, the view outlined in the primary blue.
  await expect.poll(() => mapPixels(page, [255, 255, 255])).toBeGreaterThan(500);
  expect(await mapPixels(page, [37, 99, 235])).toBeGreaterThan(30);
  await map(page).screenshot({ path: testInfo.outputPath('overview-light.png') });
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  // Dark: the panel is slate (#1e293b), the outline the lighter blue (#60a5fa).
  await expect.poll(() => mapPixels(page, [30, 41, 59])).toBeGreaterThan(500);
  expect(await mapPixels(page, [96, 165, 250])).toBeGreaterThan(30);
  expect(await mapPixels(page, [37, 99, 235])).toBe(0);
  await map(page).screenshot({ path: testInfo.outputPath('overview-dark.png') });
});

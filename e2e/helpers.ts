import { expect, type Locator, type Page } from '@playwright/test';

/** A component on the canvas, found by the name a person gave it. */
export function node(page: Page, label: string): Locator {
  return page
    .locator('.react-flow__node')
    .filter({ has: page.locator('.component-node__label', { hasText: new RegExp(`^${label}$`) }) });
}

async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags a palette item onto the canvas with real mouse moves and drops it at (x, y) of the page. */
export async function dragFromPalette(
  page: Page,
  kindName: string | RegExp,
  to: { x: number; y: number },
): Promise<void> {
  const item = page.getByRole('button', {
    name: typeof kindName === 'string' ? new RegExp(`^Add ${kindName}$|^Додати: ${kindName}$`) : kindName,
  });
  // A person scrolls the palette to an item further down first.
  await item.scrollIntoViewIfNeeded();
  const from = await center(item);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 5, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags a wire from one component's output handle onto another component. */
export async function connect(page: Page, fromLabel: string, toLabel: string): Promise<void> {
  const handle = node(page, fromLabel).locator('.react-flow__handle.source');
  const start = await center(handle);
  const targetBox = await node(page, toLabel).boundingBox();
  if (!targetBox) throw new Error(`no component ${toLabel}`);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 20, start.y, { steps: 3 });
  // Release over the target's input handle on its left edge.
  await page.mouse.move(targetBox.x + 4, targetBox.y + targetBox.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** The canvas area, for coordinates relative to it. */
export async function canvasBox(page: Page) {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('canvas not visible');
  return box;
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /API Patterns Playground|Пісочниця/ })).toBeVisible();
}

export const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Clicks the middle of the wire between two components, as a person selects a connection. */
export async function clickWire(page: Page, fromLabel: string, toLabel: string): Promise<void> {
  const a = await node(page, fromLabel).locator('.react-flow__handle.source').boundingBox();
  const b = await node(page, toLabel).locator('.react-flow__handle.target').boundingBox();
  if (!a || !b) throw new Error(`no wire ${fromLabel} → ${toLabel}`);
  await page.mouse.click(
    (a.x + a.width / 2 + b.x + b.width / 2) / 2,
    (a.y + a.height / 2 + b.y + b.height / 2) / 2,
  );
}

/** Types a value into a labelled inspector field and presses Enter. */
export async function setField(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/**
 * Drags three components into a row across the canvas and wires them left to right. They are
 * dropped clear of the canvas edges, where a wire being dragged would pan the view.
 */
export async function buildRow(page: Page, kinds: readonly [string, string, string]): Promise<void> {
  const box = await canvasBox(page);
  for (const [i, kind] of kinds.entries())
    await dragFromPalette(page, kind, { x: box.x + 120 + 250 * i, y: box.y + 260 });
  await connect(page, kinds[0], kinds[1]);
  await connect(page, kinds[1], kinds[2]);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
}

/** A full page load (not a same-document hash change), as when a link is clicked in a chat. */
export async function loadPage(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Adds a component by clicking it in the palette and names it in the inspector. */
export async function addNamed(page: Page, kind: string, label: string): Promise<void> {
  await page.getByRole('button', { name: `Add ${kind}`, exact: true }).click();
  const name = page.getByLabel('Name', { exact: true });
  await name.fill(label);
  await name.press('Enter');
}

/**
 * Reads a screenshot (PNG) in the page: how many pixels are near each group of colours (sum of
 * channel differences under `within`; a pixel counts for the first group it is near), and a
 * fingerprint of where the counted pixels are, which changes when the picture moves.
 */
export async function colourPixels(
  page: Page,
  png: Buffer,
  within: number,
  groups: readonly (readonly (readonly number[])[])[],
): Promise<{ counts: number[]; signature: string }> {
  return page.evaluate(
    async ({ base64, within, groups }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const counts = groups.map(() => 0);
      let hash = 0;
      for (let i = 0; i < data.length; i += 4) {
        const g = groups.findIndex((colours) =>
          colours.some(
            ([r, gr, b]) =>
              Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - gr!) + Math.abs(data[i + 2]! - b!) < within,
          ),
        );
        if (g < 0) continue;
        counts[g]!++;
        hash = (hash * 31 + i) | 0;
      }
      return { counts, signature: `${counts.join(',')}:${hash}` };
    },
    { base64: png.toString('base64'), within, groups: groups.map((g) => g.map((c) => [...c])) },
  );
}

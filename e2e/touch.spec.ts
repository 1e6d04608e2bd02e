import type { CDPSession, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { node, openApp } from './helpers';

interface Point {
  x: number;
  y: number;
}

/**
 * Real touch input through the DevTools protocol: the browser turns these into pointer, touch
 * and gesture events (scrolling, taps, touch-action) exactly as it does for a finger on glass.
 * Playwright's own touchscreen only taps.
 */
class Fingers {
  private constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<Fingers> {
    return new Fingers(await page.context().newCDPSession(page));
  }

  private send(type: 'touchStart' | 'touchMove' | 'touchEnd', points: readonly Point[]) {
    return this.cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 4, radiusY: 4, force: 1 })),
    });
  }

  /** One or more fingers touch down, move along together in `steps`, and lift. */
  async gesture(from: readonly Point[], to: readonly Point[], steps = 12): Promise<void> {
    await this.send('touchStart', from);
    for (let i = 1; i <= steps; i++) {
      const f = i / steps;
      await this.send(
        'touchMove',
        from.map((p, k) => ({ x: p.x + (to[k]!.x - p.x) * f, y: p.y + (to[k]!.y - p.y) * f })),
      );
    }
    await this.send('touchEnd', []);
  }

  /** One finger drags along a path of points (a few moves between each). */
  async drag(path: readonly Point[]): Promise<void> {
    await this.send('touchStart', [path[0]!]);
    for (let i = 1; i < path.length; i++) {
      const a = path[i - 1]!;
      const b = path[i]!;
      for (let s = 1; s <= 6; s++)
        await this.send('touchMove', [{ x: a.x + ((b.x - a.x) * s) / 6, y: a.y + ((b.y - a.y) * s) / 6 }]);
    }
    // The finger comes to rest on the target before it lifts, as a person's does. Lifted while
    // still moving, it would fling, and Chromium takes the next tap to stop the fling rather than
    // as a click; headless Chromium draws no frames while the page is still, so that fling never
    // ends on its own (it did while the trace's screencast was asking for frames).
    await new Promise((resolve) => setTimeout(resolve, 100));
    await this.send('touchEnd', []);
  }

  /** A finger rests on one spot for `ms` (a long press), then lifts. */
  async hold(at: Point, ms: number): Promise<void> {
    await this.send('touchStart', [at]);
    await new Promise((resolve) => setTimeout(resolve, ms));
    await this.send('touchEnd', []);
  }
}

async function centre(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function canvasBox(page: Page) {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no canvas');
  return box;
}

/** Drags a palette item onto the canvas with a finger: sideways out of the palette first, as a person does. */
async function dragOut(page: Page, fingers: Fingers, kind: string, to: Point): Promise<void> {
  const item = page.getByRole('button', { name: `Add ${kind}`, exact: true });
  const from = await centre(item);
  await fingers.drag([from, { x: from.x + 40, y: from.y }, to]);
}

/** Drags a wire with a finger from one component's output handle to the other's input handle. */
async function wire(page: Page, fingers: Fingers, from: string, to: string): Promise<void> {
  const start = await centre(node(page, from).locator('.react-flow__handle.source'));
  const end = await centre(node(page, to).locator('.react-flow__handle.target'));
  await fingers.drag([start, { x: start.x + 30, y: start.y }, end]);
}

/** The on-screen middle of the wire between two components (its curve passes through it). */
async function wireMiddle(page: Page, from: string, to: string): Promise<Point> {
  const a = await centre(node(page, from).locator('.react-flow__handle.source'));
  const b = await centre(node(page, to).locator('.react-flow__handle.target'));
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

const HOLD_MS = 800;

test.describe('on a portrait tablet (768 × 1024, touch)', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 768, height: 1024 } });

  test('a person builds client → service → database with a finger, wires it, runs it and sees it work', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    const fingers = await Fingers.on(page);
    // A coarse pointer: the handles are finger-sized.
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);

    // A sideways drag takes a component out onto the canvas; the page itself never scrolls.
    const box = await canvasBox(page);
    await dragOut(page, fingers, 'Client', { x: box.x + 110, y: box.y + 140 });
    await expect(node(page, 'Client')).toBeVisible();
    await dragOut(page, fingers, 'Service', { x: box.x + 300, y: box.y + 330 });
    await dragOut(page, fingers, 'Database', { x: box.x + box.width - 110, y: box.y + 520 });
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
    // Each landed where the finger let go.
    const client = await centre(node(page, 'Client'));
    expect(Math.abs(client.x - (box.x + 110))).toBeLessThan(30);
    expect(Math.abs(client.y - (box.y + 140))).toBeLessThan(40);

    // Wires, by dragging handle to handle.
    await wire(page, fingers, 'Client', 'Service');
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
    await wire(page, fingers, 'Service', 'Database');
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);

    // Tap Run; tap empty canvas to select nothing; show the properties panel (hidden at this width).
    await page.touchscreen.tap(...xy(await centre(page.getByRole('button', { name: 'Run', exact: true }))));
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.touchscreen.tap(box.x + box.width - 60, box.y + 250);
    await expect(page.locator('.inspector')).toBeHidden();
    await page.touchscreen.tap(...xy(await centre(page.getByRole('button', { name: 'Properties panel' }))));
    const overview = page.getByTestId('run-overview');
    await expect(overview).toBeVisible();
    // Messages move (the legend of message kinds shows), and the service does work.
    await expect(page.getByText('Request', { exact: true })).toBeVisible();
    await expect
      .poll(
        async () =>
          Number(
            (
              await overview
                .getByRole('row', { name: /^Service/ })
                .locator('td')
                .first()
                .textContent()
            )?.replace(',', '.'),
          ),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    await expect(page.getByTestId('run-clock')).not.toHaveText('0.0 s');
    // The panel sits under the canvas, not over it.
    const inspector = (await page.locator('.inspector').boundingBox())!;
    const canvas = await canvasBox(page);
    expect(inspector.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    await page.screenshot({ path: testInfo.outputPath('tablet-portrait-running.png') });
  });

  test('two fingers pinch to zoom and move together to pan the canvas', async ({ page }) => {
    await page.goto('/#t=starter-gateway');
    await expect(page.locator('.react-flow__node')).toHaveCount(5);
    const fingers = await Fingers.on(page);
    const box = await canvasBox(page);
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const gateway = node(page, 'API gateway');
    const before = (await gateway.boundingBox())!;

    // Fingers spread apart: the diagram grows.
    await fingers.gesture(
      [
        { x: mid.x - 40, y: mid.y - 160 },
        { x: mid.x + 40, y: mid.y - 80 },
      ],
      [
        { x: mid.x - 120, y: mid.y - 240 },
        { x: mid.x + 120, y: mid.y },
      ],
    );
    await expect.poll(async () => (await gateway.boundingBox())!.width).toBeGreaterThan(before.width * 1.4);

    // Both fingers move down together: the diagram follows them.
    const zoomed = (await gateway.boundingBox())!;
    await fingers.gesture(
      [
        { x: mid.x - 60, y: box.y + 80 },
        { x: mid.x + 60, y: box.y + 80 },
      ],
      [
        { x: mid.x - 60, y: box.y + 230 },
        { x: mid.x + 60, y: box.y + 230 },
      ],
    );
    await expect.poll(async () => (await gateway.boundingBox())!.y - zoomed.y).toBeGreaterThan(100);
    const panned = (await gateway.boundingBox())!;
    expect(panned.width).toBeCloseTo(zoomed.width, 0);
  });

  test('a long press opens the menu on a component, a wire and empty canvas', async ({ page }) => {
    await page.goto('/#t=starter-gateway');
    await expect(page.locator('.react-flow__node')).toHaveCount(5);
    const fingers = await Fingers.on(page);
    const menu = page.getByTestId('context-menu');

    // On a component, before a run: its editing commands; Duplicate adds a copy.
    await fingers.hold(await centre(node(page, 'Users')), HOLD_MS);
    await expect(menu).toBeVisible();
    await expect(menu).toContainText('Users');
    await expect(menu).toContainText('Run the diagram to stop components');
    await page.touchscreen.tap(...xy(await centre(menu.getByRole('menuitem', { name: 'Duplicate' }))));
    await expect(menu).toBeHidden();
    await expect(page.locator('.react-flow__node')).toHaveCount(6);
    await expect(node(page, 'Users')).toHaveCount(2);

    // The properties panel starts hidden on this screen: a component's menu shows it, with that component.
    await expect(page.locator('.inspector')).toBeHidden();
    await fingers.hold(await centre(node(page, 'Orders')), HOLD_MS);
    await page.touchscreen.tap(...xy(await centre(menu.getByRole('menuitem', { name: 'Properties' }))));
    await expect(menu).toBeHidden();
    await expect(page.locator('.inspector')).toBeVisible();
    await expect(page.locator('.inspector').getByLabel('Name', { exact: true })).toHaveValue('Orders');
    await page.touchscreen.tap(...xy(await centre(page.getByRole('button', { name: 'Properties panel' }))));
    await expect(page.locator('.inspector')).toBeHidden();

    // A short touch is a tap, not a long press: no menu.
    await fingers.hold(await centre(node(page, 'Orders')), 100);
    await expect(menu).toBeHidden();

    // While it runs: the component's faults. Stop it from the menu.
    await page.touchscreen.tap(...xy(await centre(page.getByRole('button', { name: 'Run', exact: true }))));
    await fingers.hold(await centre(node(page, 'Orders')), HOLD_MS);
    await page.touchscreen.tap(
      ...xy(await centre(menu.getByRole('menuitem', { name: 'Stop', exact: true }))),
    );
    await expect(node(page, 'Orders')).toContainText('Stopped');

    // On a wire: cut it.
    await fingers.hold(await wireMiddle(page, 'Web app', 'API gateway'), HOLD_MS);
    await expect(menu).toContainText('Web app → API gateway');
    await page.touchscreen.tap(...xy(await centre(menu.getByRole('menuitem', { name: 'Cut this wire' }))));
    await expect(page.locator('.wire-cut')).toHaveCount(1);

    // On empty canvas: select all, which the properties panel then counts.
    const box = await canvasBox(page);
    await fingers.hold({ x: box.x + box.width - 60, y: box.y + 60 }, HOLD_MS);
    await expect(menu).toContainText('Diagram canvas');
    await page.touchscreen.tap(...xy(await centre(menu.getByRole('menuitem', { name: 'Select all' }))));
    await page.touchscreen.tap(...xy(await centre(page.getByRole('button', { name: 'Properties panel' }))));
    await expect(page.locator('.inspector')).toContainText('10 items selected');
    // The menu stays inside the window, even from the canvas's right edge.
    await fingers.hold({ x: box.x + box.width - 5, y: box.y + 100 }, HOLD_MS);
    const shown = (await menu.boundingBox())!;
    expect(shown.x + shown.width).toBeLessThanOrEqual(768);
  });
});

test.describe('on a landscape tablet (1024 × 768)', () => {
  test.use({ hasTouch: true, viewport: { width: 1024, height: 768 } });

  test('palette, canvas, properties and toolbar sit side by side without overlapping; the panels fold away', async ({
    page,
  }, testInfo) => {
    await page.goto('/#t=starter-gateway');
    await expect(page.locator('.react-flow__node')).toHaveCount(5);
    const boxes = async () => ({
      toolbar: (await page.locator('.toolbar').boundingBox())!,
      palette: (await page.locator('.palette').boundingBox())!,
      canvas: await canvasBox(page),
      inspector: (await page.locator('.inspector').boundingBox())!,
    });
    const b = await boxes();
    const apart = (p: { x: number; y: number; width: number; height: number }, q: typeof p) =>
      p.x + p.width <= q.x + 0.5 ||
      q.x + q.width <= p.x + 0.5 ||
      p.y + p.height <= q.y + 0.5 ||
      q.y + q.height <= p.y + 0.5;
    const parts = Object.entries(b);
    for (const [i, [name, box]] of parts.entries())
      for (const [other, box2] of parts.slice(i + 1))
        expect(apart(box, box2), `${name} and ${other} overlap`).toBe(true);
    // Everything inside the window, the canvas the widest part.
    for (const [name, box] of parts) expect(box.x + box.width, name).toBeLessThanOrEqual(1024);
    expect(b.canvas.width).toBeGreaterThan(Math.max(b.palette.width, b.inspector.width));
    // Every toolbar button is on screen (the toolbar wraps rather than spilling over).
    for (const button of await page.locator('.toolbar button, .toolbar select').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1024);
      expect(box.y + box.height).toBeLessThanOrEqual(b.toolbar.y + b.toolbar.height);
    }
    await page.screenshot({ path: testInfo.outputPath('tablet-landscape.png') });

    // A vertical swipe on the palette scrolls it (and adds nothing); a swipe back returns.
    const fingers = await Fingers.on(page);
    const palette = page.locator('.palette');
    const item = await centre(page.getByRole('button', { name: 'Add Service', exact: true }));
    await fingers.gesture([item], [{ x: item.x, y: item.y - 250 }]);
    await expect.poll(() => palette.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    await expect(page.locator('.react-flow__node')).toHaveCount(5);
    const scrolled = await palette.evaluate((el) => el.scrollTop);
    await fingers.gesture([{ x: item.x, y: item.y - 250 }], [item]);
    await expect.poll(() => palette.evaluate((el) => el.scrollTop)).toBeLessThan(scrolled - 100);

    // Fold both panels away: the canvas takes the whole width.
    await page.getByRole('button', { name: 'Components panel' }).click();
    await page.getByRole('button', { name: 'Properties panel' }).click();
    await expect(page.getByRole('button', { name: 'Components panel' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.locator('.palette')).toBeHidden();
    await expect(page.locator('.inspector')).toBeHidden();
    await expect.poll(async () => (await canvasBox(page)).width).toBeGreaterThan(1000);
    // And back: the palette is there to drag from again.
    await page.getByRole('button', { name: 'Components panel' }).click();
    await expect(page.getByRole('button', { name: 'Add Client', exact: true })).toBeVisible();

    // A dialog fits the window.
    await page.getByRole('button', { name: 'Learn', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const d = (await dialog.boundingBox())!;
    expect(d.x).toBeGreaterThanOrEqual(0);
    expect(d.y).toBeGreaterThanOrEqual(0);
    expect(d.x + d.width).toBeLessThanOrEqual(1024);
    expect(d.y + d.height).toBeLessThanOrEqual(768);
  });
});

function xy(p: Point): [number, number] {
  return [p.x, p.y];
}

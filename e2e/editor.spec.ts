import { expect, test } from './fixtures';
import { canvasBox, connect, dragFromPalette, mod, node, openApp } from './helpers';

test('a person builds a gateway with two services, edits, undoes, reloads and switches to Ukrainian', async ({
  page,
}, testInfo) => {
  await openApp(page);
  // A first visit: the welcome alone, not the canvas's first steps beside it; a blank canvas shows them.
  const welcome = page.getByRole('region', { name: /^Welcome!/ });
  await expect(welcome).toBeVisible();
  await expect(page.getByTestId('empty-hint')).toHaveCount(0);
  await welcome.getByRole('button', { name: 'Start with a blank canvas' }).click();
  await expect(welcome).toHaveCount(0);
  await expect(page.getByTestId('empty-hint')).toBeVisible();
  const box = await canvasBox(page);

  await dragFromPalette(page, 'API Gateway', { x: box.x + 150, y: box.y + 250 });
  await dragFromPalette(page, 'Service', { x: box.x + 450, y: box.y + 150 });
  await dragFromPalette(page, 'Service', { x: box.x + 450, y: box.y + 380 });
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.getByTestId('empty-hint')).toHaveCount(0);

  await connect(page, 'API Gateway', 'Service');
  await connect(page, 'API Gateway', 'Service 2');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // A forbidden wire: a database calls nobody.
  await dragFromPalette(page, 'Database', { x: box.x + 150, y: box.y + 450 });
  await connect(page, 'Database', 'Service 2');
  await expect(
    page.getByRole('status').filter({ hasText: 'A database answers queries and calls nobody' }),
  ).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  // Edit a property: three instances; an out-of-range value is refused inline.
  await node(page, 'Service').click();
  const instances = page.getByLabel('Instances', { exact: true });
  await instances.fill('3');
  await instances.press('Enter');
  await expect(node(page, 'Service')).toContainText('Instances3');
  await instances.fill('100');
  await expect(page.getByRole('alert').filter({ hasText: 'Too large: the maximum is 64.' })).toBeVisible();
  await instances.press('Escape');
  await expect(node(page, 'Service')).toContainText('Instances3');

  // Undo and redo the edit from the keyboard (focus on the canvas, not a text field).
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(node(page, 'Service')).toContainText('Instances1');
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(node(page, 'Service')).toContainText('Instances3');

  await page.screenshot({ path: testInfo.outputPath('editor.png') });
  await testInfo.attach('editor', { path: testInfo.outputPath('editor.png'), contentType: 'image/png' });

  // Reload: the diagram is still there.
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(node(page, 'Service')).toContainText('Instances3');

  // Ukrainian: the palette is translated, and the choice survives a reload.
  await page.getByLabel('Language').selectOption('uk');
  await expect(page.getByRole('button', { name: 'Додати: API-шлюз' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Обмін повідомленнями' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Додати: Сервіс', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});

test('keyboard and clicks: add in the centre, select all, delete, undo, copy, paste, duplicate', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add Client' }).click();
  await page.getByRole('button', { name: 'Add Message queue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  // The new node is selected and shown in the inspector.
  await expect(page.getByTestId('inspector-node')).toContainText('Message queue');

  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press(`${mod}+a`);
  await expect(page.getByText('2 items selected')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.keyboard.press(`${mod}+z`);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);

  await node(page, 'Client').click();
  await page.keyboard.press(`${mod}+c`);
  await page.keyboard.press(`${mod}+v`);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await page.keyboard.press(`${mod}+d`);
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await page.keyboard.press('Backspace');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
});

test('box selection and shift-click select several components; a drag is one undo step', async ({ page }) => {
  await openApp(page);
  const box = await canvasBox(page);
  await dragFromPalette(page, 'Service', { x: box.x + 200, y: box.y + 200 });
  await dragFromPalette(page, 'Database', { x: box.x + 450, y: box.y + 200 });
  await dragFromPalette(page, 'Client', { x: box.x + 200, y: box.y + 450 });

  // Drag a box around the top two on empty canvas.
  await page.mouse.move(box.x + 60, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + 600, box.y + 300, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByText('2 items selected')).toBeVisible();

  await node(page, 'Client').click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 items selected')).toBeVisible();

  // Move the client by dragging it, then undo once: it is back where it was.
  await node(page, 'Client').click();
  const before = await node(page, 'Client').boundingBox();
  await page.mouse.move(before!.x + 60, before!.y + 40);
  await page.mouse.down();
  await page.mouse.move(before!.x + 160, before!.y + 10, { steps: 15 });
  await page.mouse.up();
  const after = await node(page, 'Client').boundingBox();
  expect(after!.x - before!.x).toBeGreaterThan(80);
  await page.keyboard.press(`${mod}+z`);
  await expect.poll(async () => (await node(page, 'Client').boundingBox())!.x).toBeCloseTo(before!.x, 0);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
});

test('new diagram asks before discarding work', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add Service' }).click();
  await page.getByRole('button', { name: 'New diagram' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a new diagram?' });
  await expect(dialog).toContainText('1 component');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await page.getByRole('button', { name: 'New diagram' }).click();
  await page.getByRole('button', { name: 'Start a new one' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  // The welcome was never answered: the empty canvas offers it again, alone, then the first steps.
  const welcome = page.getByRole('region', { name: /^Welcome!/ });
  await expect(welcome).toBeVisible();
  await expect(page.getByTestId('empty-hint')).toHaveCount(0);
  await welcome.getByRole('button', { name: 'Start with a blank canvas' }).click();
  await expect(page.getByTestId('empty-hint')).toBeVisible();
});

test('the palette search narrows the list', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Search components').fill('kafka');
  await expect(page.locator('.palette__item')).toHaveCount(3);
  await page.getByLabel('Search components').fill('zzz');
  await expect(page.getByText('No component matches “zzz”.')).toBeVisible();
});

test('damaged saved data gives a message and a working empty editor, and is kept aside', async ({ page }) => {
  await openApp(page);
  const damaged = JSON.stringify({
    rev: 3,
    doc: {
      version: 1,
      name: '',
      nodes: [{ id: 'n1', kind: 'toaster', label: 'T', position: { x: 0, y: 0 }, props: {} }],
      edges: [],
      viewport: { x: 0, y: 0, zoom: 1 },
      run: { seed: 1, speed: 1 },
    },
  });
  await page.evaluate((raw) => localStorage.setItem('apip:autosave', raw), damaged);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Your saved diagram could not be opened');
  await expect(page.getByRole('alert')).toContainText('nodes[0].kind');
  await page.getByRole('button', { name: 'Add Service' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('apip:damaged:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([damaged]);
});

test('the overview map appears only when part of the diagram is off screen', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add Service' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  // Scroll the canvas until the service is out of view.
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 200);
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
});

test('tidy up lays a scrambled diagram out left to right along its wires, and undo puts it back', async ({
  page,
}) => {
  await openApp(page);
  const box = await canvasBox(page);
  // Placed backwards: the service on the left, the client on the right, the gateway low in between.
  await dragFromPalette(page, 'Service', { x: box.x + 120, y: box.y + 120 });
  await dragFromPalette(page, 'Client', { x: box.x + 560, y: box.y + 140 });
  await dragFromPalette(page, 'API Gateway', { x: box.x + 330, y: box.y + 460 });
  await connect(page, 'Client', 'API Gateway');
  await connect(page, 'API Gateway', 'Service');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  const left = async (label: string) => (await node(page, label).boundingBox())!.x;
  const top = async (label: string) => (await node(page, label).boundingBox())!.y;
  expect(await left('Service')).toBeLessThan(await left('Client'));

  await page.getByRole('button', { name: 'Tidy up the layout' }).click();
  await expect
    .poll(
      async () =>
        (await left('Client')) < (await left('API Gateway')) &&
        (await left('API Gateway')) < (await left('Service')),
    )
    .toBe(true);
  // One row: a chain needs no vertical zigzag.
  await expect.poll(async () => Math.abs((await top('Client')) - (await top('Service')))).toBeLessThan(40);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await left('Service')) < (await left('Client'))).toBe(true);
});

test('on a 1024-pixel laptop screen, in either language, nothing is cut off at the side', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page);
  for (const lang of ['en', 'uk']) {
    await page.getByRole('combobox', { name: /Language|Мова/ }).selectOption(lang);
    await page.getByRole('button', { name: /^(Add|Додати:) (Service|Сервіс)$/ }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('combobox', { name: /Language|Мова/ })).toBeInViewport();
    await expect(page.getByRole('button', { name: /^(Run|Запустити)$/ })).toBeInViewport();
  }
});

test('wiring from the inspector, without dragging: only allowed targets are offered', async ({ page }) => {
  await openApp(page);
  for (const kind of ['Client', 'Service', 'Database']) {
    await page.getByRole('button', { name: `Add ${kind}`, exact: true }).focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(3);

  // A database calls nobody: nothing to connect it to.
  await node(page, 'Database').click();
  await expect(page.getByLabel('Connect to')).toHaveCount(0);

  await node(page, 'Client').click();
  const connectTo = page.getByLabel('Connect to');
  // A client calls services, not databases directly.
  await expect(connectTo.locator('option')).toHaveText(['Choose a component…', 'Service (Service)']);
  await connectTo.selectOption({ label: 'Service (Service)' });
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Connected Client → Service.' })).toBeVisible();
  // Already connected: the service is no longer offered.
  await expect(page.getByLabel('Connect to')).toHaveCount(0);
});

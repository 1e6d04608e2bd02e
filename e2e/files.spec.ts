import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from './fixtures';
import { addNamed, canvasBox, connect, mod, node, openApp } from './helpers';

/** Adds a named component and waits for it on the canvas. */
async function add(page: Page, kind: string, label: string): Promise<void> {
  await addNamed(page, kind, label);
  await expect(node(page, label)).toBeVisible();
}

test('export JSON, PNG and SVG; import the JSON by file choice and by dropping it on the canvas', async ({
  page,
  secrets,
}, testInfo) => {
  secrets.push('Exported service');
  await openApp(page);
  await add(page, 'Client', 'Exported client');
  await add(page, 'Service', 'Exported service');
  await connect(page, 'Exported client', 'Exported service');
  await page.getByRole('spinbutton', { name: 'Seed' }).fill('77');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the diagram' });
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  expect(json.suggestedFilename()).toBe('diagram.json');
  const file = testInfo.outputPath('diagram.json');
  await json.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved).toMatchObject({
    version: 1,
    run: { seed: 77 },
    nodes: [{ label: 'Exported client' }, { label: 'Exported service' }],
  });

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const pngFile = testInfo.outputPath('diagram.png');
  await png.saveAs(pngFile);
  const bytes = readFileSync(pngFile);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.length).toBeGreaterThan(5_000);
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svgFile = testInfo.outputPath('diagram.svg');
  await svg.saveAs(svgFile);
  const svgText = readFileSync(svgFile, 'utf8');
  expect(svgText).toMatch(/^<svg /);
  expect(svgText).toContain('Exported service');
  expect(svgText).not.toContain('<script');
  // A picture of the diagram, not of the editor: no connection handles.
  expect(svgText).not.toContain('react-flow__handle');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Start again, then open the file from the Open dialog.
  await page.getByRole('button', { name: 'New diagram' }).click();
  await page.getByRole('button', { name: 'Start a new one' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a JSON file…' }).click(),
  ]);
  await chooser.setFiles(file);
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('77');

  // Drop the same file on the canvas over this work: it asks, then opens.
  await node(page, 'Exported client').click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  const text = readFileSync(file, 'utf8');
  const box = await canvasBox(page);
  const drop = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'diagram.json', { type: 'application/json' }));
    return data;
  }, text);
  const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
  await page.locator('.react-flow__pane').dispatchEvent('dragenter', { dataTransfer: drop, ...at });
  await page.locator('.react-flow__pane').dispatchEvent('dragover', { dataTransfer: drop, ...at });
  await expect(page.getByText('Drop the file to open it')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('drop.png') });
  await page.locator('.react-flow__pane').dispatchEvent('drop', { dataTransfer: drop, ...at });
  await page
    .getByRole('dialog', { name: 'Open the file “diagram.json”?' })
    .getByRole('button', { name: 'Open it' })
    .click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(page.getByText('Drop the file to open it')).toHaveCount(0);
});

test('an image of a big diagram has every component in full, however far the view is zoomed', async ({
  page,
}, testInfo) => {
  // 310 components: past the count where the canvas only renders what is on screen.
  const nodes = Array.from({ length: 310 }, (_, i) => ({
    id: `n${i}`,
    kind: 'service',
    label: `Svc ${i}`,
    position: { x: (i % 20) * 240, y: Math.floor(i / 20) * 200 },
    props: {},
  }));
  const doc = {
    version: 1,
    name: 'Big',
    nodes,
    edges: [],
    viewport: { x: 20, y: 20, zoom: 1 },
    run: { seed: 1, speed: 1 },
  };
  const file = testInfo.outputPath('big.json');
  writeFileSync(file, JSON.stringify(doc));
  await openApp(page);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a JSON file…' }).click(),
  ]);
  await chooser.setFiles(file);
  // Opening fits the view: far out, the canvas draws simplified blocks.
  await expect(page.locator('.component-node.is-far')).toHaveCount(310);

  const exportSvg = async (name: string): Promise<string> => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the diagram' });
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const path = testInfo.outputPath(name);
    await svg.saveAs(path);
    await dialog.getByRole('button', { name: 'Close' }).click();
    return readFileSync(path, 'utf8');
  };
  // Every component in full, measured at its full size (with its settings), not as a far-out block.
  const fullNodes = (svg: string) =>
    [...svg.matchAll(/<rect class="frame" width="184" height="([\d.]+)"/g)].filter((m) => Number(m[1]) > 80)
      .length;
  const far = await exportSvg('far.svg');
  expect(fullNodes(far)).toBe(310);
  expect(far).toContain('Svc 309');
  await expect(page.locator('.component-node.is-far')).toHaveCount(310);

  // Zoomed in, most components are off screen and not rendered at all; the picture has them all.
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 10; i++) await zoomIn.click();
  await expect(page.locator('.component-node.is-far')).toHaveCount(0);
  expect(await page.locator('.react-flow__node').count()).toBeLessThan(100);
  const near = await exportSvg('near.svg');
  expect(fullNodes(near)).toBe(310);
  expect(near).toContain('Svc 309');
  expect(await page.locator('.react-flow__node').count()).toBeLessThan(100);
});

test('a person names the diagram: exports and Recent diagrams use the name, undo takes it back', async ({
  page,
}) => {
  await openApp(page);
  await add(page, 'Service', 'Orders');
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  const name = page.getByLabel('Diagram name');
  await expect(name).toHaveAttribute('placeholder', 'Untitled diagram');
  await name.fill('Checkout flow');
  await name.press('Enter');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the diagram' });
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  expect(json.suggestedFilename()).toBe('checkout-flow.json');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await expect(page.getByLabel('Diagram name')).toHaveValue('Checkout flow');

  // Replacing it with a new diagram keeps it under Recent diagrams, by its name.
  await page.getByRole('button', { name: 'New diagram' }).click();
  await page.getByRole('button', { name: 'Start a new one' }).click();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('dialog').getByText('Checkout flow')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByLabel('Diagram name').fill('Draft');
  await page.getByLabel('Diagram name').press('Enter');
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByLabel('Diagram name')).toHaveValue('');
});

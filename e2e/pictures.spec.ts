import { readFileSync } from 'node:fs';
import { expect, type Page, test } from './fixtures';
import { loadPage } from './helpers';

/** Opens the Export dialog, picks a background if asked, and downloads the picture. */
async function download(page: Page, format: 'PNG' | 'SVG', path: string, background?: 'Light' | 'Dark') {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the diagram' });
  if (background) await dialog.getByRole('radio', { name: background }).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: `Download ${format}` }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(`rabbitmq-topic-routing.${format.toLowerCase()}`);
  await file.saveAs(path);
  await dialog.getByRole('button', { name: 'Close' }).click();
}

/** What the browser makes of an SVG file: whether it parses, its size, texts, wires and arrowheads. */
async function readSvg(page: Page, svg: string) {
  // In a blank page of its own: the app's Content-Security-Policy rightly refuses the file's <style>
  // in the app's document, while an image (or a file opened on its own) uses it.
  const blank = await page.context().newPage();
  const read = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const markers = new Set([...doc.querySelectorAll('marker')].map((m) => `url(#${m.id})`));
    const wires = [...doc.querySelectorAll('path.wire')];
    return {
      parsed: root.nodeName === 'svg' && doc.querySelector('parsererror') === null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      nodes: doc.querySelectorAll('g.node').length,
      wires: wires.length,
      arrowed: wires.filter((w) => markers.has(w.getAttribute('marker-end') ?? '') && w.getAttribute('d'))
        .length,
      background: doc.querySelector(':root > rect')?.getAttribute('fill') ?? '',
    };
  }, svg);
  await blank.close();
  return read;
}

/** A PNG decoded in the page: its size, how many colours it has, and the luminance of a corner. */
function readPng(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    let unlikeCorner = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      if (
        Math.abs(pixels[i]! - pixels[0]!) +
          Math.abs(pixels[i + 1]! - pixels[1]!) +
          Math.abs(pixels[i + 2]! - pixels[2]!) >
        30
      )
        unlikeCorner++;
    }
    return {
      width: bitmap.width,
      height: bitmap.height,
      colours: colours.size,
      /** The share of pixels that differ from the background (the top-left corner). */
      drawn: unlikeCorner / (pixels.length / 4),
      corner: (0.2126 * pixels[0]! + 0.7152 * pixels[1]! + 0.0722 * pixels[2]!) / 255,
    };
  }, bytes.toString('base64'));
}

test('a picture of an example has every component and wire, as PNG and SVG, on a light or dark background', async ({
  page,
}, testInfo) => {
  await loadPage(page, '/#t=pattern-rabbitmq-routing');
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await expect(page.locator('.react-flow__edge')).toHaveCount(8);
  const names = await page.locator('.component-node__label').allTextContents();
  expect(names).toContain('welcome e-mails');
  const kinds = await page.locator('.component-node__kind').allTextContents();
  const wireLabels = await page.locator('.wire-label').allTextContents();
  expect(wireLabels).toContain('order.*');
  await page.locator('.canvas').screenshot({ path: testInfo.outputPath('canvas.png') });

  const svgPath = testInfo.outputPath('light.svg');
  await download(page, 'SVG', svgPath);
  const svg = await readSvg(page, readFileSync(svgPath, 'utf8'));
  expect(svg.parsed).toBe(true);
  expect(svg.nodes).toBe(9);
  for (const name of names) expect(svg.texts).toContain(name);
  for (const label of wireLabels) expect(svg.texts).toContain(label);
  // Kind names as the components show them.
  for (const kind of kinds) expect(svg.texts).toContain(kind);
  expect(svg.wires).toBe(8);
  expect(svg.arrowed).toBe(8);

  const pngPath = testInfo.outputPath('light.png');
  await download(page, 'PNG', pngPath);
  const png = await readPng(page, readFileSync(pngPath));
  // Twice the picture's size (sharp on high-density screens and slides).
  expect(png.width).toBe(2 * svg.width);
  expect(png.height).toBe(2 * svg.height);
  // The diagram spans 1,060 by 320 diagram pixels plus its nodes' size and 40 of room around.
  expect(svg.width).toBeGreaterThan(1060 + 184 + 80 - 2);
  expect(svg.height).toBeGreaterThan(320 + 80 + 80);
  expect(png.corner).toBeGreaterThan(0.9);
  expect(png.drawn).toBeGreaterThan(0.02);
  expect(png.colours).toBeGreaterThan(50);
  await testInfo.attach('canvas', { path: testInfo.outputPath('canvas.png'), contentType: 'image/png' });
  await testInfo.attach('picture', { path: pngPath, contentType: 'image/png' });

  // A dark background, chosen in the dialog: the same drawing on a dark ground.
  const darkSvgPath = testInfo.outputPath('dark.svg');
  await download(page, 'SVG', darkSvgPath, 'Dark');
  const dark = await readSvg(page, readFileSync(darkSvgPath, 'utf8'));
  expect(dark.parsed).toBe(true);
  expect(dark.background).not.toBe(svg.background);
  for (const name of names) expect(dark.texts).toContain(name);
  const darkPngPath = testInfo.outputPath('dark.png');
  await download(page, 'PNG', darkPngPath, 'Dark');
  const darkPng = await readPng(page, readFileSync(darkPngPath));
  expect(darkPng.width).toBe(png.width);
  expect(darkPng.corner).toBeLessThan(0.2);
  expect(darkPng.drawn).toBeGreaterThan(0.02);
  await testInfo.attach('dark picture', { path: darkPngPath, contentType: 'image/png' });
  // The page itself stayed as it was.
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  await page.locator('.canvas').screenshot({ path: testInfo.outputPath('canvas-after.png') });
});

test('the Export dialog offers the picture background in Ukrainian too', async ({ page }) => {
  await loadPage(page, '/#t=pattern-rabbitmq-routing');
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await page.getByLabel('Language').selectOption('uk');
  await page.getByRole('button', { name: 'Експорт', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Експортувати діаграму' });
  const group = dialog.getByRole('group', { name: 'Тло зображення' });
  await expect(group.getByRole('radio', { name: 'Світле' })).toBeChecked();
  await group.getByRole('radio', { name: 'Темне' }).check();
  await expect(group.getByRole('radio', { name: 'Світле' })).not.toBeChecked();
});

test('with the dark theme on screen a picture is dark unless a person picks light, and the screen stays dark', async ({
  page,
}, testInfo) => {
  await loadPage(page, '/#t=pattern-rabbitmq-routing');
  await expect(page.locator('.react-flow__node')).toHaveCount(9);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the diagram' });
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const darkPath = testInfo.outputPath('dark.png');
  await download(page, 'PNG', darkPath);
  expect((await readPng(page, readFileSync(darkPath))).corner).toBeLessThan(0.2);
  const lightPath = testInfo.outputPath('light.png');
  await download(page, 'PNG', lightPath, 'Light');
  const light = await readPng(page, readFileSync(lightPath));
  expect(light.corner).toBeGreaterThan(0.9);
  expect(light.drawn).toBeGreaterThan(0.02);
  await testInfo.attach('light picture of a dark screen', { path: lightPath, contentType: 'image/png' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The page is back in its own theme after borrowing the light one to read the picture's colours.
  const screen = await page.locator('.canvas').screenshot({ path: testInfo.outputPath('dark-screen.png') });
  expect((await readPng(page, screen)).corner).toBeLessThan(0.2);
});

import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './fixtures';
import { addNamed, connect, loadPage, mod, node, openApp } from './helpers';

const GOLDEN = readFileSync('src/share/golden/link-v1.txt', 'utf8').trim();

/** Adds a named component and waits for it on the canvas. */
async function add(page: Page, kind: string, label: string): Promise<void> {
  await addNamed(page, kind, label);
  await expect(node(page, label)).toBeVisible();
}

test('a shared link opens the same diagram, with its settings, in another person’s browser', async ({
  page,
  context,
  newGuardedContext,
  secrets,
}, testInfo) => {
  secrets.push('Checkout API', 'Orders service');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await add(page, 'Client', 'Checkout API');
  await add(page, 'Service', 'Orders service');
  await page.getByLabel('Instances', { exact: true }).fill('3');
  await page.getByLabel('Instances', { exact: true }).press('Enter');
  await connect(page, 'Checkout API', 'Orders service');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await page.getByRole('spinbutton', { name: 'Seed' }).fill('4242');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('5');

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this diagram' });
  const link = await dialog.getByTestId('share-link').inputValue();
  expect(link.startsWith(`${new URL(page.url()).origin}/#d=1.`)).toBe(true);
  expect(link).toMatch(/#d=1\.[A-Za-z0-9_-]+$/);
  await expect(dialog.getByTestId('share-length')).toHaveText(`${link.length} characters`);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toContainText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.screenshot({ path: testInfo.outputPath('share-dialog.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Someone else, with an empty playground, opens it: no question, the same diagram.
  const theirs = await (await newGuardedContext()).newPage();
  await theirs.goto(link);
  await expect(theirs.locator('.react-flow__node')).toHaveCount(2);
  await expect(theirs.locator('.react-flow__edge')).toHaveCount(1);
  await expect(node(theirs, 'Orders service')).toContainText('Instances3');
  await expect(theirs.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('4242');
  await expect(theirs.getByRole('combobox', { name: 'Speed' })).toHaveValue('5');
  await expect(theirs.getByRole('dialog')).toHaveCount(0);
  // The fragment is gone, so a reload shows their copy (autosaved), not the link again.
  expect(new URL(theirs.url()).hash).toBe('');
  await node(theirs, 'Checkout API').click();
  await theirs.keyboard.press('Delete');
  await expect(theirs.locator('.react-flow__node')).toHaveCount(1);
  await theirs.reload();
  await expect(theirs.locator('.react-flow__node')).toHaveCount(1);
  await expect(node(theirs, 'Orders service')).toBeVisible();
});

test('opening a link over my own work asks first and keeps my work under Recent diagrams', async ({
  page,
  secrets,
}, testInfo) => {
  secrets.push('My local draft');
  await openApp(page);
  await add(page, 'Service', 'My local draft');

  // Declining changes nothing.
  await loadPage(page, `/#d=${GOLDEN}`);
  const ask = page.getByRole('dialog', { name: 'Open the shared diagram?' });
  await expect(ask).toContainText('It replaces the diagram on screen (1 component)');
  await page.screenshot({ path: testInfo.outputPath('confirm.png') });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(node(page, 'My local draft')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');

  // Accepting opens the shared diagram; mine is one click away.
  await loadPage(page, `/#d=${GOLDEN}`);
  await page
    .getByRole('dialog', { name: 'Open the shared diagram?' })
    .getByRole('button', { name: 'Open it' })
    .click();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(node(page, 'Orders')).toContainText('Instances3');
  await expect(
    page.getByRole('status').filter({ hasText: 'Your previous diagram is kept under Open → Recent' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const open = page.getByRole('dialog', { name: 'Open a diagram' });
  const recent = open.getByTestId('recent-item');
  await expect(recent).toHaveCount(1);
  await expect(recent).toContainText('Untitled diagram (My local draft)');
  await expect(recent).toContainText('1 component · 0 connections · kept');
  await page.screenshot({ path: testInfo.outputPath('recent.png') });
  await recent.getByRole('button', { name: /^Open “Untitled diagram \(My local draft\)”/ }).click();
  await page
    .getByRole('dialog', { name: 'Reopen “Untitled diagram (My local draft)”?' })
    .getByRole('button', { name: 'Open it' })
    .click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(node(page, 'My local draft')).toBeVisible();

  // The shared one is now in the list too, so nothing was lost either way.
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('recent-item').first()).toContainText('Golden v1');
});

test('a link pasted into the address bar of an open tab is handled the same way', async ({ page }) => {
  await openApp(page);
  await add(page, 'Service', 'Mine');
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `d=${GOLDEN}`);
  await page
    .getByRole('dialog', { name: 'Open the shared diagram?' })
    .getByRole('button', { name: 'Open it' })
    .click();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  expect(new URL(page.url()).hash).toBe('');
});

test('a cut-off link says what is wrong and leaves my diagram as it was', async ({
  page,
  secrets,
}, testInfo) => {
  secrets.push('Still here');
  await openApp(page);
  await add(page, 'Service', 'Still here');
  await loadPage(page, `/#d=${GOLDEN.slice(0, GOLDEN.length - 40)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This link could not be opened: it is incomplete or damaged');
  await expect(alert).toContainText('Your diagram was not changed.');
  await page.screenshot({ path: testInfo.outputPath('cut-link.png') });
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect(node(page, 'Still here')).toBeVisible();
  await page.reload();
  await expect(node(page, 'Still here')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('built-in diagrams open by #t= and from Examples', async ({ page }) => {
  await loadPage(page, '/#t=reference-50');
  await expect(page.locator('.react-flow__node')).toHaveCount(50, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('button', { name: 'Open the example “A queue between two services”' }).click();
  await page
    .getByRole('dialog', { name: 'Open the example “A queue between two services”?' })
    .getByRole('button', { name: 'Open it' })
    .click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(node(page, 'Order events')).toBeVisible();
  // The inspector says what the example shows, until the diagram is replaced.
  const about = page.getByRole('region', { name: 'About this example' });
  await expect(about).toContainText('handed to invoicing through a message queue');
  await page.getByLabel('Language').selectOption('uk');
  await expect(page.getByRole('region', { name: 'Про цей приклад' })).toContainText(
    'Черга між двома сервісами',
  );
  await page.getByLabel('Мова').selectOption('en');
  await page.getByRole('button', { name: 'New diagram' }).click();
  await page.getByRole('button', { name: 'Start a new one' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(about).toHaveCount(0);
});

test('the embed view shows the diagram read-only and leaves my saved diagram alone', async ({
  page,
  secrets,
}, testInfo) => {
  secrets.push('Saved at home');
  await openApp(page);
  await add(page, 'Service', 'Saved at home');
  await loadPage(page, `/?embed=1#d=${GOLDEN}`);
  await expect(page.getByText('Golden v1: every field of the first document format')).toBeVisible();
  await expect(page.getByText('Read-only view')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.getByRole('heading', { name: 'Components' })).toHaveCount(0);
  const open = page.getByRole('link', { name: 'Open in the playground' });
  expect(await open.getAttribute('href')).toBe(`${new URL(page.url()).origin}/#d=${GOLDEN}`);
  await expect(open).toHaveAttribute('target', '_blank');
  await page.screenshot({ path: testInfo.outputPath('embed.png') });

  // Dragging does not move anything.
  const before = await node(page, 'Orders').boundingBox();
  await page.mouse.move(before!.x + 40, before!.y + 30);
  await page.mouse.down();
  await page.mouse.move(before!.x + 140, before!.y + 90, { steps: 8 });
  await page.mouse.up();
  const after = await node(page, 'Orders').boundingBox();
  expect(Math.abs(after!.x - before!.x - (after!.width - before!.width) / 2)).toBeLessThan(150);
  await loadPage(page, '/');
  await expect(node(page, 'Saved at home')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
});

test('copy a selection in one tab and paste it in another; paste a whole diagram to open it', async ({
  page,
  context,
  secrets,
}) => {
  secrets.push('Copied client');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await add(page, 'Client', 'Copied client');
  await add(page, 'Service', 'Left behind');
  await node(page, 'Copied client').click();
  await page.keyboard.press(`${mod}+c`);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(copied)).toMatchObject({
    clipboard: 'api-playground/selection',
    nodes: [{ label: 'Copied client' }],
  });

  const other = await context.newPage();
  await openApp(other);
  await other.getByRole('button', { name: 'New diagram' }).click();
  await other.getByRole('button', { name: 'Start a new one' }).click();
  await other.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await other.keyboard.press(`${mod}+v`);
  await expect(other.locator('.react-flow__node')).toHaveCount(1);
  await expect(node(other, 'Copied client')).toBeVisible();

  // A whole document on the clipboard opens (asking first, since this tab has work now).
  await other.evaluate(
    (text) => navigator.clipboard.writeText(text),
    readFileSync('src/templates/starter-queue.json', 'utf8'),
  );
  await other.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await other.keyboard.press(`${mod}+v`);
  await other
    .getByRole('dialog', { name: 'Open the pasted diagram?' })
    .getByRole('button', { name: 'Open it' })
    .click();
  await expect(other.locator('.react-flow__node')).toHaveCount(4);
});

test('the share dialog warns about long links and offers the file instead of very long ones', async ({
  page,
}, testInfo) => {
  await openApp(page);
  // Labels that do not compress (mulberry32 noise), so the link grows with the diagram.
  let state = 7;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const noise = () => Array.from({ length: 80 }, () => letters[Math.floor(random() * 64)]).join('');
  const documentWith = (count: number) => ({
    version: 1,
    name: `Big ${count}`,
    nodes: Array.from({ length: count }, (_, i) => ({
      id: `n${i + 1}`,
      kind: 'service',
      label: noise(),
      position: { x: (i % 20) * 220, y: Math.floor(i / 20) * 160 },
      props: {},
    })),
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
    run: { seed: 1, speed: 1 },
  });
  const open = async (count: number) => {
    const file = testInfo.outputPath(`big-${count}.json`);
    writeFileSync(file, JSON.stringify(documentWith(count)));
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose a JSON file…' }).click(),
    ]);
    await chooser.setFiles(file);
    if (count > 120)
      await page
        .getByRole('dialog', { name: `Open the file “big-${count}.json”?` })
        .getByRole('button', { name: 'Open it' })
        .click();
    await expect(page.getByRole('status').filter({ hasText: `Opened “big-${count}.json”` })).toBeVisible();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    return page.getByRole('dialog', { name: 'Share this diagram' });
  };

  let dialog = await open(120);
  const length = (await dialog.getByTestId('share-link').inputValue()).length;
  expect(length).toBeGreaterThan(8000);
  expect(length).toBeLessThan(32000);
  await expect(dialog.getByRole('note')).toContainText('Some chat tools and ticket systems cut long links');
  await dialog.getByRole('button', { name: 'Close' }).click();

  dialog = await open(500);
  await expect(dialog.getByTestId('share-link')).toHaveCount(0);
  await expect(dialog.getByRole('note')).toContainText('too long to pass around safely');
  await expect(dialog.getByRole('button', { name: 'Download JSON' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy JSON' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('too-long.png') });
});

test('the share, open and export dialogs and the embed view have no WCAG A/AA violations, in both languages', async ({
  page,
}, testInfo) => {
  const violations = async () =>
    (
      await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await openApp(page);
  await add(page, 'Service', 'Checked');
  for (const lang of ['en', 'uk'] as const) {
    await page.locator('.toolbar__lang select').selectOption(lang);
    for (const [button, dialog] of [
      [lang === 'en' ? 'Share' : 'Поділитися', lang === 'en' ? 'Share this diagram' : 'Поділитися діаграмою'],
      [lang === 'en' ? 'Open' : 'Відкрити', lang === 'en' ? 'Open a diagram' : 'Відкрити діаграму'],
      [lang === 'en' ? 'Export' : 'Експорт', lang === 'en' ? 'Export the diagram' : 'Експортувати діаграму'],
    ]) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
      expect(await violations(), `${lang} ${dialog}`).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`${lang}-${button}.png`) });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  }
  await loadPage(page, `/?embed=1#d=${GOLDEN}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  expect(await violations()).toEqual([]);
});

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './fixtures';
import { addNamed, connect, node, openApp } from './helpers';

/** Opens a built-in example from the Open dialog, as a person does. */
async function openExample(page: Page, name: string, nodes: number): Promise<void> {
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('button', { name: `Open the example “${name}”` }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);
}

async function openExport(page: Page, title = 'Export the diagram') {
  await page
    .getByRole('button', { name: title === 'Export the diagram' ? 'Export' : 'Експорт', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Clicks a download button and gives back the file's name and text. */
async function download(page: Page, button: ReturnType<Page['getByRole']>, path: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('an example exported as a Mermaid flowchart and an AsyncAPI document, downloaded and copied, in both languages', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await openExample(page, 'RabbitMQ: topic exchange routing', 9);
  let dialog = await openExport(page);

  const mermaid = await download(
    page,
    dialog.getByRole('button', { name: 'Download Mermaid' }),
    testInfo.outputPath('diagram.mmd'),
  );
  expect(mermaid.name).toBe('rabbitmq-topic-routing.mmd');
  expect(mermaid.text).toMatch(/^---\ntitle: "RabbitMQ topic routing"\n---\nflowchart LR\n/);
  // The exchange as a trapezoid, a queue as a subroutine box, bindings as labelled dotted wires.
  expect(mermaid.text).toContain('c_x[/"events (topic)"\\]');
  expect(mermaid.text).toContain('c_q2[["welcome e-mails"]]');
  expect(mermaid.text).toContain('c_x -.->|"*.created"| c_q2');
  expect(mermaid.text).toContain('c_orders -.->|"order.created, order.cancelled, payment.failed"| c_x');

  const asyncapi = await download(
    page,
    dialog.getByRole('button', { name: 'Download AsyncAPI' }),
    testInfo.outputPath('diagram.yaml'),
  );
  expect(asyncapi.name).toBe('rabbitmq-topic-routing.asyncapi.yaml');
  expect(asyncapi.text).toMatch(/^asyncapi: "3\.0\.0"\ninfo:\n {2}title: "RabbitMQ topic routing"\n/);
  for (const queue of ['order handling', 'welcome e-mails', 'audit'])
    expect(asyncapi.text).toContain(`    address: "${queue}"`);
  expect(asyncapi.text).toContain('title: "Orders sends to events (topic)"');
  expect(asyncapi.text).toContain('title: "Mailer receives from welcome e-mails"');
  expect(asyncapi.text).toContain('description: "Bound to exchange `events (topic)` with key `*.created`."');

  // Copy puts the same text on the clipboard and says so.
  await dialog.getByRole('button', { name: 'Copy Mermaid' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Mermaid text copied.');
  expect(await clipboard(page)).toBe(mermaid.text);
  await dialog.getByRole('button', { name: 'Copy AsyncAPI' }).click();
  await expect(dialog.getByRole('status')).toHaveText('AsyncAPI text copied.');
  expect(await clipboard(page)).toBe(asyncapi.text);

  // The text can be read (and selected by hand) in the dialog.
  await dialog.getByText('Show the AsyncAPI text').click();
  const preview = dialog.getByRole('textbox', { name: 'Show the AsyncAPI text' });
  await expect(preview).toHaveValue(asyncapi.text);
  const violations = await new AxeBuilder({ page })
    .include('dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('export-dialog.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // In Ukrainian the rows and the words of the exported text are Ukrainian; names stay as typed.
  await page.getByLabel('Language').selectOption('uk');
  dialog = await openExport(page, 'Експортувати діаграму');
  await expect(dialog.getByText('Документ AsyncAPI 3.0 (YAML)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Копіювати AsyncAPI' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Текст AsyncAPI скопійовано.');
  const uk = await clipboard(page);
  expect(uk).toContain('title: "Orders надсилає в events (topic)"');
  expect(uk).toContain('summary: "Обмінник RabbitMQ (topic)"');
  await page.screenshot({ path: testInfo.outputPath('export-dialog-uk.png') });
});

test('a diagram without messaging exports Mermaid, and the AsyncAPI row says why it has nothing', async ({
  page,
  secrets,
}, testInfo) => {
  secrets.push('Checkout "web"', 'Orders <b>API</b>');
  await openApp(page);
  await addNamed(page, 'Client', 'Checkout "web"');
  await expect(node(page, 'Checkout "web"')).toBeVisible();
  await addNamed(page, 'Service', 'Orders <b>API</b>');
  await expect(node(page, 'Orders <b>API</b>')).toBeVisible();
  await connect(page, 'Checkout "web"', 'Orders <b>API</b>');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  const dialog = await openExport(page);
  await expect(
    dialog.getByText(
      'This diagram has no exchange, queue, Kafka topic or event bus, so there are no messages',
    ),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Download AsyncAPI' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Copy AsyncAPI' })).toBeDisabled();

  const mermaid = await download(
    page,
    dialog.getByRole('button', { name: 'Download Mermaid' }),
    testInfo.outputPath('diagram.mmd'),
  );
  // An unnamed diagram: no title, a generic file name; the names' quotes and brackets as codes.
  expect(mermaid.name).toBe('diagram.mmd');
  const lines = mermaid.text.split('\n');
  expect(lines[0]).toBe('flowchart LR');
  expect(lines.filter((l) => l.includes('(["Checkout #34;web#34;"])'))).toHaveLength(1);
  expect(lines.filter((l) => l.includes('("Orders #60;b#62;API#60;/b#62;")'))).toHaveLength(1);
  expect(lines.filter((l) => / --> /.test(l))).toHaveLength(1);
});

import { deflateSync } from 'fflate';
import { expect, test } from './fixtures';
import { addNamed, loadPage, node, openApp } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';

/** A link payload made from any JSON text or value, as an attacker would make one. */
const payloadOf = (value: unknown, format = 1) =>
  `${format}.${Buffer.from(deflateSync(Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)))).toString('base64url')}`;

test('a label full of markup shows as text everywhere, and no script runs', async ({
  page,
  newGuardedContext,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(page);
  await addNamed(page, 'Service', XSS);
  await expect(page.locator('.component-node__label').filter({ hasText: XSS })).toHaveCount(1);
  await expect(page.locator('.react-flow__node img')).toHaveCount(0);

  // Through a link into another browser, and into its Recent diagrams.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.getByTestId('share-link').inputValue();
  const embed = await page.getByLabel('Embed code').inputValue();
  expect(embed).not.toContain('<img');
  const other = await (await newGuardedContext()).newPage();
  other.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(other);
  await addNamed(other, 'Client', 'Mine');
  await other.goto(link);
  await other.getByRole('button', { name: 'Open it' }).click();
  await expect(other.locator('.component-node__label').filter({ hasText: XSS })).toHaveCount(1);
  await expect(other.locator('img')).toHaveCount(0);
  await other.goto(`/?embed=1${new URL(link).hash}`);
  await expect(other.locator('.component-node__label').filter({ hasText: XSS })).toHaveCount(1);
  await expect(other.locator('img')).toHaveCount(0);

  // A diagram name with markup, pasted as JSON, appears as text in the question and the message.
  await other.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await other.goto('/');
  await other.evaluate(
    (text) => navigator.clipboard.writeText(text),
    JSON.stringify({
      version: 1,
      name: '<script>alert(2)</script>',
      nodes: [],
      edges: [],
      viewport: { x: 0, y: 0, zoom: 1 },
      run: { seed: 1, speed: 1 },
    }),
  );
  await other.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await other.keyboard.press('Control+v');
  await other
    .getByRole('dialog', { name: 'Open the pasted diagram?' })
    .getByRole('button', { name: 'Open it' })
    .click();
  await expect(
    other.getByRole('status').filter({ hasText: 'Opened “<script>alert(2)</script>”.' }),
  ).toBeVisible();
  await expect(other.locator('script:not([src])')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('storage that is full: a lasting notice, editing goes on, and the notice clears after the next good save', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as { storageFull?: boolean }).storageFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openApp(page);
  await page.evaluate(() => {
    (window as { storageFull?: boolean }).storageFull = true;
  });
  await page.getByRole('button', { name: 'Add Service' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Changes are not being saved' });
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Add Client' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await page.waitForTimeout(6000);
  await expect(notice).toBeVisible();

  await page.evaluate(() => {
    (window as { storageFull?: boolean }).storageFull = false;
  });
  await page.getByRole('button', { name: 'Add Database' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
});

test('storage that is denied (private mode, sandboxed frame): the app says so and works in memory', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openApp(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'This browser does not allow saving here' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Add Service' }).click();
  await page.getByRole('button', { name: 'Add Client' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
});

test('hostile links are refused with a reason and change nothing', async ({ page }, testInfo) => {
  await openApp(page);
  await addNamed(page, 'Service', 'Untouched');
  const cases: [string, RegExp][] = [
    [`#d=1.${'A'.repeat(64_001)}`, /it is 64,00\d characters long, more than the 64,000 a link may have/],
    [
      `#d=${`1.${Buffer.from(deflateSync(new Uint8Array(40_000_000).fill(32), { level: 9 })).toString('base64url')}`}`,
      /more than 1,000 KB of data/,
    ],
    ['#d=9.AAAA', /made by a newer version of the playground \(link format 9\)/],
    [`#d=${payloadOf({ v: 2, N: [] })}`, /made by a newer version of the playground \(diagram format 2\)/],
    [
      `#d=${payloadOf({ v: 1, N: Array.from({ length: 501 }, () => ['service', 'S', 0, 0]) })}`,
      /at nodes: more than 500/,
    ],
    [
      `#d=${payloadOf({ v: 1, N: [['service', 'S', 0, 0, { instances: 1e9 }]] })}`,
      /nodes\[0\]\.props\.instances: Too large/,
    ],
    [`#d=${payloadOf({ v: 1, N: [['toaster', 'T', 0, 0]] })}`, /nodes\[0\]\.kind/],
    ['#d=1.%%%', /incomplete or damaged/],
    ['#t=../../etc/passwd', /no built-in diagram called/],
  ];
  for (const [hash, reason] of cases) {
    await loadPage(page, `/${hash}`);
    const alert = page.getByRole('alert');
    await expect(alert, hash.slice(0, 40)).toContainText(reason);
    await expect(alert).toContainText('Your diagram was not changed.');
    await expect(node(page, 'Untouched')).toBeVisible();
  }
  await page.screenshot({ path: testInfo.outputPath('refused.png') });

  // Prototype keys at every level are just data: the diagram is valid, so it asks, and nothing is polluted.
  const polluting =
    '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"v":1,"N":[["service","S",0,0,{"__proto__":{"polluted":1}}]]}';
  await loadPage(page, `/#d=${payloadOf(polluting)}`);
  await page
    .getByRole('dialog', { name: 'Open the shared diagram?' })
    .getByRole('button', { name: 'Open it' })
    .click();
  await expect(node(page, 'S')).toBeVisible();
  expect(
    await page.evaluate(() => [{} as Record<string, unknown>].map((o) => o.polluted)[0] ?? null),
  ).toBeNull();
});

test('a dropped file that is not a diagram is named in the refusal', async ({ page }) => {
  await openApp(page);
  await addNamed(page, 'Service', 'Kept');
  const data = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['just some notes'], 'notes.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.locator('.react-flow__pane').dispatchEvent('drop', { dataTransfer: data });
  await expect(page.getByRole('alert')).toContainText(
    'The file “notes.txt” could not be opened: it is not a playground diagram or share link. Your diagram was not changed.',
  );
  await expect(node(page, 'Kept')).toBeVisible();
});

test('two tabs: a tab never silently overwrites the other’s newer save', async ({
  page,
  context,
  secrets,
}) => {
  secrets.push('Written in tab A', 'Written in tab B');
  await openApp(page);
  const tabB = await context.newPage();
  await openApp(tabB);

  await addNamed(page, 'Service', 'Written in tab A');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('apip:autosave') ?? ''))
    .toContain('Written in tab A');
  await addNamed(tabB, 'Client', 'Written in tab B');
  await expect(tabB.getByRole('status').filter({ hasText: 'also changed in another tab' })).toBeVisible();

  await tabB.getByRole('button', { name: 'Open', exact: true }).click();
  const kept = tabB.getByTestId('recent-item').first();
  await expect(kept).toContainText('Written in tab A');
  await expect(kept).toContainText('saved in another tab');
});

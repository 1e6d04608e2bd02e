import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, type Page, test } from './fixtures';
import { loadPage } from './helpers';

/**
 * Offline use and the update prompt (docs/ARCHITECTURE.md, "Offline"). These tests serve the
 * production build from their own small server (on a free port, so each test has its own origin
 * and its own service worker) because they must be able to take it down, or make it publish a
 * new version, while the page stays open.
 */
const DIST = process.env.E2E_DIST ?? 'dist';

// The suite blocks service workers (playwright.config.ts); these tests are about them.
test.use({ serviceWorkers: 'allow' });
const GOLDEN = readFileSync('src/share/golden/link-v1.txt', 'utf8').trim();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.map': 'application/json',
};

interface Site {
  origin: string;
  /** Files served instead of the build's (a "new version"), by path without the leading slash. */
  replace: Map<string, string>;
  close: () => Promise<void>;
}

async function serveBuild(): Promise<Site> {
  const replace = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname.slice(1) || 'index.html';
    const file = normalize(path);
    if (file.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    let body: string | Buffer;
    try {
      body = replace.get(file) ?? readFileSync(join(DIST, file));
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    replace,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The first visit is over once the service worker has cached the app and controls the page. */
async function waitUntilControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated');
}

async function expectEditor(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: /API Patterns Playground|Пісочниця/ })).toBeVisible();
}

test('after one visit the playground opens, runs an example and opens links with the server gone', async ({
  page,
  context,
}) => {
  const site = await serveBuild();
  try {
    await page.goto(`${site.origin}/`);
    await expectEditor(page);
    await waitUntilControlled(page);
  } finally {
    await site.close();
  }
  await context.setOffline(true);

  await page.reload();
  await expectEditor(page);
  // The examples, the engine's worker and the run's panels are lazy chunks: all from the cache.
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('button', { name: 'Open the example “A queue between two services”' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => page.getByTestId('run-clock').textContent()).not.toBe('0.0 s');

  // A shared link (query and fragment) opens from the cache too, fragment intact.
  await loadPage(page, `${site.origin}/?embed=1#d=${GOLDEN}`);
  await expect(page.getByText('Golden v1: every field of the first document format')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
});

test('a new version waits until Reload is pressed in the prompt, in either language', async ({
  page,
}, testInfo) => {
  const site = await serveBuild();
  try {
    await page.goto(`${site.origin}/`);
    await expectEditor(page);
    await waitUntilControlled(page);
    await expect(page).toHaveTitle('API Integration Patterns Playground');

    // The server publishes a new build: another page title, and a service worker that says so.
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const revision = /url:"index\.html",revision:"([^"]+)"/.exec(sw)?.[1];
    expect(revision, 'sw.js precaches index.html').toBeTruthy();
    site.replace.set('index.html', html.replace('</title>', ' (new)</title>'));
    site.replace.set('sw.js', sw.replace(`revision:"${revision}"`, `revision:"${revision}-new"`));

    // Coming back finds it; the page goes on running the version it has until the person agrees.
    await page.reload();
    const prompt = page.getByRole('status', { name: 'A new version of the playground is ready.' });
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('Reload to use it; your diagram is kept.');
    await expect(page).toHaveTitle('API Integration Patterns Playground');
    await page.screenshot({ path: testInfo.outputPath('update-prompt.png') });

    await page.getByLabel('Language').selectOption('uk');
    const ukPrompt = page.getByRole('status', { name: 'Готова нова версія пісочниці.' });
    await expect(ukPrompt).toBeVisible();
    await ukPrompt.getByRole('button', { name: 'Перезавантажити' }).click();

    await expect(page).toHaveTitle('API Integration Patterns Playground (new)');
    await expectEditor(page);
    await expect(page.getByRole('status', { name: /new version|нова версія/ })).toHaveCount(0);
  } finally {
    await site.close();
  }
});

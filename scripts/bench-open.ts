/**
 * `npm run bench:open`: how long a shared link of a 200-component diagram takes to show, from
 * navigation to the frame where every component is on screen inside the canvas, fitted. Production
 * build (`dist-open`, built by the npm script) served by `vite preview`, headless Chromium at
 * 1280x800, a fresh browser context (a first visit: nothing cached, nothing saved) per run.
 * Prints `open-200n: median <ms> ms` over 5 runs, and each run's figure.
 */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { benchDiagram } from '../bench/ui/generate';
import { shareLink } from '../src/share/linkCodec';
import { chromiumLaunchOptions } from './browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const NODES = 200;
const PORT = 4187;

declare global {
  interface Window {
    __fittedAt?: number;
  }
}

/**
 * Installed before the page's own scripts: each animation frame, is the diagram there and fitted?
 * Every component rendered and measured (React Flow hides a node until it knows its size), all of
 * them inside the canvas, and together spanning most of its width or height (fitted, not merely
 * somewhere on screen). A string, not a function: tsx would add helpers the page does not have.
 */
const WATCH_FOR_FIT = `(() => {
  const expected = ${NODES};
  const check = () => {
    const pane = document.querySelector('.react-flow__renderer')?.getBoundingClientRect();
    const nodes = document.querySelectorAll('.react-flow__node');
    if (pane && pane.width > 0 && nodes.length === expected) {
      let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity, shown = true;
      for (const node of nodes) {
        if (getComputedStyle(node).visibility === 'hidden') { shown = false; break; }
        const r = node.getBoundingClientRect();
        left = Math.min(left, r.left); top = Math.min(top, r.top);
        right = Math.max(right, r.right); bottom = Math.max(bottom, r.bottom);
      }
      const inside = left >= pane.left - 1 && top >= pane.top - 1 && right <= pane.right + 1 && bottom <= pane.bottom + 1;
      const spans = (right - left) / pane.width > 0.6 || (bottom - top) / pane.height > 0.6;
      if (shown && inside && spans) { window.__fittedAt = performance.now(); return; }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const server = await preview({
    build: { outDir: 'dist-open' },
    preview: { port: PORT, strictPort: true },
    logLevel: 'warn',
  });
  const link = shareLink(benchDiagram(NODES, 1000), `http://localhost:${PORT}/`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const times: number[] = [];
  try {
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript({ content: WATCH_FOR_FIT });
      const page = await context.newPage();
      await page.goto(link, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__fittedAt !== undefined, null, { timeout: 30_000 });
      // performance.now() counts from the navigation's start (the page's time origin).
      times.push(await page.evaluate(() => window.__fittedAt!));
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  console.log(`runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(`open-${NODES}n: median ${median(times).toFixed(0)} ms`);
}

await main();

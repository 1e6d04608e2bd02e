/**
 * `npm run bench:open`: how long a shared link of a 200-component diagram takes to show, from
 * navigation to the frame where every component and wire is on screen inside the canvas, fitted.
 * Production build (`dist-open`, built by the npm script) served by `vite preview`, headless
 * Chromium at 1280x800, a fresh browser context (a first visit: nothing cached, nothing saved) per run.
 * Prints `open-200n: median <ms> ms` over 5 runs, each run's figure, and the median of each step
 * on the way (the page's own `apip:` performance marks and the watcher's).
 */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { benchDiagram } from '../bench/ui/generate';
import { shareLink } from '../src/share/linkCodec';
import { chromiumLaunchOptions } from './browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const NODES = 200;
const DIAGRAM = benchDiagram(NODES, 1000);
const PORT = 4187;

declare global {
  interface Window {
    __fittedAt?: number;
    __openSteps?: Record<string, number>;
  }
}

/**
 * Installed before the page's own scripts, it looks once per animation frame, as cheaply as the
 * question allows, so the watching does not slow what it watches. Shown and fitted means: every
 * component rendered and measured (React Flow keeps a node `visibility: hidden`, inline, until it
 * knows its size, and nothing else hides one: the computed visibility of the first, middle and
 * last), every wire drawn (React Flow renders a wire only once both ends' handles are placed),
 * all of them inside the canvas, and together spanning most of its width or height (fitted,
 * not merely somewhere on screen). The node count and inline styles cost nothing; only once they
 * pass are the boxes read (one layout, which the frame needs anyway). The time taken is after that
 * frame has been painted (a task queued from the frame's callback runs after its rendering).
 * A string, not a function: tsx would add helpers the page does not have.
 */
const WATCH_FOR_FIT = `(() => {
  const expected = ${NODES};
  const expectedWires = ${DIAGRAM.edges.length};
  const steps = {};
  window.__openSteps = steps;
  const step = (name) => { if (!(name in steps)) steps[name] = performance.now(); };
  const nodes = document.getElementsByClassName('react-flow__node');
  const wires = document.getElementsByClassName('react-flow__edge');
  const afterPaint = new MessageChannel();
  afterPaint.port1.onmessage = () => { window.__fittedAt = performance.now(); };
  const fitted = () => {
    const pane = document.querySelector('.react-flow__renderer')?.getBoundingClientRect();
    if (!pane || pane.width === 0) return false;
    for (const i of [0, expected >> 1, expected - 1])
      if (getComputedStyle(nodes[i]).visibility !== 'visible') return false;
    let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    for (let i = 0; i < expected; i++) {
      const r = nodes[i].getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      left = Math.min(left, r.left); top = Math.min(top, r.top);
      right = Math.max(right, r.right); bottom = Math.max(bottom, r.bottom);
    }
    const inside = left >= pane.left - 1 && top >= pane.top - 1 && right <= pane.right + 1 && bottom <= pane.bottom + 1;
    const spans = (right - left) / pane.width > 0.6 || (bottom - top) / pane.height > 0.6;
    return inside && spans;
  };
  const check = () => {
    const count = nodes.length;
    if (count > 0) step('first node in the DOM');
    if (count === expected) {
      step('all nodes in the DOM');
      let measured = true;
      for (let i = 0; i < count; i++)
        if (nodes[i].style.visibility === 'hidden') { measured = false; break; }
      if (measured) step('all measured');
      if (wires.length === expectedWires) step('all wires drawn');
      if (measured && wires.length === expectedWires && fitted()) {
        step('fitted');
        afterPaint.port2.postMessage(0);
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Where the time went in one run: navigation timing, first paint, the page's marks, the watcher's steps. */
async function stepsOf(page: import('@playwright/test').Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) {
      out['response end'] = nav.responseEnd;
      out.DOMContentLoaded = nav.domContentLoadedEventEnd;
    }
    for (const p of performance.getEntriesByType('paint')) out[p.name] = p.startTime;
    for (const m of performance.getEntriesByType('mark'))
      if (m.name.startsWith('apip:')) out[m.name] = m.startTime;
    Object.assign(out, window.__openSteps);
    out['fitted, painted'] = window.__fittedAt!;
    return out;
  });
}

async function main(): Promise<void> {
  const server = await preview({
    build: { outDir: 'dist-open' },
    preview: { port: PORT, strictPort: true },
    logLevel: 'warn',
  });
  const link = shareLink(DIAGRAM, `http://localhost:${PORT}/`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const times: number[] = [];
  const steps = new Map<string, number[]>();
  try {
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript({ content: WATCH_FOR_FIT });
      const page = await context.newPage();
      await page.goto(link, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__fittedAt !== undefined, null, { timeout: 30_000 });
      // performance.now() counts from the navigation's start (the page's time origin).
      times.push(await page.evaluate(() => window.__fittedAt!));
      for (const [name, at] of Object.entries(await stepsOf(page)))
        steps.set(name, [...(steps.get(name) ?? []), at]);
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  const rows = [...steps].map(([name, at]) => ({ name, at: median(at) })).sort((a, b) => a.at - b.at);
  console.log('median of each step, ms after navigation:');
  for (const { name, at } of rows) console.log(`  ${at.toFixed(0).padStart(6)}  ${name}`);
  console.log(`runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(`open-${NODES}n: median ${median(times).toFixed(0)} ms`);
}

await main();

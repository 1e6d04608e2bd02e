/**
 * `npm run bench:ui`: frame times of the production build in headless Chromium at 1280x800.
 * Prints one line per case: `<case>: median <ms> ms, p95 <ms> ms, over20 <percent>%, main <ms> ms/frame`,
 * each figure the median of 3 runs, frame times from requestAnimationFrame over 5 s and main-thread
 * busy time per frame from the browser's performance metrics (TaskDuration).
 */
import { type Browser, chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './browser';

interface Case {
  name: string;
  page: 'app' | 'bare';
  nodes: number;
  messages: number;
  view: 'fit' | 'zoom1';
  motion: 'still' | 'pan' | 'panZoom';
}

const CASES: Case[] = [
  { name: 'still-200n-10000m', page: 'app', nodes: 200, messages: 10_000, view: 'fit', motion: 'still' },
  { name: 'pan-200n-1000m', page: 'app', nodes: 200, messages: 1000, view: 'fit', motion: 'panZoom' },
  { name: 'pan-1000n-5000m', page: 'app', nodes: 1000, messages: 5000, view: 'zoom1', motion: 'pan' },
  { name: 'fit-500n', page: 'app', nodes: 500, messages: 0, view: 'fit', motion: 'pan' },
  { name: 'bare-fit-500n', page: 'bare', nodes: 500, messages: 0, view: 'fit', motion: 'pan' },
];

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MEASURE_MS = 5000;

interface Sample {
  median: number;
  p95: number;
  over20: number;
  main: number;
  inFlight: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

async function taskSeconds(
  page: Page,
  cdp: Awaited<ReturnType<Page['context']>>['newCDPSession'] extends (p: Page) => Promise<infer S>
    ? S
    : never,
): Promise<number> {
  void page;
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

/** Moves the view the way a person pans: a held middle button dragged in a slow circle (and a few zooms). */
async function move(page: Page, motion: Case['motion'], until: number): Promise<void> {
  if (motion === 'still') {
    await page.waitForTimeout(until - Date.now());
    return;
  }
  const cx = 640;
  const cy = 420;
  await page.mouse.move(cx, cy);
  await page.mouse.down({ button: 'middle' });
  let step = 0;
  while (Date.now() < until) {
    const a = step / 20;
    await page.mouse.move(cx + Math.cos(a) * 120, cy + Math.sin(a) * 80);
    step++;
    if (motion === 'panZoom' && step % 60 === 30) {
      await page.mouse.up({ button: 'middle' });
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, step % 120 === 30 ? -200 : 200);
      await page.keyboard.up('Control');
      await page.mouse.down({ button: 'middle' });
    }
    await page.waitForTimeout(8);
  }
  await page.mouse.up({ button: 'middle' });
}

async function runOnce(browser: Browser, base: string, c: Case): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const url = `${base}/${c.page}.html?${process.env.EXTRA ?? ''}&nodes=${c.nodes}&messages=${c.messages}&view=${c.view}`;
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
  if (c.messages > 0) {
    // Let traffic build up to the target before measuring.
    await page
      .waitForFunction(
        (target) => (window as unknown as { benchInFlight: () => number }).benchInFlight() >= target * 0.9,
        c.messages,
        { timeout: 30_000 },
      )
      .catch(() => {});
  }
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // A string, not a function: tsx would wrap a function's inner helpers in a __name() the page lacks.
  await page.evaluate(`(() => {
    window.frames_ = [];
    const tick = (t) => { window.frames_.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const before = await taskSeconds(page, cdp);
  await move(page, c.motion, Date.now() + MEASURE_MS);
  const after = await taskSeconds(page, cdp);
  const frames = (await page.evaluate('window.frames_')) as number[];
  const inFlight =
    c.messages > 0
      ? await page.evaluate(() => (window as unknown as { benchInFlight: () => number }).benchInFlight())
      : 0;
  await context.close();
  const deltas = frames.slice(1).map((t, i) => t - frames[i]!);
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    over20: (100 * deltas.filter((d) => d > 20).length) / Math.max(1, deltas.length),
    main: ((after - before) * 1000) / Math.max(1, deltas.length),
    inFlight,
  };
}

async function main(): Promise<void> {
  const server = await preview({
    configFile: 'vite.bench.config.ts',
    preview: { port: 4180, strictPort: true },
    logLevel: 'warn',
  });
  const base = 'http://localhost:4180';
  const browser = await chromium.launch(chromiumLaunchOptions());
  const mains: Record<string, number> = {};
  try {
    const only = process.env.BENCH_CASES?.split(',');
    const cases = CASES.filter((x) => !only || only.includes(x.name));
    // Runs are interleaved (a b c d e, a b c d e, ...) so that a busy moment on the machine lands on
    // every case alike instead of on one case's three runs, which matters for the d/e ratio.
    const samples = new Map<string, Sample[]>(cases.map((c) => [c.name, []]));
    for (let r = 0; r < RUNS; r++) {
      for (const c of cases) samples.get(c.name)!.push(await runOnce(browser, base, c));
    }
    for (const c of cases) {
      const runs = samples.get(c.name)!;
      const m = (k: keyof Sample) => median(runs.map((s) => s[k]));
      mains[c.name] = m('main');
      const flight = c.messages > 0 ? ` (in flight ${Math.round(m('inFlight'))})` : '';
      console.log(
        `${c.name}: median ${m('median').toFixed(1)} ms, p95 ${m('p95').toFixed(1)} ms, over20 ${m('over20').toFixed(1)}%, main ${m('main').toFixed(2)} ms/frame${flight}`,
      );
    }
    const d = mains['fit-500n'];
    const e = mains['bare-fit-500n'];
    if (d !== undefined && e)
      console.log(`fit-500n / bare-fit-500n main-thread ratio: ${(d / e).toFixed(2)}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();

/**
 * `npm run bench:ui`: frame times of the production build in headless Chromium at 1280x800.
 * Prints one line per case: `<case>: median <ms> ms, p95 <ms> ms, over20 <percent>%, main <ms> ms/frame`,
 * each figure the median of 3 runs, frame times from requestAnimationFrame over 5 s and main-thread
 * busy time per frame from the browser's performance metrics (TaskDuration). Panning cases get
 * the same input stream on every page (one mouse event per 16.7 ms, see `move`); each line also
 * says how many mouse moves the page handled. `still-200n-10000m-metrics` is the 10,000-message
 * case with a service selected (live metrics, charts and the queueing view open); a line compares
 * its main-thread time with `still-200n-10000m`. Each app case that moves the view has a `bare-*`
 * comparator (the same nodes and input on a bare React Flow page, no messages), and a line gives
 * the app/bare main-thread ratio.
 *
 * Diagnostics (the figures printed are then not comparable): `BENCH_TRACE=<dir>` writes a Chromium
 * trace of each run's measured 5 s to `<dir>/<case>-<run>.json` (`BENCH_TRACE_CATEGORIES`, comma-separated,
 * instead of Playwright's default categories), and `BENCH_PROFILE=1` prints the
 * page's JavaScript self time per function (a CDP CPU profile), the 12 costliest, per run.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
  /** `metrics`: a service selected, so its live metrics, charts and queueing view are open. */
  panel?: 'metrics';
}

const CASES: Case[] = [
  { name: 'still-200n-10000m', page: 'app', nodes: 200, messages: 10_000, view: 'fit', motion: 'still' },
  {
    name: 'still-200n-10000m-metrics',
    page: 'app',
    nodes: 200,
    messages: 10_000,
    view: 'fit',
    motion: 'still',
    panel: 'metrics',
  },
  { name: 'pan-200n-1000m', page: 'app', nodes: 200, messages: 1000, view: 'fit', motion: 'panZoom' },
  { name: 'pan-1000n-5000m', page: 'app', nodes: 1000, messages: 5000, view: 'zoom1', motion: 'pan' },
  // The panning cases' comparators: the same nodes and the same input on a bare React Flow page.
  { name: 'bare-pan-200n', page: 'bare', nodes: 200, messages: 0, view: 'fit', motion: 'panZoom' },
  { name: 'bare-pan-1000n', page: 'bare', nodes: 1000, messages: 0, view: 'zoom1', motion: 'pan' },
  { name: 'fit-500n', page: 'app', nodes: 500, messages: 0, view: 'fit', motion: 'pan' },
  { name: 'bare-fit-500n', page: 'bare', nodes: 500, messages: 0, view: 'fit', motion: 'pan' },
];

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TRACE_DIR = process.env.BENCH_TRACE;
const PROFILE = process.env.BENCH_PROFILE === '1';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** JavaScript self time per function (ms), the costliest first. */
function selfTimes(profile: CpuProfile, top = 12): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id);
    if (!f) return;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals]
    .filter(([k]) => !k.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${k}`)
    .join('\n');
}
const MEASURE_MS = 5000;

interface Sample {
  median: number;
  p95: number;
  over20: number;
  main: number;
  inFlight: number;
  /** Mouse moves the page handled: the same for every page, since the input stream is fixed. */
  moves: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

async function taskSeconds(cdp: Cdp): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

/** The input rate of a mouse or trackpad: one move per display frame. */
const INPUT_INTERVAL_MS = 1000 / 60;

/**
 * Moves the view the way a person pans: a held middle button dragged in a slow circle (and, for
 * panZoom, a Ctrl+wheel zoom in or out every second). The input is a fixed stream, the same for
 * every page: one real browser mouse event (CDP Input) per 16.7 ms, its position a function of
 * time, sent on schedule without waiting for the page to finish the previous one. (Waiting, as
 * Playwright's `mouse.move` does, would let a page that handles input faster receive more moves
 * and so do more work in the same 5 s: the app and the bare page would not get the same pan.)
 */
async function move(cdp: Cdp, motion: Case['motion'], durationMs: number): Promise<void> {
  if (motion === 'still') {
    await new Promise((resolve) => setTimeout(resolve, durationMs));
    return;
  }
  const cx = 640;
  const cy = 420;
  const pending: Promise<unknown>[] = [];
  const mouse = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number, y: number) =>
    pending.push(
      cdp.send('Input.dispatchMouseEvent', {
        type,
        x,
        y,
        button: 'middle',
        buttons: type === 'mouseReleased' ? 0 : 4,
        clickCount: type === 'mouseMoved' ? 0 : 1,
      }),
    );
  const wheel = (deltaY: number) =>
    pending.push(
      cdp.send('Input.dispatchMouseEvent', {
        type: 'mouseWheel',
        x: cx,
        y: cy,
        deltaX: 0,
        deltaY,
        modifiers: 2,
      }),
    );
  mouse('mouseMoved', cx + 120, cy);
  mouse('mousePressed', cx + 120, cy);
  const start = Date.now();
  let tick = 0;
  let zooms = 0;
  for (;;) {
    const elapsed = Date.now() - start;
    if (elapsed >= durationMs) break;
    // One turn of the circle every 2 s.
    const a = (elapsed / 2000) * 2 * Math.PI;
    const x = cx + Math.cos(a) * 120;
    const y = cy + Math.sin(a) * 80;
    if (motion === 'panZoom' && elapsed >= 500 + zooms * 1000) {
      mouse('mouseReleased', x, y);
      wheel(zooms % 2 === 0 ? -200 : 200);
      mouse('mousePressed', x, y);
      zooms++;
    }
    mouse('mouseMoved', x, y);
    tick++;
    const next = start + tick * INPUT_INTERVAL_MS;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
  }
  mouse('mouseReleased', cx, cy);
  await Promise.all(pending);
}

async function runOnce(browser: Browser, base: string, c: Case, run = 0): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const url = `${base}/${c.page}.html?${process.env.EXTRA ?? ''}&nodes=${c.nodes}&messages=${c.messages}&view=${c.view}${c.panel ? `&panel=${c.panel}` : ''}`;
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
  if (c.panel === 'metrics') {
    // The panels that load on first use have loaded, and the queueing table has rows.
    await page.getByTestId('queueing-row').first().waitFor({ timeout: 30_000 });
  }
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // A string, not a function: tsx would wrap a function's inner helpers in a __name() the page lacks.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.moves_ = 0;
    addEventListener('mousemove', () => { window.moves_++; }, true);
    const tick = (t) => { window.frames_.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  if (TRACE_DIR) {
    mkdirSync(TRACE_DIR, { recursive: true });
    const categories = process.env.BENCH_TRACE_CATEGORIES?.split(',');
    await browser.startTracing(page, {
      path: join(TRACE_DIR, `${c.name}-${run}.json`),
      ...(categories ? { categories } : {}),
    });
  }
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const before = await taskSeconds(cdp);
  await move(cdp, c.motion, MEASURE_MS);
  const after = await taskSeconds(cdp);
  if (PROFILE) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    console.log(`  ${c.name} run ${run}, JavaScript self time:\n${selfTimes(profile)}`);
  }
  if (TRACE_DIR) await browser.stopTracing();
  const frames = (await page.evaluate('window.frames_')) as number[];
  const moves = (await page.evaluate('window.moves_')) as number;
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
    moves,
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
      for (const c of cases) samples.get(c.name)!.push(await runOnce(browser, base, c, r));
    }
    for (const c of cases) {
      const runs = samples.get(c.name)!;
      const m = (k: keyof Sample) => median(runs.map((s) => s[k]));
      mains[c.name] = m('main');
      const notes = [
        ...(c.messages > 0 ? [`in flight ${Math.round(m('inFlight'))}`] : []),
        ...(c.motion !== 'still' ? [`${Math.round(m('moves'))} mouse moves`] : []),
      ];
      const flight = notes.length ? ` (${notes.join(', ')})` : '';
      console.log(
        `${c.name}: median ${m('median').toFixed(1)} ms, p95 ${m('p95').toFixed(1)} ms, over20 ${m('over20').toFixed(1)}%, main ${m('main').toFixed(2)} ms/frame${flight}`,
      );
    }
    const still = mains['still-200n-10000m'];
    const withMetrics = mains['still-200n-10000m-metrics'];
    if (still !== undefined && withMetrics !== undefined)
      console.log(
        `still-200n-10000m-metrics / still-200n-10000m main-thread: ${(withMetrics / still).toFixed(2)} (${withMetrics >= still ? '+' : ''}${(100 * (withMetrics / still - 1)).toFixed(1)}%)`,
      );
    for (const [app, bare] of [
      ['pan-200n-1000m', 'bare-pan-200n'],
      ['pan-1000n-5000m', 'bare-pan-1000n'],
      ['fit-500n', 'bare-fit-500n'],
    ] as const) {
      const [a, b] = [mains[app], mains[bare]];
      if (a !== undefined && b) console.log(`${app} / ${bare} main-thread ratio: ${(a / b).toFixed(2)}`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();

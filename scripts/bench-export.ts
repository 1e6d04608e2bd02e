/**
 * `npm run bench:export`: how long a picture of a 310-component diagram takes, as a person gets it.
 * The production build (served by vite preview) opens the diagram from a share link in headless
 * Chromium at 1280x800; each run opens the Export dialog, clicks "Download PNG" (or SVG) and times
 * from the click to the browser's download event. A fresh page per run; median of 5. Prints
 * `export-png-310n: median <ms> ms` and `export-svg-310n: median <ms> ms`, then the picture sizes.
 * BENCH_PORT (4184) and BENCH_DIST (dist-export) choose the server's port and the build it serves.
 */
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { exportDiagram } from '../bench/exportDiagram';
import { shareLink } from '../src/share/linkCodec';
import { chromiumLaunchOptions } from './browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4184);
const DIST = process.env.BENCH_DIST ?? 'dist-export';
const FORMATS = ['png', 'svg'] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const doc = exportDiagram(310);

/** Clicks Download and waits for the file; the time from the click to the download event. */
async function timedExport(
  page: Page,
  format: (typeof FORMATS)[number],
): Promise<{ ms: number; bytes: number; steps: [string, number][] }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the diagram' });
  const button = dialog.getByRole('button', { name: `Download ${format.toUpperCase()}` });
  await button.waitFor();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  const start = performance.now();
  await button.click();
  const file = await download;
  const ms = performance.now() - start;
  const steps = (await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('picture:'))
      .map((m) => [m.name.slice(8), Math.round(m.duration)]),
  )) as [string, number][];
  const path = await file.path();
  const { statSync } = await import('node:fs');
  const bytes = path ? statSync(path).size : 0;
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { ms, bytes, steps };
}

async function main(): Promise<void> {
  const server = await preview({
    preview: { port: PORT, strictPort: true },
    build: { outDir: DIST },
    logLevel: 'warn',
  });
  const base = `http://localhost:${PORT}/`;
  const link = shareLink(doc, base);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const times: Record<string, number[]> = { png: [], svg: [] };
  const sizes: Record<string, number> = {};
  try {
    // Interleaved (png svg, png svg, ...) so a busy moment on the machine lands on both alike.
    for (let r = 0; r < RUNS; r++) {
      for (const format of FORMATS) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          acceptDownloads: true,
        });
        const page = await context.newPage();
        await page.goto(link);
        await page.locator('.react-flow__node').first().waitFor();
        // Let the page settle (lazy chunks, fit view) before the person clicks.
        await page.waitForTimeout(1000);
        const { ms, bytes, steps } = await timedExport(page, format);
        times[format]!.push(ms);
        if (process.env.BENCH_STEPS)
          console.log(`${format} ${Math.round(ms)} ms: ${steps.map(([k, v]) => `${k} ${v}`).join(', ')}`);
        sizes[format] = bytes;
        await context.close();
      }
    }
    for (const format of FORMATS)
      console.log(`export-${format}-${doc.nodes.length}n: median ${Math.round(median(times[format]!))} ms`);
    console.log(
      `(${doc.nodes.length} components, ${doc.edges.length} wires; runs ${FORMATS.map((f) => `${f} ${times[f]!.map(Math.round).join(', ')}`).join('; ')} ms; files ${FORMATS.map((f) => `${f} ${Math.round(sizes[f]! / 1024)} KB`).join(', ')})`,
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();

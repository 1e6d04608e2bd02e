/**
 * `npm run bench:check`: how long "Check" takes for the largest design challenge, as the app
 * runs it: its reference design on the three hidden seeds, in a worker thread (the app uses a
 * Web Worker; Node's worker_threads run the same code), median of 5 checks. The largest is the
 * challenge whose check takes longest in a pass over all of them after a warm-up pass. Prints
 * `check-<challenge id>: median <ms> ms`.
 */
import { Worker } from 'node:worker_threads';

const RUNS = 5;

const entry = new URL('./bench-check-worker.ts', import.meta.url).href;
const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
const worker = new Worker(boot, { eval: true });

worker.on('error', (error) => {
  console.error(error);
  process.exit(1);
});

function ask<T>(message: unknown): Promise<T> {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(message);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const ids = await ask<string[]>({ list: true });
// One pass to warm the engine up (the first checks pay for compilation), one to find the largest.
for (const id of ids) await ask({ id });
const sized: [string, number][] = [];
for (const id of ids) sized.push([id, (await ask<{ ms: number }>({ id })).ms]);
sized.sort(([, a], [, b]) => b - a);
for (const [id, ms] of sized) console.log(`  ${id}: ${ms.toFixed(0)} ms`);
const [largest] = sized[0]!;
const times: number[] = [];
for (let i = 0; i < RUNS; i++) times.push((await ask<{ ms: number; pass: boolean }>({ id: largest })).ms);
console.log(
  `check-${largest}: median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
);
await worker.terminate();

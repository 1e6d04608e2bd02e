/**
 * `npm run bench:engine`: events per second, median of 5 runs, one line per case.
 * - bare-loop: the engine's event queue alone (a binary heap on typed arrays) with 10,000
 *   events pending: pop the earliest, schedule one in its place.
 * - reference-50: the 50-node reference diagram (clients, gateways, services, webhooks, polling,
 *   batching), compiled and run for 300 s of virtual time (about 4.9 million events).
 * - messaging-50: the 50-node messaging reference (RabbitMQ exchanges of each type and queues
 *   with a dead-letter queue, Kafka topics with consumer groups, Streams, Connect, an event bus),
 *   run for 300 s of virtual time (about 3 million events).
 * Events counted are those that did something (see ENGINE.md). Each case runs in its own child
 * process, so V8 optimises the engine for that diagram alone (run in one process, whichever
 * diagram ran first slows the other by a few percent); runs alternate between the cases, so a
 * busy machine slows all of them alike.
 */

import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from '../src/engine';
import { EventQueue } from '../src/engine/core/eventQueue';
import { Random } from '../src/engine/core/random';
import { decodeDocument, describeIssue } from '../src/model';

const RUNS = 5;
const CASES = ['bare-loop', 'reference-50', 'messaging-50'];
const BARE_EVENTS = 3_000_000;
const BARE_PENDING = 10_000;
const REFERENCE_MS = 300_000;
const MIN_REFERENCE_EVENTS = 1_000_000;

function bareLoop(): number {
  const q = new EventQueue(16_384);
  const rng = new Random(1);
  for (let i = 0; i < BARE_PENDING; i++) q.push(rng.next() * 20, i);
  let checksum = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < BARE_EVENTS; i++) {
    q.pop();
    checksum += q.topPayload;
    q.push(q.topTime + rng.next() * 20, q.topPayload);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (checksum < 0) throw new Error('unreachable: keeps the loop from being optimised away');
  return BARE_EVENTS / seconds;
}

function referenceRun(name: string): () => number {
  const url = new URL(`../src/engine/reference/${name}.json`, import.meta.url);
  const decoded = decodeDocument(JSON.parse(readFileSync(url, 'utf8')));
  if (!decoded.ok) throw new Error(decoded.issues.map(describeIssue).join('\n'));
  const doc = decoded.value;
  return () => {
    const compiled = compile(doc, { seed: 1 });
    if (!compiled.ok) throw new Error(compiled.issues.map(describeIssue).join('\n'));
    const sim = compiled.value;
    const start = process.hrtime.bigint();
    sim.advanceTo(REFERENCE_MS);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (sim.events < MIN_REFERENCE_EVENTS) throw new Error(`${name} ran only ${sim.events} events`);
    return sim.events / seconds;
  };
}

const caseName = process.argv[2];
if (caseName === undefined) {
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const children = CASES.map((name) =>
    fork(fileURLToPath(import.meta.url), [name], { execArgv: ['--import', 'tsx'] }),
  );
  const runOnce = (child: ChildProcess): Promise<number> =>
    new Promise((resolve, reject) => {
      const failed = (code: number | null) => reject(new Error(`a benchmark process exited (${code})`));
      child.once('exit', failed);
      child.once('message', (rate) => {
        child.off('exit', failed);
        resolve(Number(rate));
      });
      child.send('run');
    });
  const rates: number[][] = CASES.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (let c = 0; c < CASES.length; c++) rates[c]!.push(await runOnce(children[c]!));
  }
  CASES.forEach((name, c) => {
    console.log(`${name}: ${Math.round(median(rates[c]!))} events/s`);
  });
  for (const child of children) child.kill();
} else {
  const run = caseName === 'bare-loop' ? bareLoop : referenceRun(caseName);
  process.on('message', () => process.send!(run()));
}

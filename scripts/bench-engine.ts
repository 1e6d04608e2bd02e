/**
 * `npm run bench:engine`: events per second, median of 5 runs, one line per case.
 * - bare-loop: the engine's event queue alone (a binary heap on typed arrays) with 10,000
 *   events pending: pop the earliest, schedule one in its place.
 * - reference-50: the 50-node reference diagram, compiled and run for 300 s of virtual time
 *   (about 4.8 million events); events counted are those that did something (see ENGINE.md).
 * Runs alternate between the cases, so a busy machine slows both alike.
 */
import { readFileSync } from 'node:fs';
import { compile } from '../src/engine';
import { EventQueue } from '../src/engine/core/eventQueue';
import { Random } from '../src/engine/core/random';
import { decodeDocument, describeIssue } from '../src/model';

const RUNS = 5;
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

function loadReference() {
  const url = new URL('../src/engine/reference/reference-50.json', import.meta.url);
  const decoded = decodeDocument(JSON.parse(readFileSync(url, 'utf8')));
  if (!decoded.ok) throw new Error(decoded.issues.map(describeIssue).join('\n'));
  return decoded.value;
}

function referenceRun(doc: ReturnType<typeof loadReference>): number {
  const compiled = compile(doc, { seed: 1 });
  if (!compiled.ok) throw new Error(compiled.issues.map(describeIssue).join('\n'));
  const sim = compiled.value;
  const start = process.hrtime.bigint();
  sim.advanceTo(REFERENCE_MS);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sim.events < MIN_REFERENCE_EVENTS) throw new Error(`reference-50 ran only ${sim.events} events`);
  return sim.events / seconds;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const doc = loadReference();
const bare: number[] = [];
const reference: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(bareLoop());
  reference.push(referenceRun(doc));
}
console.log(`bare-loop: ${Math.round(median(bare))} events/s`);
console.log(`reference-50: ${Math.round(median(reference))} events/s`);

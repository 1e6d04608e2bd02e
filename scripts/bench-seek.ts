/**
 * `npm run bench:seek`: how long the timeline takes to show a moment, median of 5.
 * - seek-reference-50-300s: a run of the 50-node reference diagram with a few faults (a service
 *   stopped and started, one slowed and restored, a wire cut and healed), recorded to 300 s;
 *   the page asks for the moment at 300 s from the start of the run, so the runner replays the
 *   diagram, seed and journal from zero to 300 s (about 4.9 million events).
 * - seek-back-reference-50-150s: the same run at its end, seeked back to 150 s (a replay to 150 s).
 * - seek-forward-reference-50-10s: from 150 s forward by 10 s (the runner advances, no replay).
 * Each measures the runner's `seek` command, the work the worker does before it answers.
 */
import { readFileSync } from 'node:fs';
import { decodeDocument, describeIssue, type Fault } from '../src/model';
import { Runner } from '../src/run/runner';

const RUNS = 5;
const END_MS = 300_000;

const url = new URL('../src/engine/reference/reference-50.json', import.meta.url);
const decoded = decodeDocument(JSON.parse(readFileSync(url, 'utf8')));
if (!decoded.ok) throw new Error(decoded.issues.map(describeIssue).join('\n'));
const doc = decoded.value;

const services = doc.nodes.filter((n) => n.kind === 'service');
const wire = doc.edges[3]!;
const faults: [number, Fault][] = [
  [40_000, { kind: 'stop', nodeId: services[0]!.id }],
  [70_000, { kind: 'start', nodeId: services[0]!.id }],
  [110_000, { kind: 'slow', nodeId: services[1]!.id, factor: 4 }],
  [160_000, { kind: 'restore', nodeId: services[1]!.id }],
  [200_000, { kind: 'cut', edgeId: wire.id }],
  [230_000, { kind: 'heal', edgeId: wire.id }],
];

/** A runner whose run reached END_MS with the faults above, applied as a person would, live. */
function recordedRun(): Runner {
  let wall = 0;
  const speed = 1000;
  const runner = new Runner(() => wall);
  runner.handle({ type: 'speed', speed });
  runner.handle({ type: 'load', doc, seed: 1 });
  runner.handle({ type: 'play' });
  runner.handle({ type: 'tick', wall });
  // Played as the page plays it, frame by frame (here 100 s of virtual time a frame).
  const playTo = (target: number) => {
    while ((runner.run?.now ?? target) < target) {
      wall += Math.min(100, (target - runner.run!.now) / speed);
      runner.handle({ type: 'tick', wall });
    }
  };
  for (const [at, fault] of faults) {
    playTo(at);
    runner.handle({ type: 'fault', fault });
  }
  playTo(END_MS);
  runner.handle({ type: 'pause' });
  return runner;
}

const timed = (work: () => void): number => {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const cases: Record<string, number[]> = {
  'seek-reference-50-300s': [],
  'seek-back-reference-50-150s': [],
  'seek-forward-reference-50-10s': [],
};
for (let r = 0; r < RUNS; r++) {
  const runner = recordedRun();
  if (runner.run?.journalLength !== faults.length) throw new Error('the faults did not all apply');
  const end = runner.run.now;
  runner.handle({ type: 'seek', atMs: 0, id: 1 });
  cases['seek-reference-50-300s']!.push(timed(() => runner.handle({ type: 'seek', atMs: end, id: 2 })));
  if (Math.abs(runner.run.now - END_MS) > 1) throw new Error(`seeked to ${runner.run.now}, not ${END_MS}`);
  cases['seek-back-reference-50-150s']!.push(
    timed(() => runner.handle({ type: 'seek', atMs: 150_000, id: 3 })),
  );
  cases['seek-forward-reference-50-10s']!.push(
    timed(() => runner.handle({ type: 'seek', atMs: 160_000, id: 4 })),
  );
}
const events = recordedRun().run!.sim.events;
for (const [name, times] of Object.entries(cases))
  console.log(`${name}: median ${Math.round(median(times))} ms`);
console.log(`(the run to 300 s has ${(events / 1e6).toFixed(2)} million events)`);

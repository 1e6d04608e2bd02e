/**
 * `npm run bench:seek`: how long the timeline takes to show a moment, median of 5.
 * - seek-reference-50-300s: a run of the 50-node reference diagram with a few faults (a service
 *   stopped and started, one slowed and restored, a wire cut and healed), played as the page
 *   plays it to 330 s; from the start of the run the page asks for the moment at 300 s, so the
 *   runner restores the latest keyframe before 300 s and replays the diagram, seed and journal
 *   from there (from zero, 300 s is about 4.9 million events).
 * - seek-back-reference-50-150s: the same run at its end, seeked back to 150 s (a replay to 150 s).
 * - seek-forward-reference-50-10s: from 150 s forward by 10 s (the runner advances, no replay).
 * Each measures the runner's `seek` command, the work the worker does before it answers.
 */
import { readFileSync } from 'node:fs';
import { decodeDocument, describeIssue, type Fault } from '../src/model';
import { Runner } from '../src/run/runner';

const RUNS = 5;
/** The run goes on past the moment sought, so 300 s is not where a keyframe happens to be. */
const END_MS = 330_000;
const SEEK_MS = 300_000;

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
  // Played as the page plays it, frame by frame (here a virtual second a frame).
  const playTo = (target: number) => {
    while ((runner.run?.now ?? target) < target) {
      wall += Math.min(1, (target - runner.run!.now) / speed);
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
  runner.handle({ type: 'seek', atMs: 0, id: 1 });
  cases['seek-reference-50-300s']!.push(timed(() => runner.handle({ type: 'seek', atMs: SEEK_MS, id: 2 })));
  if (runner.run.now !== SEEK_MS) throw new Error(`seeked to ${runner.run.now}, not ${SEEK_MS}`);
  cases['seek-back-reference-50-150s']!.push(
    timed(() => runner.handle({ type: 'seek', atMs: 150_000, id: 3 })),
  );
  cases['seek-forward-reference-50-10s']!.push(
    timed(() => runner.handle({ type: 'seek', atMs: 160_000, id: 4 })),
  );
}
const sample = recordedRun();
for (const [name, times] of Object.entries(cases))
  console.log(`${name}: median ${Math.round(median(times))} ms`);
console.log(
  `(the run to ${END_MS / 1000} s has ${(sample.run!.sim.events / 1e6).toFixed(2)} million events and ${sample.keyframeCount} keyframes)`,
);
// Without keyframes, for comparison: a fresh replay of the same run to 300 s.
const fresh = sample.run!.record();
const { replay } = await import('../src/run/core');
const fromZero = median(
  [0, 1, 2].map(() => timed(() => replay(fresh.doc, fresh.seed, fresh.journal, SEEK_MS))),
);
console.log(`replay-from-zero-reference-50-300s: median ${Math.round(fromZero)} ms`);

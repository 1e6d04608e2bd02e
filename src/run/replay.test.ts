import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiagramDocument, decodeDocument } from '../model';
import { PATTERN_DOCS } from '../templates/patterns';
import type { RunRecord } from './core';
import { replay } from './core';
import { interventions, playLive } from './testing/commands';

const reference = import.meta.glob<unknown>('../engine/reference/*.json', { eager: true, import: 'default' });

function valid(raw: unknown): DiagramDocument {
  const r = decodeDocument(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const DOCS: [string, DiagramDocument][] = [
  ...Object.entries(reference).map(
    ([path, raw]) => [path.split('/').pop()!, valid(raw)] as [string, DiagramDocument],
  ),
  ...Object.entries(PATTERN_DOCS),
];

describe('run journal: a live run and the replay of its journal are the same run', () => {
  it.each(DOCS.map(([name, doc]) => [name, doc] as const))(
    '%s: 30 random runs with faults, live edits and steps at random moments (fast-check seed 11)',
    (_name, doc) => {
      fc.assert(
        fc.property(interventions(doc), (run) => {
          const { record: live, runner } = playLive(doc, run);
          const replayed = replay(live.doc, live.seed, live.journal, live.atMs);
          expect(replayed.ok).toBe(true);
          if (!replayed.ok) return;
          expect(replayed.value.now).toBe(live.atMs);
          expect(replayed.value.sim.summary()).toEqual(runner.run!.sim.summary());
        }),
        { numRuns: 30, seed: 11 },
      );
    },
    60_000,
  );
});

describe('run journal: the same on a worker thread and on the main thread', () => {
  it('live runs on a thread replay identically here, and their replays agree on both hosts', async () => {
    const { Worker } = await import('node:worker_threads');
    // The thread loads TypeScript through tsx, as the project's scripts do.
    const entry = new URL('./testing/threadRunner.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    const worker = new Worker(boot, { eval: true });
    const call = (message: unknown) =>
      new Promise<{ reply?: { type: string; record?: RunRecord }; summary?: unknown }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(message);
      });
    try {
      for (const [name, doc] of DOCS.slice(0, 4)) {
        for (const run of fc.sample(interventions(doc), { numRuns: 3, seed: 5 })) {
          let wall = 0;
          const send = (command: object) => call({ command });
          const tick = async (n: number) => {
            for (let i = 0; i < n; i++) {
              wall += 16;
              await send({ type: 'tick', wall });
            }
          };
          await send({ type: 'speed', speed: run.speed });
          await send({ type: 'load', doc, seed: run.seed });
          await send({ type: 'play' });
          await tick(1);
          for (const step of run.steps) {
            await tick(step.afterTicks);
            if (step.kind === 'fault') await send({ type: 'fault', fault: step.fault });
            else if (step.kind === 'edit') await send({ type: 'edit', doc: step.doc });
            else await send({ type: 'step' }).then(() => send({ type: 'play' }));
          }
          await tick(run.finalTicks);
          const { reply, summary: threadLive } = await send({ type: 'record' });
          const record = reply!.record!;
          const here = replay(record.doc, record.seed, record.journal, record.atMs);
          if (!here.ok) throw new Error(`${name} does not replay`);
          expect(here.value.sim.summary(), name).toEqual(threadLive);
          const { summary: threadReplay } = await call({ replay: record });
          expect(threadReplay, name).toEqual(threadLive);
        }
      }
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});

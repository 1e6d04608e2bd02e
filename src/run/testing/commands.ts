import fc from 'fast-check';
import { CATALOGUE, type DiagramDocument, edgeProps, type Fault, indexNodes, setNodeProp } from '../../model';
import type { RunRecord } from '../core';
import { faultsFor } from '../faults';
import { Runner } from '../runner';

/** One thing a person does to a running diagram, after some frames of the run. */
export type Intervention =
  | { afterTicks: number; kind: 'fault'; fault: Fault }
  | { afterTicks: number; kind: 'edit'; doc: DiagramDocument }
  | { afterTicks: number; kind: 'step' };

/** An intervention without its timing (Omit over each member of the union). */
type Choice = Intervention extends infer I ? (I extends unknown ? Omit<I, 'afterTicks'> : never) : never;

/** What can be done to `doc`: its faults by node and wire, replays of its groups, live edits of numbers. */
function choices(doc: DiagramDocument): fc.Arbitrary<Choice> {
  const byId = indexNodes(doc.nodes);
  const faults: Fault[] = [];
  for (const n of doc.nodes) {
    for (const kind of faultsFor(n.kind)) {
      if (kind === 'slow') faults.push({ kind, nodeId: n.id, factor: 4 });
      else if (kind === 'errors') faults.push({ kind, nodeId: n.id, pct: 40 });
      else if (kind === 'deploy') faults.push({ kind, nodeId: n.id, perInstanceMs: 700 });
      else if (kind !== 'cut' && kind !== 'heal' && kind !== 'replay') faults.push({ kind, nodeId: n.id });
    }
    faults.push({ kind: 'restore', nodeId: n.id });
  }
  for (const e of doc.edges) {
    faults.push({ kind: 'cut', edgeId: e.id }, { kind: 'heal', edgeId: e.id });
    const source = byId.get(e.source);
    if (source?.kind === 'topic')
      faults.push({
        kind: 'replay',
        topicId: source.id,
        group: String(edgeProps(e, byId).consumerGroup ?? ''),
      });
  }
  const edits = doc.nodes.flatMap((n) =>
    CATALOGUE[n.kind].props.filter((p) => p.type === 'number').map((p) => ({ node: n.id, spec: p })),
  );
  const options: fc.Arbitrary<Choice>[] = [
    fc.constantFrom(...faults).map((fault) => ({ kind: 'fault' as const, fault })),
    fc.constant({ kind: 'step' as const }),
  ];
  if (edits.length)
    options.push(
      fc
        .tuple(fc.constantFrom(...edits), fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([{ node, spec }, r]) => {
          if (spec.type !== 'number') throw new Error('number props only');
          const raw = spec.min + r * (Math.min(spec.max, spec.min + 50) - spec.min);
          const value = spec.integer ? Math.round(raw) : Math.round(raw * 100) / 100;
          const edited = setNodeProp(doc, node, spec.key, value);
          return { kind: 'edit' as const, doc: edited.problem ? doc : edited.doc };
        }),
    );
  return fc.oneof(...options);
}

/** A run of `doc`: its speed, and the interventions made while it goes. */
export function interventions(doc: DiagramDocument) {
  return fc.record({
    seed: fc.integer({ min: 0, max: 10_000 }),
    speed: fc.constantFrom(1, 2, 5, 10),
    steps: fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: 6 }), choices(doc))
        .map(([afterTicks, c]): Intervention => ({ afterTicks, ...c })),
      { maxLength: 8 },
    ),
    finalTicks: fc.integer({ min: 1, max: 8 }),
  });
}

/**
 * Plays a run on a live runner with a fake wall clock (16 ms frames), as the page drives it frame
 * by frame: the interventions at their frames, then `finalTicks` more. Returns the runner and
 * its record (diagram, seed, journal, time).
 */
export function playLive(
  doc: DiagramDocument,
  run: { seed: number; speed: number; steps: Intervention[]; finalTicks: number },
  options?: ConstructorParameters<typeof Runner>[1],
): { runner: Runner; record: RunRecord } {
  let wall = 0;
  const runner = new Runner(() => wall, options);
  runner.handle({ type: 'speed', speed: run.speed });
  runner.handle({ type: 'load', doc, seed: run.seed });
  runner.handle({ type: 'play' });
  const tick = (n: number) => {
    for (let i = 0; i < n; i++) {
      wall += 16;
      runner.handle({ type: 'tick', wall });
    }
  };
  tick(1);
  for (const step of run.steps) {
    tick(step.afterTicks);
    if (step.kind === 'fault') runner.handle({ type: 'fault', fault: step.fault });
    else if (step.kind === 'edit') runner.handle({ type: 'edit', doc: step.doc });
    else {
      runner.handle({ type: 'step' });
      runner.handle({ type: 'play' });
    }
  }
  tick(run.finalTicks);
  const reply = runner.handle({ type: 'record' });
  if (reply?.type !== 'record' || !reply.record) throw new Error('no run to record');
  return { runner, record: reply.record };
}

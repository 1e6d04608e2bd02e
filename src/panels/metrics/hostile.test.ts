import { describe, expect, it } from 'vitest';
import { type DiagramDocument, decodeDocument, type Fault, own, ownKeys } from '../../model';
import { HOSTILE_WORDS, hostileDiagram } from '../../model/testing/hostileDiagram';
import { faultsFor } from '../../run/faults';
import { publishLive, useLive } from '../../run/live';
import type { RunFrame, RunReply } from '../../run/protocol';
import { Runner } from '../../run/runner';
import { metricRows } from './metricRows';

/*
 * The engine, its summary and snapshot, and every reader of them, over documents whose ids,
 * labels, consumer groups, routes and keys are words like `constructor` and `__proto__`. The
 * seed is in the test name: a failure names the document that broke it.
 */
const BASE_SEED = 20261201;
const DOCUMENTS = 2000;

function frameOf(reply: RunReply | null, seed: number): RunFrame {
  if (reply?.type !== 'frame')
    throw new Error(`seed ${seed}: expected a frame, got ${JSON.stringify(reply)}`);
  return reply.frame;
}

/** A figure with the names a person typed taken out (a group may be called "NaN"): what is left is ours. */
const BY_LENGTH = [...HOSTILE_WORDS].sort((a, b) => b.length - a.length).filter((w) => w.trim());
const figuresOf = (value: string) => BY_LENGTH.reduce((v, w) => v.split(w).join(''), value);

/** What the page sees: the frame after it crossed postMessage. */
const throughWorker = <T>(x: T): T => structuredClone(x);

function check(seed: number): void {
  const decoded = decodeDocument(hostileDiagram(seed));
  if (!decoded.ok) throw new Error(`seed ${seed} does not decode: ${JSON.stringify(decoded.issues[0])}`);
  const doc: DiagramDocument = decoded.value;
  let wall = 0;
  const runner = new Runner(() => wall);
  frameOf(runner.handle({ type: 'load', doc, seed }), seed);
  runner.handle({ type: 'speed', speed: 20 });
  runner.handle({ type: 'play' });
  const target = doc.nodes[seed % doc.nodes.length]!;
  const faults = faultsFor(target.kind);
  let frame: RunFrame | null = null;
  for (let i = 0; i < 8; i++) {
    wall += 16;
    frame = frameOf(runner.handle({ type: 'tick', wall }), seed);
    if (i === 3) {
      const kind = faults[seed % faults.length]!;
      const fault = { kind, nodeId: target.id, factor: 4, pct: 50, perInstanceMs: 500 } as Fault;
      frame = frameOf(runner.handle({ type: 'fault', fault }), seed);
    }
  }
  const page = throughWorker(frameOf(runner.handle({ type: 'pause' }), seed));
  expect(page.status, `seed ${seed}`).toBe('paused');
  const summary = page.summary!;
  for (const node of doc.nodes) {
    const s = own(summary.nodes, node.id);
    expect(s?.kind, `seed ${seed}: node ${JSON.stringify(node.id)}`).toBe(node.kind);
    const rows = metricRows(summary, node.id);
    expect(rows.length, `seed ${seed}: rows of ${JSON.stringify(node.id)}`).toBeGreaterThan(0);
    for (const row of rows)
      expect(figuresOf(row.value), `seed ${seed}: ${row.key}`).not.toMatch(/NaN|undefined|function|object/);
  }
  for (const edge of doc.edges) expect(own(summary.edges, edge.id), `seed ${seed}: ${edge.id}`).toBeDefined();
  publishLive(page.counters, page.nodeIds);
  const live = useLive.getState();
  expect(ownKeys(live.byId).sort(), `seed ${seed}`).toEqual(doc.nodes.map((n) => n.id).sort());
  for (const id of page.nodeIds) {
    const l = own(live.byId, id);
    expect(Number.isFinite(l?.backlog), `seed ${seed}: ${id}`).toBe(true);
  }
  // Faults are reported for the node they were applied to, under its own id.
  for (const key of ownKeys(page.faults.nodes)) expect(doc.nodes.some((n) => n.id === key)).toBe(true);
  void frame;
}

describe('hostile ids through the engine, its summary and snapshot, and their readers', () => {
  const chunks = 10;
  for (let c = 0; c < chunks; c++) {
    const from = BASE_SEED + (c * DOCUMENTS) / chunks;
    it(`documents from seed ${from} to ${from + DOCUMENTS / chunks - 1}`, { timeout: 30_000 }, () => {
      for (let seed = from; seed < from + DOCUMENTS / chunks; seed++) check(seed);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { DiagramBuilder, simulate } from './testing/diagram';

function batching(batchSize: number, windowMs: number, rate = 100) {
  return new DiagramBuilder()
    .node('c', 'client', { mode: 'async', rate, arrivals: 'constant' })
    .node('b', 'batch', { batchSize, windowMs })
    .node('db', 'database', { writePct: 100, writeMs: 10, poolSize: 4 })
    .edge('c', 'b', { latencyMs: 1 })
    .edge('b', 'db', { latencyMs: 1 })
    .build();
}

describe('batch processor', () => {
  it('a batch size of 10 cuts downstream calls tenfold', () => {
    const direct = simulate(
      new DiagramBuilder()
        .node('c', 'client', { mode: 'async', rate: 100, arrivals: 'constant' })
        .node('s', 'service', { serviceTimeMs: 1, instances: 4 })
        .node('db', 'database', { writePct: 100, writeMs: 10, poolSize: 4 })
        .edge('c', 's')
        .edge('s', 'db')
        .build(),
    );
    const batched = simulate(batching(10, 60_000));
    direct.advanceTo(100_000);
    batched.advanceTo(100_000);
    const d = direct.summary();
    const b = batched.summary();
    expect(b.nodes.db!.received * 10).toBeGreaterThanOrEqual(d.nodes.db!.received - 10);
    expect(b.nodes.db!.received * 10).toBeLessThanOrEqual(d.nodes.db!.received + 10);
    expect(b.batches.b!.meanBatchSize).toBe(10);
    expect(b.batches.b!.connectionsSaved).toBe(
      b.batches.b!.items - b.batches.b!.batches - b.batches.b!.waiting,
    );
  });

  it('sends a partial batch when the window ends first', () => {
    const sim = simulate(batching(100, 200, 10));
    sim.advanceTo(100_000);
    const s = sim.summary().batches.b!;
    expect(s.flushedBySize).toBe(0);
    expect(s.flushedByWindow).toBeGreaterThan(400);
    expect(s.meanBatchSize).toBeCloseTo(2, 0);
  });

  it("each item's latency includes its wait in the batch", () => {
    // Constant arrivals 10 ms apart, batches of 10: items wait 90, 80, ..., 0 ms, 45 ms on average.
    const sim = simulate(batching(10, 60_000, 100));
    sim.advanceTo(100_000);
    const s = sim.summary();
    // Plus the write and its two hops (1 ms each and REST encoding of the 10 KB batch).
    const downstream = s.nodes.db!.latency.mean + 2;
    expect(s.nodes.b!.latency.mean).toBeGreaterThan(45 + downstream);
    expect(s.nodes.b!.latency.mean).toBeLessThan(45 + downstream + 5);
    expect(s.nodes.b!.latency.max).toBeGreaterThan(90);
  });

  it('batches travel as one message carrying their item count', () => {
    const sim = simulate(batching(10, 60_000, 100));
    let seen = 0;
    for (let t = 10; t <= 5_000; t += 1) {
      sim.advanceTo(t);
      const m = sim.snapshot().messages;
      for (let i = 0; i < m.count; i++) {
        if (m.kind[i] === 3) {
          expect(m.items[i]).toBe(10);
          expect(sim.edgeIds[m.edge[i]!]).toBe('b-db');
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

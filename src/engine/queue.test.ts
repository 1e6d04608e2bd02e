import { describe, expect, it } from 'vitest';
import type { PropValues } from '../model';
import { DiagramBuilder, simulate } from './testing/diagram';

/** A producer publishing to queue q at `rate`/s, consumed by service w. */
function queueing(rate: number, queue: PropValues, consumer: PropValues, prefetch = 10) {
  return new DiagramBuilder()
    .node('p', 'client', { mode: 'async', rate })
    .node('q', 'queue', queue)
    .node('w', 'service', { serviceTimeMs: 20, ...consumer })
    .edge('p', 'q')
    .edge('q', 'w', { prefetch });
}

describe('message queue', () => {
  it('competing consumers share a queue about evenly', () => {
    const doc = queueing(80, {}, { instances: 4, serviceTimeMs: 40 })
      .node('w2', 'service', { instances: 2, serviceTimeMs: 40 })
      .edge('q', 'w2')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(120_000);
    const s = sim.summary();
    const perInstance = [...s.consumers.w!.consumed, ...s.consumers.w2!.consumed];
    expect(perInstance).toHaveLength(6);
    const mean = perInstance.reduce((a, b) => a + b, 0) / 6;
    for (const n of perInstance) expect(Math.abs(n - mean) / mean).toBeLessThan(0.1);
    expect(s.queues.q!.acked).toBe(perInstance.reduce((a, b) => a + b, 0));
  });

  it('prefetch bounds the unacknowledged messages per consumer instance', () => {
    const sim = simulate(queueing(100, {}, { instances: 3, serviceTimeMs: 100 }, 2).build());
    for (let t = 1_000; t <= 20_000; t += 1_000) {
      sim.advanceTo(t);
      const q = sim.snapshot().queues[0]!;
      expect(q.unacked).toBeLessThanOrEqual(6);
    }
    const q = sim.snapshot().queues[0]!;
    expect(q.unacked).toBe(6);
    expect(q.depth).toBeGreaterThan(1000);
    expect(q.capacity).toBe(10_000);
  });

  it('a consumer down for 30 s loses nothing, and the queue drains afterwards', () => {
    const sim = simulate(queueing(20, {}, { instances: 2, serviceTimeMs: 20 }).build());
    sim.advanceTo(10_000);
    sim.setNodeUp('w', false);
    sim.advanceTo(40_000);
    const during = sim.snapshot().queues[0]!;
    expect(during.depth).toBeGreaterThan(450);
    expect(during.unacked).toBe(0);
    sim.setNodeUp('w', true);
    sim.advanceTo(60_000);
    sim.setNodeUp('p', false);
    sim.advanceTo(62_000);
    const s = sim.summary();
    expect(sim.snapshot().queues[0]!.depth).toBe(0);
    expect(s.queues.q!.dropped).toBe(0);
    expect(s.queues.q!.acked).toBe(s.queues.q!.published);
    expect(s.queues.q!.published).toBe(s.nodes.p!.received);
    // Messages in progress when it stopped were requeued and delivered again.
    expect(s.queues.q!.depth.max).toBeGreaterThan(450);
  });

  it('a failing message is redelivered up to max deliveries, then dead-lettered', () => {
    const doc = queueing(10, { maxDeliveries: 3 }, { errorRatePct: 100 })
      .node('dlq', 'queue')
      .edge('q', 'dlq')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(20_000);
    sim.setNodeUp('p', false);
    sim.advanceTo(25_000);
    const s = sim.summary();
    const q = s.queues.q!;
    expect(q.published).toBeGreaterThan(150);
    expect(q.delivered).toBe(3 * q.published);
    expect(q.redelivered).toBe(2 * q.published);
    expect(q.acked).toBe(0);
    expect(q.deadLettered).toBe(q.published);
    expect(s.queues.dlq!.published).toBe(q.published);
    expect(s.nodes.w!.errors.failed).toBe(q.delivered);
  });

  it('without a dead-letter queue a message over max deliveries is dropped', () => {
    const sim = simulate(queueing(10, { maxDeliveries: 2 }, { errorRatePct: 100 }).build());
    sim.advanceTo(10_000);
    sim.setNodeUp('p', false);
    sim.advanceTo(12_000);
    const q = sim.summary().queues.q!;
    expect(q.dropped).toBe(q.published);
    expect(q.deadLettered).toBe(0);
  });

  it('a full queue rejects new messages, or drops the oldest to its dead-letter queue', () => {
    const reject = simulate(queueing(50, { capacity: 100 }, { up: false }).build());
    reject.advanceTo(10_000);
    const r = reject.summary();
    expect(reject.snapshot().queues[0]!.depth).toBe(100);
    expect(r.queues.q!.published).toBe(100);
    expect(r.queues.q!.dropped).toBe(r.nodes.p!.received - 100);
    expect(r.nodes.q!.errors['503']).toBe(r.queues.q!.dropped);

    const drop = simulate(
      queueing(50, { capacity: 100, overflow: 'dropOldest' }, { up: false })
        .node('dlq', 'queue')
        .edge('q', 'dlq')
        .build(),
    );
    drop.advanceTo(10_000);
    const d = drop.summary();
    expect(drop.snapshot().queues[0]!.depth).toBe(100);
    expect(d.queues.q!.deadLettered).toBe(d.queues.q!.published - 100);
    expect(d.queues.dlq!.published).toBe(d.queues.q!.deadLettered);
  });

  it('deliveries travel as events and acknowledgements back as responses on the consume wire', () => {
    const sim = simulate(queueing(50, {}, { instances: 2 }).build());
    const kinds = new Set<number>();
    for (let t = 1_000; t < 3_000; t += 1) {
      sim.advanceTo(t);
      const m = sim.snapshot().messages;
      for (let i = 0; i < m.count; i++) if (sim.edgeIds[m.edge[i]!] === 'q-w') kinds.add(m.kind[i]!);
    }
    expect([...kinds].sort()).toEqual([1, 2]);
    expect(sim.summary().nodes.q!.latency.count).toBeGreaterThan(0);
  });

  it('a cut consume wire keeps messages unacknowledged until the connection times out, then requeues them', () => {
    const sim = simulate(queueing(20, {}, { instances: 1, serviceTimeMs: 5 }).build());
    sim.advanceTo(5_000);
    sim.setEdgeCut('q-w', true);
    sim.advanceTo(20_000);
    expect(sim.snapshot().queues[0]!.unacked).toBe(10);
    sim.setEdgeCut('q-w', false);
    sim.advanceTo(60_000);
    sim.setNodeUp('p', false);
    sim.advanceTo(62_000);
    const q = sim.summary().queues.q!;
    expect(q.acked).toBeGreaterThanOrEqual(q.published);
    expect(q.redelivered).toBeGreaterThanOrEqual(10);
    expect(sim.snapshot().queues[0]!.depth).toBe(0);
  });

  it('fewer instances mid-run: their deliveries go back to the queue and nothing is lost', () => {
    const sim = simulate(queueing(40, {}, { instances: 4, serviceTimeMs: 50 }).build());
    sim.advanceTo(10_000);
    expect(sim.updateNodeProps('w', { instances: 1 }).ok).toBe(true);
    sim.advanceTo(15_000);
    expect(sim.snapshot().queues[0]!.unacked).toBeLessThanOrEqual(10);
    expect(sim.updateNodeProps('w', { instances: 4 }).ok).toBe(true);
    sim.advanceTo(30_000);
    sim.setNodeUp('p', false);
    sim.advanceTo(60_000);
    const s = sim.summary();
    expect(s.queues.q!.acked).toBe(s.queues.q!.published);
    expect(s.queues.q!.redelivered).toBeGreaterThan(0);
    expect(s.consumers.w!.consumed).toHaveLength(4);
  });

  it('a consumer service still answers ordinary requests, on whichever instance is free', () => {
    const doc = queueing(20, {}, { instances: 2, serviceTimeMs: 10 })
      .node('c', 'client', { mode: 'sync', users: 2, rate: 20 })
      .edge('c', 'w')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(20_000);
    const s = sim.summary();
    expect(s.nodes.c!.completed).toBeGreaterThan(350);
    expect(s.nodes.c!.errors['503']).toBe(0);
    expect(s.queues.q!.acked).toBeGreaterThan(350);
    // Per-instance counts are messages from the queue only.
    expect(s.consumers.w!.consumed.reduce((a, b) => a + b, 0)).toBe(s.queues.q!.acked);
  });

  it('a batch processor consumes a queue: items are acknowledged when their batch is written', () => {
    const doc = new DiagramBuilder()
      .node('p', 'client', { mode: 'async', rate: 100, arrivals: 'constant' })
      .node('q', 'queue')
      .node('b', 'batch', { batchSize: 10, windowMs: 1_000 })
      .node('db', 'database', { writePct: 100 })
      .edge('p', 'q')
      .edge('q', 'b', { prefetch: 20 })
      .edge('b', 'db')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(10_000);
    sim.setNodeUp('p', false);
    sim.advanceTo(12_000);
    const s = sim.summary();
    expect(s.queues.q!.acked).toBe(s.queues.q!.published);
    expect(s.batches.b!.meanBatchSize).toBeGreaterThan(9);
    expect(s.nodes.db!.received).toBe(s.batches.b!.batches);
  });

  it('prefetch changes while running', () => {
    const sim = simulate(queueing(100, {}, { instances: 2, serviceTimeMs: 100 }, 1).build());
    sim.advanceTo(5_000);
    expect(sim.snapshot().queues[0]!.unacked).toBe(2);
    expect(sim.updateEdgeProps('q-w', { prefetch: 5 }).ok).toBe(true);
    sim.advanceTo(6_000);
    expect(sim.snapshot().queues[0]!.unacked).toBe(10);
  });
});

import { describe, expect, it } from 'vitest';
import { DiagramBuilder, simulate } from './testing/diagram';

function db(poolSize: number, rate: number) {
  return new DiagramBuilder()
    .node('c', 'client', { mode: 'async', rate })
    .node('s', 'service', { serviceTimeMs: 1, instances: 64, backlogLimit: 10_000 })
    .node('db', 'database', { readMs: 10, writeMs: 40, writePct: 25, poolSize })
    .edge('c', 's')
    .edge('s', 'db')
    .build();
}

describe('database', () => {
  it('reads and writes take their mean latencies in the given mix', () => {
    const sim = simulate(db(100, 50));
    sim.advanceTo(200_000);
    const s = sim.summary();
    expect(s.databases.db!.writes / (s.databases.db!.reads + s.databases.db!.writes)).toBeCloseTo(0.25, 1);
    // 0.75 x 10 + 0.25 x 40 = 17.5 ms.
    expect(s.nodes.db!.latency.mean).toBeGreaterThan(17.5 * 0.95);
    expect(s.nodes.db!.latency.mean).toBeLessThan(17.5 * 1.05);
  });

  it('a small connection pool makes queries wait, and utilization shows the pool busy', () => {
    const sim = simulate(db(2, 100));
    sim.advanceTo(100_000);
    const n = sim.summary().nodes.db!;
    // 100/s x 17.5 ms = 1.75 connections busy out of 2.
    expect(n.utilization).toBeCloseTo(0.875, 1);
    expect(n.backlog.max).toBeGreaterThan(5);
    expect(n.latency.mean).toBeGreaterThan(40);
  });

  it('a stopped database fails its running queries and keeps the waiting ones for its restart', () => {
    const sim = simulate(db(4, 100));
    sim.advanceTo(10_000);
    sim.setNodeUp('db', false);
    sim.advanceTo(12_000);
    // Each of the service's 64 instances holds its request while it waits for the database,
    // so 64 queries wait there and the rest of the traffic waits in the service's backlog.
    expect(sim.snapshot().nodes.backlog[2]).toBe(64);
    expect(sim.snapshot().nodes.backlog[1]).toBeGreaterThan(100);
    sim.setNodeUp('db', true);
    sim.advanceTo(30_000);
    expect(sim.snapshot().nodes.backlog[2]).toBeLessThan(20);
    expect(sim.summary().nodes.db!.errors['503']).toBeGreaterThan(0);
  });
});

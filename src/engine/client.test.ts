import { describe, expect, it } from 'vitest';
import { DiagramBuilder, simulate } from './testing/diagram';
import { TRACE } from './trace';

describe('client', () => {
  it('a sync client with one user and 200 ms service never exceeds 5 requests/s', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'sync', users: 1, rate: 50, arrivals: 'poisson' })
      .node('s', 'service', { serviceTime: 'constant', serviceTimeMs: 200 })
      .edge('c', 's', { latencyMs: 0 })
      .build();
    const sim = simulate(doc);
    sim.advanceTo(60_000);
    const s = sim.summary();
    // Requests serialize: each waits for the previous answer, so at most one per 200 ms.
    expect(s.nodes.c!.received).toBeLessThanOrEqual(300);
    expect(s.nodes.c!.received).toBeGreaterThan(290);
    expect(s.nodes.s!.backlog.max).toBe(0);
    // Sends seen in the trace are never closer than the service time.
    const starts = sim
      .recentTraces(200)
      .map((id) => sim.trace(id).find((t) => t.code === 'send' && t.node === 0)?.time)
      .filter((t): t is number => t !== undefined)
      .sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(200);
    expect(TRACE.send).toBe(0);
  });

  it('sync users pace themselves at rate/users when the service is fast', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'sync', users: 10, rate: 20, arrivals: 'constant' })
      .node('s', 'service', { serviceTime: 'constant', serviceTimeMs: 1, instances: 10 })
      .edge('c', 's')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(100_000);
    expect(sim.summary().nodes.c!.received).toBeGreaterThanOrEqual(1995);
    expect(sim.summary().nodes.c!.received).toBeLessThanOrEqual(2000);
  });

  it('an async client gets 202 at once and the result later, sometimes out of order', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 20 })
      .node('s', 'service', { serviceTime: 'exponential', serviceTimeMs: 200, instances: 8 })
      .edge('c', 's', { latencyMs: 5 })
      .build();
    const sim = simulate(doc);
    sim.advanceTo(60_000);
    const s = sim.summary();
    const a = s.asyncClients.c!;
    expect(a.accepted).toBeGreaterThan(1100);
    // The acknowledgement is one round trip; the result waits for the work.
    expect(a.ackLatency.mean).toBeLessThan(12);
    expect(s.nodes.c!.latency.mean).toBeGreaterThan(200);
    expect(a.callbacks).toBe(s.nodes.c!.completed);
    expect(a.outOfOrder).toBeGreaterThan(100);
  });

  it('picks paths by weight', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 100, paths: '/a:3, /b:1' })
      .node('g', 'gateway', { auth: false })
      .node('a', 'service', { serviceTimeMs: 1, instances: 4 })
      .node('b', 'service', { serviceTimeMs: 1, instances: 4 })
      .edge('c', 'g')
      .edge('g', 'a', { route: '/a' })
      .edge('g', 'b', { route: '/b' })
      .build();
    const sim = simulate(doc);
    sim.advanceTo(100_000);
    const s = sim.summary().nodes;
    expect(s.a!.received / (s.a!.received + s.b!.received)).toBeCloseTo(0.75, 1);
  });

  it('a well-behaved client honours Retry-After; a rude one keeps hammering', () => {
    const make = (honour: boolean) =>
      new DiagramBuilder()
        .node('c', 'client', { mode: 'async', rate: 50, honourRetryAfter: honour })
        .node('g', 'gateway', { auth: false, rateLimit: true, rateLimitRps: 10, rateLimitBurst: 5 })
        .node('s', 'service', { serviceTimeMs: 1, instances: 4 })
        .edge('c', 'g')
        .edge('g', 's')
        .build();
    const polite = simulate(make(true));
    const rude = simulate(make(false));
    polite.advanceTo(60_000);
    rude.advanceTo(60_000);
    const p = polite.summary();
    const r = rude.summary();
    expect(p.nodes.c!.errors['429']).toBeLessThan(r.nodes.c!.errors['429'] / 3);
    expect(p.throttledClients.c!.skippedForRetryAfter).toBeGreaterThan(1000);
    expect(p.nodes.s!.received).toBeGreaterThan(500);
  });
});

describe('async client and a final 202', () => {
  it('a request the gateway turns into a published message ends at its 202; nothing waits for a callback', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 20 })
      .node('g', 'gateway', { auth: false })
      .node('q', 'queue')
      .edge('c', 'g')
      .edge('g', 'q')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(30_000);
    const s = sim.summary();
    expect(s.nodes.c!.completed).toBeGreaterThan(550);
    expect(s.nodes.c!.inFlight).toBeLessThan(3);
    expect(s.asyncClients.c!.accepted).toBe(0);
  });
});

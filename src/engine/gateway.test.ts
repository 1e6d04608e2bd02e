import { describe, expect, it } from 'vitest';
import { DiagramBuilder, simulate } from './testing/diagram';

describe('gateway', () => {
  it('a 10/s limit with burst 5 passes about 10/s and answers 429 to the rest', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 30, honourRetryAfter: false })
      .node('g', 'gateway', { auth: false, rateLimit: true, rateLimitRps: 10, rateLimitBurst: 5 })
      .node('s', 'service', { serviceTimeMs: 1, instances: 4 })
      .edge('c', 'g')
      .edge('g', 's')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(200_000);
    const s = sim.summary().nodes;
    const passedPerSecond = s.s!.received / 200;
    expect(passedPerSecond).toBeGreaterThan(9.7);
    expect(passedPerSecond).toBeLessThanOrEqual(10 + 5 / 200);
    expect(s.g!.errors['429'] + s.s!.received).toBe(s.g!.received);
    expect(s.g!.errors['429'] / 200).toBeCloseTo(20, 0);
  });

  it('the bucket allows a burst of 5 at once, then spaces requests at the rate', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 1000, arrivals: 'constant', honourRetryAfter: false })
      .node('g', 'gateway', { auth: false, rateLimit: true, rateLimitRps: 10, rateLimitBurst: 5 })
      .node('s', 'service', { serviceTimeMs: 1, instances: 10 })
      .edge('c', 'g')
      .edge('g', 's')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(10);
    expect(sim.summary().nodes.s!.received).toBeLessThanOrEqual(5);
    sim.advanceTo(1_000);
    // 5 of burst plus about 10 refilled over the first second.
    expect(sim.summary().nodes.g!.received - sim.summary().nodes.g!.errors['429']).toBeGreaterThanOrEqual(14);
    expect(sim.summary().nodes.g!.received - sim.summary().nodes.g!.errors['429']).toBeLessThanOrEqual(15);
  });

  it('rate limits each client separately', () => {
    const doc = new DiagramBuilder()
      .node('a', 'client', { mode: 'async', rate: 30, honourRetryAfter: false })
      .node('b', 'client', { mode: 'async', rate: 5, honourRetryAfter: false })
      .node('g', 'gateway', { auth: false, rateLimit: true, rateLimitRps: 10, rateLimitBurst: 5 })
      .node('s', 'service', { serviceTimeMs: 1, instances: 4 })
      .edge('a', 'g')
      .edge('b', 'g')
      .edge('g', 's')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(100_000);
    const n = sim.summary().nodes;
    expect(n.a!.errors['429']).toBeGreaterThan(1500);
    expect(n.b!.errors['429']).toBeLessThan(10);
  });

  it('20% unauthenticated traffic yields about 20% 401s, and none of it reaches a service', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 100 })
      .node('g', 'gateway', { auth: true, unauthenticatedPct: 20 })
      .node('s', 'service', { serviceTimeMs: 1, instances: 4 })
      .edge('c', 'g')
      .edge('g', 's')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(100_000);
    const n = sim.summary().nodes;
    const share = n.c!.errors['401'] / n.c!.received;
    expect(share).toBeGreaterThan(0.19);
    expect(share).toBeLessThan(0.21);
    // Every request the gateway let through reached the service (a few may still be on the wire).
    expect(n.s!.received + n.g!.errors['401']).toBeLessThanOrEqual(n.g!.received);
    expect(n.s!.received + n.g!.errors['401']).toBeGreaterThan(n.g!.received - 5);
    expect(n.s!.received / n.g!.received).toBeCloseTo(0.8, 1);
  });

  it('authorization answers 403 to a share of authenticated traffic', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 100 })
      .node('g', 'gateway', { auth: true, unauthenticatedPct: 50, forbiddenPct: 10 })
      .node('s', 'service', { serviceTimeMs: 1, instances: 4 })
      .edge('c', 'g')
      .edge('g', 's')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(100_000);
    const g = sim.summary().nodes.g!;
    expect(g.errors['403'] / (g.received - g.errors['401'])).toBeCloseTo(0.1, 1);
  });

  it('routes by longest path prefix, balances edges of one route, and answers 404 without a route', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 100, paths: '/orders/1:1, /orders:1, /users:1, /nope:1' })
      .node('g', 'gateway', { auth: false })
      .node('o1', 'service', { serviceTimeMs: 1, instances: 4 })
      .node('o2', 'service', { serviceTimeMs: 1, instances: 4 })
      .node('deep', 'service', { serviceTimeMs: 1, instances: 4 })
      .node('u', 'service', { serviceTimeMs: 1, instances: 4 })
      .edge('c', 'g')
      .edge('g', 'o1', { route: '/orders' })
      .edge('g', 'o2', { route: '/orders' })
      .edge('g', 'deep', { route: '/orders/' })
      .edge('g', 'u', { route: '/users', protocol: 'grpc' })
      .build();
    const sim = simulate(doc);
    sim.advanceTo(100_000);
    const s = sim.summary();
    const n = s.nodes;
    expect(Math.abs(n.o1!.received - n.o2!.received)).toBeLessThanOrEqual(1);
    expect(n.deep!.received / n.c!.received).toBeCloseTo(0.25, 1);
    expect(n.g!.errors['404'] / n.c!.received).toBeCloseTo(0.25, 1);
    expect(s.gateways.g!.routes['/orders']!.count).toBe(n.o1!.received + n.o2!.received);
    expect(s.gateways.g!.routes['/users']!.latency.count).toBe(n.u!.received);
  });

  it('an aggregated response is never faster than its slowest branch', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'sync', users: 50, rate: 20 })
      .node('g', 'gateway', { auth: false, aggregate: true, aggregateDeadlineMs: 10_000 })
      .node('fast', 'service', { serviceTime: 'exponential', serviceTimeMs: 20, instances: 8 })
      .node('slow', 'service', { serviceTime: 'exponential', serviceTimeMs: 80, instances: 8 })
      .edge('c', 'g')
      .edge('g', 'fast', { route: '' })
      .edge('g', 'slow', { route: '/' })
      .build();
    const sim = simulate(doc);
    sim.advanceTo(30_000);
    const s = sim.summary();
    expect(s.nodes.fast!.received).toBeGreaterThan(s.nodes.g!.received - 5);
    expect(s.nodes.slow!.received).toBeGreaterThan(s.nodes.g!.received - 5);
    // Per request, from the trace: the gateway answers after the last branch's answer arrives.
    let checked = 0;
    for (const id of sim.recentTraces(100)) {
      const events = sim.trace(id);
      const branchAnswers = events.filter((t) => t.code === 'send' && (t.node === 2 || t.node === 3));
      const gatewayAnswer = events.find((t) => t.code === 'send' && t.node === 1 && t.edge === 0);
      if (branchAnswers.length < 2 || !gatewayAnswer) continue;
      const lastArrival = Math.max(...branchAnswers.map((t) => t.value));
      expect(gatewayAnswer.time).toBeGreaterThanOrEqual(lastArrival);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
    expect(s.nodes.g!.latency.mean).toBeGreaterThan(s.gateways.g!.routes['/']!.latency.mean);
  });

  it('an aggregation past its deadline answers partially (206)', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 20 })
      .node('g', 'gateway', { auth: false, aggregate: true, aggregateDeadlineMs: 100 })
      .node('fast', 'service', { serviceTime: 'constant', serviceTimeMs: 10, instances: 8 })
      .node('slow', 'service', { serviceTime: 'constant', serviceTimeMs: 500, instances: 32 })
      .edge('c', 'g')
      .edge('g', 'fast', { route: '' })
      .edge('g', 'slow', { route: '/' })
      .build();
    const sim = simulate(doc);
    sim.advanceTo(30_000);
    const s = sim.summary();
    expect(s.gateways.g!.partialResponses).toBeGreaterThan(500);
    expect(s.nodes.g!.latency.max).toBeLessThan(110);
    expect(s.nodes.c!.errors.failed).toBe(0);
  });

  it('translates HTTP into a publish to a queue, answered 202 at once', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'sync', rate: 10, users: 1 })
      .node('g', 'gateway', { auth: false, overheadMs: 2 })
      .node('q', 'queue')
      .edge('c', 'g')
      .edge('g', 'q')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(10_000);
    const s = sim.summary();
    expect(s.gateways.g!.published).toBe(s.nodes.g!.received);
    expect(s.messaging.q!.messages).toBeGreaterThan(90);
    expect(s.nodes.c!.latency.max).toBeLessThan(10);
  });

  it('charges each protocol its encoding cost: gRPC is cheaper than REST, GraphQL dearer', () => {
    const mean = (protocol: string) => {
      const doc = new DiagramBuilder()
        .node('c', 'client', { mode: 'async', rate: 10, payloadKb: 50 })
        .node('s', 'service', { serviceTime: 'constant', serviceTimeMs: 1, instances: 4 })
        .edge('c', 's', { protocol, latencyMs: 0 })
        .build();
      const sim = simulate(doc);
      sim.advanceTo(10_000);
      return sim.summary().nodes.c!.latency.mean;
    };
    expect(mean('grpc')).toBeLessThan(mean('rest'));
    expect(mean('rest')).toBeLessThan(mean('graphql'));
  });
});

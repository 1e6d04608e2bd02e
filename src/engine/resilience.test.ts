import { describe, expect, it } from 'vitest';
import { BREAKER } from './codes';
import { DiagramBuilder, simulate } from './testing/diagram';

/** Sync users (many, so they never hold back the 20/s) calling a service that fails. */
function failing(edge: Record<string, number | boolean>, errorRatePct = 100) {
  return new DiagramBuilder()
    .node('c', 'client', { mode: 'sync', users: 100, rate: 20, arrivals: 'constant' })
    .node('s', 'service', { serviceTimeMs: 5, instances: 8, errorRatePct })
    .edge('c', 's', { latencyMs: 1, ...edge })
    .build();
}

const load = (edge: Record<string, number | boolean>, errorRatePct = 100) => {
  const sim = simulate(failing(edge, errorRatePct));
  sim.advanceTo(100_000);
  return sim.summary();
};

describe('resilience on caller edges', () => {
  it('retries without a budget multiply the load on a failing service; a budget caps them', () => {
    const none = load({ retries: 0 });
    const retried = load({ retries: 3, backoffMs: 10 });
    const budgeted = load({ retries: 3, backoffMs: 10, retryBudget: true, retryBudgetPct: 10 });
    expect(none.nodes.s!.received).toBeCloseTo(2000, -1);
    expect(retried.nodes.s!.received / none.nodes.s!.received).toBeCloseTo(4, 1);
    expect(retried.callerEdges['c-s']!.retries).toBeGreaterThan(5900);
    expect(budgeted.nodes.s!.received / none.nodes.s!.received).toBeLessThan(1.12);
    expect(budgeted.callerEdges['c-s']!.retriesDenied).toBeGreaterThan(1500);
  });

  it('a circuit breaker cuts the load on a failing service, failing fast instead', () => {
    const retried = load({ retries: 3, backoffMs: 10 });
    const broken = load({
      retries: 3,
      backoffMs: 10,
      breaker: true,
      breakerThreshold: 5,
      breakerCooldownMs: 5000,
    });
    expect(broken.nodes.s!.received).toBeLessThan(retried.nodes.s!.received / 10);
    const edge = broken.callerEdges['c-s']!;
    // Opens, waits its cool-down, lets one probe through, which fails and opens it again.
    expect(edge.breakerOpenings).toBeGreaterThan(15);
    expect(edge.shortCircuited).toBeGreaterThan(1500);
    expect(broken.nodes.c!.errors.circuitOpen).toBeGreaterThan(1500);
  });

  it('a breaker closes again once the service recovers, and its state shows in the snapshot', () => {
    const sim = simulate(failing({ breaker: true, breakerThreshold: 5, breakerCooldownMs: 2000 }));
    sim.advanceTo(10_000);
    const edge = sim.edgeIds.indexOf('c-s');
    expect([BREAKER.open, BREAKER.halfOpen]).toContain(sim.snapshot().edges.breaker[edge]);
    expect(sim.updateNodeProps('s', { errorRatePct: 0 }).ok).toBe(true);
    sim.advanceTo(20_000);
    expect(sim.snapshot().edges.breaker[edge]).toBe(BREAKER.closed);
    expect(sim.summary().callerEdges['c-s']!.breakerState).toBe('closed');
  });

  it('a timeout ends a slow call, and a late answer is ignored', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'sync', users: 10, rate: 10, arrivals: 'constant' })
      .node('s', 'service', { serviceTime: 'constant', serviceTimeMs: 300, instances: 16 })
      .edge('c', 's', { timeoutMs: 100 })
      .build();
    const sim = simulate(doc);
    sim.advanceTo(10_000);
    const s = sim.summary();
    expect(s.nodes.c!.errors.timeout).toBeGreaterThan(95);
    expect(s.nodes.c!.latency.max).toBeLessThan(101);
    expect(s.callerEdges['c-s']!.lateAnswers).toBeGreaterThan(90);
    // The server did the work anyway: it cannot know its caller gave up.
    expect(s.nodes.s!.completed).toBeGreaterThan(95);
  });

  it('retries use exponential backoff with full jitter', () => {
    const fixed = simulate(failing({ retries: 3, backoffMs: 100, jitter: false }));
    fixed.advanceTo(100_000);
    const jittered = simulate(failing({ retries: 3, backoffMs: 100, jitter: true }));
    jittered.advanceTo(100_000);
    // 100 + 200 + 400 ms of backoff, plus four attempts of about 7.5 ms each.
    const f = fixed.summary().nodes.c!.latency;
    expect(f.mean).toBeGreaterThan(700);
    expect(f.mean).toBeLessThan(740);
    // Full jitter waits on average half of each backoff.
    expect(jittered.summary().nodes.c!.latency.mean).toBeCloseTo(f.mean / 2 + 15, -1);
  });
});

import { describe, expect, it } from 'vitest';
import { DiagramBuilder, simulate } from './testing/diagram';

/** Open-loop Poisson arrivals (an async client) into one service with exponential service times. */
function queue(rate: number, instances: number) {
  return new DiagramBuilder()
    .node('c', 'client', { mode: 'async', rate, arrivals: 'poisson' })
    .node('s', 'service', {
      serviceTime: 'exponential',
      serviceTimeMs: 100,
      instances,
      backlogLimit: 100_000,
    })
    .edge('c', 's', { latencyMs: 0 })
    .build();
}

/** Erlang C: the probability that an arrival waits, for c servers offered a = lambda/mu erlangs. */
function erlangC(c: number, a: number): number {
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = (term * c) / (c - a);
  return top / (sum + top);
}

// 40,000 s of virtual time: 320,000 and 1,000,000 arrivals, enough for 5% at utilization 0.8.
const LONG_RUN_MS = 40_000_000;

describe('queueing theory', () => {
  it('M/M/1 at 8/s with 100 ms mean service has a mean time in system of 0.5 s (within 5%), and Little holds', {
    timeout: 30_000,
  }, () => {
    const sim = simulate(queue(8, 1), 1);
    sim.advanceTo(LONG_RUN_MS);
    const s = sim.summary().nodes.s!;
    expect(s.latency.mean).toBeGreaterThan(500 * 0.95);
    expect(s.latency.mean).toBeLessThan(500 * 1.05);
    expect(s.utilization).toBeCloseTo(0.8, 1);
    // Little's law: mean number in system = throughput x mean time in system.
    const inSystem = s.backlog.mean + s.utilization!;
    const throughput = s.completed / (LONG_RUN_MS / 1000);
    expect(inSystem / ((throughput * s.latency.mean) / 1000)).toBeCloseTo(1, 2);
  });

  it('M/M/3 at 25/s matches the Erlang C mean wait within 5%', { timeout: 30_000 }, () => {
    const sim = simulate(queue(25, 3), 1);
    sim.advanceTo(LONG_RUN_MS);
    const lambda = 25;
    const mu = 10;
    const expectedWaitMs = (1000 * erlangC(3, lambda / mu)) / (3 * mu - lambda);
    expect(expectedWaitMs).toBeCloseTo(140.4, 1);
    const wait = sim.summary().services.s!.meanWaitMs;
    expect(Math.abs(wait - expectedWaitMs) / expectedWaitMs).toBeLessThan(0.05);
  });

  it('constant service time gives the M/D/1 mean wait, half of M/M/1', () => {
    const doc = queue(5, 1);
    doc.nodes[1]!.props.serviceTime = 'constant';
    const sim = simulate(doc, 2);
    sim.advanceTo(4_000_000);
    // M/D/1: Wq = rho / (2 mu (1 - rho)) = 0.5 / (2 * 10 * 0.5) s = 50 ms.
    expect(sim.summary().services.s!.meanWaitMs).toBeGreaterThan(47.5);
    expect(sim.summary().services.s!.meanWaitMs).toBeLessThan(52.5);
  });

  it('a lognormal service time has the configured mean and p99', () => {
    const doc = queue(20, 64);
    Object.assign(doc.nodes[1]!.props, { serviceTime: 'lognormal', serviceTimeMs: 100, p99Ms: 400 });
    const sim = simulate(doc, 3);
    sim.advanceTo(2_000_000);
    const s = sim.summary().nodes.s!;
    expect(s.latency.mean).toBeGreaterThan(95);
    expect(s.latency.mean).toBeLessThan(105);
    expect(s.latency.p99).toBeGreaterThan(380);
    expect(s.latency.p99).toBeLessThan(420);
  });

  it('a full backlog refuses with 503 and the backlog never exceeds its limit', () => {
    const doc = queue(50, 1);
    doc.nodes[1]!.props.backlogLimit = 20;
    const sim = simulate(doc, 4);
    sim.advanceTo(60_000);
    const s = sim.summary().nodes.s!;
    expect(s.backlog.max).toBe(20);
    expect(s.errors['503']).toBeGreaterThan(1000);
    expect(sim.summary().nodes.c!.errors['503']).toBe(s.errors['503']);
  });
});

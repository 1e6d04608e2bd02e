import { describe, expect, it } from 'vitest';
import { DiagramBuilder, simulate } from './testing/diagram';

function polling(changeRate: number, clientProps: Record<string, number | boolean>) {
  return new DiagramBuilder()
    .node('c', 'client', { mode: 'polling', pollIntervalMs: 5000, ...clientProps })
    .node('p', 'provider', { changeRate, responseTimeMs: 50 })
    .edge('c', 'p', { latencyMs: 2 })
    .build();
}

describe('polling and webhooks', () => {
  it('polling every 5 s against changes at 0.1/s: e^-0.5 = 61% of polls empty, staleness near 2.5 s', () => {
    const sim = simulate(polling(0.1, {}));
    sim.advanceTo(20_000_000);
    const p = sim.summary().pollingClients.c!;
    expect(p.polls).toBeGreaterThan(3990);
    expect(p.wastedPct).toBeGreaterThan(100 * Math.exp(-0.5) - 3);
    expect(p.wastedPct).toBeLessThan(100 * Math.exp(-0.5) + 3);
    // Half the interval, plus the poll's own round trip (2 + 50 + 2 ms).
    expect(p.meanStalenessMs).toBeGreaterThan(2500 * 0.95);
    expect(p.meanStalenessMs).toBeLessThan(2554 * 1.05);
  });

  it('polling every 5 s against changes at 0.01/s wastes more than 90% of polls, staleness still near 2.5 s', () => {
    const sim = simulate(polling(0.01, {}));
    sim.advanceTo(20_000_000);
    const p = sim.summary().pollingClients.c!;
    expect(p.wastedPct).toBeGreaterThan(90);
    expect(p.notModified).toBe(p.emptyPolls);
    expect(p.meanStalenessMs).toBeGreaterThan(2500 * 0.9);
    expect(p.meanStalenessMs).toBeLessThan(2554 * 1.1);
  });

  it('finds every change by cursor, none missed', () => {
    const sim = simulate(polling(2, { pollIntervalMs: 5000, pollJitterPct: 20 }));
    sim.advanceTo(1_000_000);
    const s = sim.summary();
    const seen = s.pollingClients.c!.changesSeen;
    expect(seen).toBeLessThanOrEqual(s.providers.p!.changes);
    expect(seen).toBeGreaterThan(s.providers.p!.changes - 30);
  });

  it('conditional requests (304) carry less than full answers', () => {
    const kb = (conditional: boolean) => {
      const sim = simulate(polling(0.01, { conditional, pollIntervalMs: 1000 }));
      sim.advanceTo(100_000);
      return sim.summary().edges['c-p']!.kb;
    };
    expect(kb(true)).toBeLessThan(kb(false) / 3);
  });

  it('long polling learns of a change within a round trip and wastes few polls', () => {
    const sim = simulate(polling(0.1, { longPoll: true, longPollTimeoutMs: 30_000 }));
    sim.advanceTo(2_000_000);
    const p = sim.summary().pollingClients.c!;
    expect(p.changesSeen).toBeGreaterThan(180);
    expect(p.meanStalenessMs).toBeLessThan(100);
    expect(p.wastedPct).toBeLessThan(30);
  });

  it('webhooks deliver each change in one hop', () => {
    const doc = new DiagramBuilder()
      .node('p', 'provider', { changeRate: 0.1 })
      .node('s', 'service', { serviceTimeMs: 5 })
      .edge('p', 's', { latencyMs: 20 })
      .build();
    const sim = simulate(doc);
    sim.advanceTo(2_000_000);
    const s = sim.summary();
    const w = s.webhooks['p-s']!;
    expect(w.delivered).toBe(w.events);
    expect(w.attempts).toBe(w.events);
    // One transfer there (and one acknowledgement back) per change.
    expect(s.edges['p-s']!.messages).toBe(2 * w.events);
    expect(w.deliveryLatency.mean).toBeCloseTo(20, 0);
  });
});

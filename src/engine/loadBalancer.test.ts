import { describe, expect, it } from 'vitest';
import { DiagramBuilder, simulate } from './testing/diagram';

function balanced(algorithm: string, targets: Record<string, number>[] = [{}, {}, {}]) {
  const b = new DiagramBuilder()
    .node('c', 'client', { mode: 'async', rate: 100 })
    .node('lb', 'loadBalancer', { algorithm, healthCheckIntervalMs: 1000 })
    .edge('c', 'lb');
  targets.forEach((props, i) => {
    b.node(`s${i}`, 'service', { serviceTimeMs: 20, instances: 4, ...props }).edge('lb', `s${i}`);
  });
  return b.build();
}

describe('load balancer', () => {
  it('round robin spreads requests evenly', () => {
    const sim = simulate(balanced('roundRobin'));
    sim.advanceTo(60_000);
    const picked = Object.values(sim.summary().loadBalancers.lb!.picked);
    expect(Math.max(...picked) - Math.min(...picked)).toBeLessThanOrEqual(1);
  });

  it('random and power of two choices spread about evenly', () => {
    for (const algorithm of ['random', 'p2c']) {
      const sim = simulate(balanced(algorithm));
      sim.advanceTo(60_000);
      const picked = Object.values(sim.summary().loadBalancers.lb!.picked);
      const total = picked.reduce((a, b) => a + b, 0);
      for (const p of picked) expect(p / total).toBeCloseTo(1 / 3, 1);
    }
  });

  it('least connections and p2c send less to a slow target than round robin does', () => {
    const targets: Record<string, number>[] = [{ serviceTimeMs: 100 }, {}, {}];
    const share = (algorithm: string) => {
      const sim = simulate(balanced(algorithm, targets));
      sim.advanceTo(60_000);
      const picked = sim.summary().loadBalancers.lb!.picked;
      return picked['lb-s0']! / Object.values(picked).reduce((a, b) => a + b, 0);
    };
    expect(share('roundRobin')).toBeCloseTo(1 / 3, 2);
    expect(share('leastConnections')).toBeLessThan(0.25);
    expect(share('p2c')).toBeLessThan(0.3);
  });

  it('skips a stopped target once a health check notices', () => {
    const sim = simulate(balanced('roundRobin'));
    sim.advanceTo(10_500);
    sim.setNodeUp('s1', false);
    const before = sim.summary().nodes.s1!.received;
    sim.advanceTo(11_000);
    // Until the next check (at 11 s) it still gets its share: they wait in its backlog.
    expect(sim.summary().nodes.s1!.received).toBeGreaterThan(before + 5);
    sim.advanceTo(30_000);
    const after = sim.summary().nodes.s1!.received;
    sim.advanceTo(60_000);
    expect(sim.summary().nodes.s1!.received).toBe(after);
    sim.setNodeUp('s1', true);
    sim.advanceTo(70_000);
    expect(sim.summary().nodes.s1!.received).toBeGreaterThan(after + 200);
  });

  it('answers 503 when no target is healthy', () => {
    const sim = simulate(
      balanced(
        'roundRobin',
        [{ up: 0 }].map(() => ({})),
      ),
    );
    sim.setNodeUp('s0', false);
    sim.advanceTo(20_000);
    expect(sim.summary().nodes.lb!.errors['503']).toBeGreaterThan(1500);
  });
});

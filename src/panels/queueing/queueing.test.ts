import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../engine/summary';
import { DiagramBuilder, simulate } from '../../engine/testing/diagram';
import type { DiagramDocument } from '../../model';
import { erlangC, mmcWait, type QueueingRow, queueingRows, serviceScv, utilization } from './queueing';

/** The textbook M/M/c formulas with factorials, written independently of the Erlang B recursion. */
function textbookWait(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  const rho = a / c;
  let fact = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    if (k > 0) fact *= k;
    sum += a ** k / fact;
  }
  const tail = a ** c / (fact * c * (1 - rho));
  const p0 = 1 / (sum + tail);
  return (tail * p0) / (c * mu - lambda);
}

function rowsOf(doc: DiagramDocument, seed: number, ms: number): QueueingRow[] {
  const sim = simulate(doc, seed);
  sim.advanceTo(ms);
  return queueingRows(doc.nodes, doc.edges, sim.summary() as unknown as RunSummary);
}

const rowOf = (rows: QueueingRow[], id: string): QueueingRow => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
};

const near = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected) / expected, `${actual} against ${expected}`).toBeLessThan(tolerance);

describe('Erlang C and the M/M/c wait', () => {
  it('M/M/1: Erlang C is ρ and Wq = ρ / (μ − λ)', () => {
    for (const [lambda, mu] of [
      [8, 10],
      [1, 4],
      [9.9, 10],
    ] as const) {
      expect(erlangC(1, lambda / mu)).toBeCloseTo(lambda / mu, 12);
      expect(mmcWait(lambda, mu, 1)).toBeCloseTo(lambda / mu / (mu - lambda), 10);
    }
  });

  it('M/M/2 with λ = 3, μ = 2 waits 9/14 s before service (Lq = 27/14)', () => {
    const wq = mmcWait(3, 2, 2)!;
    expect(wq).toBeCloseTo(9 / 14, 12);
    expect(3 * wq).toBeCloseTo(27 / 14, 12);
  });

  it('agrees with the factorial formulas for many c and ρ', () => {
    for (const c of [1, 2, 3, 5, 8, 16, 30]) {
      for (const rho of [0.1, 0.5, 0.8, 0.95, 0.99]) {
        const mu = 7;
        const lambda = rho * c * mu;
        expect(mmcWait(lambda, mu, c)! / textbookWait(lambda, mu, c)).toBeCloseTo(1, 9);
      }
    }
  });

  it('M/M/3 at 25/s with 100 ms service waits about 140 ms; Erlang C stays finite for 64 servers', () => {
    expect(1000 * mmcWait(25, 10, 3)!).toBeCloseTo(140.4, 1);
    const c = erlangC(64, 60);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it('ρ >= 1 has no steady state: no predicted wait, never negative or infinite', () => {
    expect(mmcWait(10, 10, 1)).toBeNull();
    expect(mmcWait(31, 10, 3)).toBeNull();
    expect(mmcWait(5, 0, 1)).toBeNull();
    expect(erlangC(3, 3)).toBe(1);
    expect(erlangC(2, 5)).toBe(1);
    expect(utilization(31, 10, 3)).toBeCloseTo(31 / 30, 12);
    expect(mmcWait(0, 10, 2)).toBe(0);
  });

  it('service-time variability: 0 for constant, 1 for exponential, more for a long tail', () => {
    expect(serviceScv('constant', 100, 400)).toBe(0);
    expect(serviceScv('exponential', 100, 400)).toBe(1);
    expect(serviceScv('lognormal', 100, 400)).toBeGreaterThan(0.5);
    expect(serviceScv('lognormal', 100, 1000)).toBeGreaterThan(serviceScv('lognormal', 100, 400));
  });
});

/** Poisson arrivals at `rate`/s straight into a service with exponential service times. */
function direct(rate: number, instances: number, serviceTimeMs = 100) {
  return new DiagramBuilder()
    .node('c', 'client', { mode: 'async', rate, arrivals: 'poisson' })
    .node('s', 'service', { serviceTime: 'exponential', serviceTimeMs, instances, backlogLimit: 100_000 })
    .edge('c', 's', { latencyMs: 0 })
    .build();
}

describe('the view on a simulated run', () => {
  it('M/M/3 at ρ = 0.8: λ, μ, ρ from the run; the measured wait near M/M/c; Little holds within 5%', {
    timeout: 60_000,
  }, () => {
    const row = rowOf(rowsOf(direct(24, 3), 5, 6_000_000), 's');
    expect(row.feed).toBe('direct');
    near(row.lambda, 24, 0.02);
    expect(row.mu).toBeCloseTo(10, 12);
    expect(row.c).toBe(3);
    near(row.rho, 0.8, 0.02);
    near(row.busy!, 0.8, 0.03);
    const predicted = row.predictedWqMs!;
    near(predicted, 1000 * textbookWait(row.lambda, 10, 3), 1e-9);
    near(row.measuredWqMs!, predicted, 0.1);
    near(row.littleL, row.littleLambdaW, 0.05);
    expect(row.notes.map((n) => n.key)).toEqual([]);
  });

  it('a queue in front of two consumers (prefetch 1) is one M/M/2 line: queue wait + wait at the instance', {
    timeout: 60_000,
  }, () => {
    const doc = new DiagramBuilder()
      .node('p', 'client', { mode: 'async', rate: 16, arrivals: 'poisson' })
      .node('q', 'queue', { capacity: 100_000 })
      .node('w', 'service', { serviceTime: 'exponential', serviceTimeMs: 100, instances: 2 })
      .edge('p', 'q', { latencyMs: 0 })
      .edge('q', 'w', { prefetch: 1, latencyMs: 0 })
      .build();
    const row = rowOf(rowsOf(doc, 7, 6_000_000), 'w');
    expect(row.feed).toBe('queue');
    near(row.rho, 0.8, 0.03);
    // M/M/2 at ρ = 0.8: Wq = 0.8² / (1 − 0.8²) / λ... computed independently above.
    const expected = 1000 * textbookWait(row.lambda, 10, 2);
    near(row.predictedWqMs!, expected, 1e-9);
    near(row.measuredWqMs!, expected, 0.1);
    near(row.littleL, row.littleLambdaW, 0.05);
    expect(row.notes.map((n) => n.key)).toContain('queueWait');
    expect(row.notes.map((n) => n.key)).not.toContain('prefetch');
  });

  it('near saturation it warns; past it there is no predicted wait and the backlog keeps growing', () => {
    const near95 = rowOf(rowsOf(direct(9.5, 1), 2, 200_000), 's');
    expect(near95.notes[0]?.key).toBe('nearSaturation');
    expect(near95.predictedWqMs).toBeGreaterThan(0);

    const over = rowOf(rowsOf(direct(30, 2), 3, 120_000), 's');
    expect(over.rho).toBeGreaterThan(1.4);
    expect(over.predictedWqMs).toBeNull();
    expect(over.notes[0]).toMatchObject({ key: 'unstable', c: 2 });
    // Measured: what actually happened, a long and growing wait.
    expect(over.measuredWqMs).toBeGreaterThan(1000);
  });

  it('a constant service time is flagged, with the Allen–Cunneen estimate at half the M/M/1 wait (M/D/1)', {
    timeout: 30_000,
  }, () => {
    const doc = direct(5, 1);
    doc.nodes[1]!.props.serviceTime = 'constant';
    const row = rowOf(rowsOf(doc, 2, 2_000_000), 's');
    const note = row.notes.find((n) => n.key === 'notExponential');
    expect(note).toMatchObject({ dist: 'constant' });
    const approx = note?.key === 'notExponential' ? note.approxMs! : Number.NaN;
    near(approx, row.predictedWqMs! / 2, 1e-9);
    near(row.measuredWqMs!, approx, 0.08);
  });

  it('a service that calls downstream holds its instance longer than its service time: flagged', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 5, arrivals: 'poisson' })
      .node('s', 'service', { serviceTimeMs: 50, instances: 1, backlogLimit: 100_000 })
      .node('d', 'service', { serviceTimeMs: 60, instances: 4 })
      .edge('c', 's', { latencyMs: 0 })
      .edge('s', 'd', { latencyMs: 5 })
      .build();
    const rows = rowsOf(doc, 4, 300_000);
    const s = rowOf(rows, 's');
    expect(s.notes.map((n) => n.key)).toContain('holdsWhileCalling');
    expect(s.busy!).toBeGreaterThan(s.rho + 0.1);
    near(s.littleL, s.littleLambdaW, 0.05);
    expect(rowOf(rows, 'd').notes.map((n) => n.key)).not.toContain('holdsWhileCalling');
  });

  it('warns on the measured utilization when downstream calls, not ρ, fill the instances', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 7.5, arrivals: 'poisson' })
      .node('s', 'service', { serviceTimeMs: 50, instances: 1, backlogLimit: 100_000 })
      .node('d', 'service', { serviceTimeMs: 60, instances: 4 })
      .edge('c', 's', { latencyMs: 0 })
      .edge('s', 'd', { latencyMs: 5 })
      .build();
    const s = rowOf(rowsOf(doc, 6, 300_000), 's');
    expect(s.rho).toBeLessThan(0.5);
    expect(s.notes[0]).toMatchObject({ key: 'nearSaturationMeasured' });
    expect(s.busy!).toBeGreaterThan(0.85);
  });

  it('topic consumers are c separate lines, and their wait in the topic is not claimed as measured', () => {
    const doc = new DiagramBuilder()
      .node('p', 'client', { mode: 'async', rate: 20, arrivals: 'poisson' })
      .node('t', 'topic', { partitions: 4 })
      .node('w', 'service', { serviceTimeMs: 50, instances: 2 })
      .edge('p', 't')
      .edge('t', 'w')
      .build();
    const row = rowOf(rowsOf(doc, 1, 60_000), 'w');
    expect(row.feed).toBe('topic');
    expect(row.measuredWqMs).toBeNull();
    near(row.predictedWqMs!, 1000 * mmcWait(row.lambda / 2, 20, 1)!, 1e-9);
  });
});

import { describe, expect, it } from 'vitest';
import { HISTOGRAM_BUCKETS, Histogram, latencyStats } from './histogram';
import { Random } from './random';

describe('Histogram', () => {
  it('gives quantiles within 3% of the exact ones, in fixed memory', () => {
    const r = new Random(9);
    const h = new Histogram();
    const xs: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      const x = r.lognormal(3, 1.2);
      xs.push(x);
      h.record(x);
    }
    xs.sort((a, b) => a - b);
    for (const q of [0.5, 0.9, 0.95, 0.99]) {
      const exact = xs[Math.floor(q * xs.length)]!;
      expect(Math.abs(h.quantile(q) - exact) / exact).toBeLessThan(0.03);
    }
    expect(h.counts.length).toBe(HISTOGRAM_BUCKETS);
    expect(h.mean()).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length, 6);
  });

  it('summarises an empty histogram as zeros and keeps exact min and max', () => {
    expect(latencyStats(new Histogram())).toEqual({
      count: 0,
      mean: 0,
      p50: 0,
      p95: 0,
      p99: 0,
      min: 0,
      max: 0,
    });
    const h = new Histogram();
    for (const x of [0, 0.5, 7, 1e6]) h.record(x);
    const s = latencyStats(h);
    expect(s.min).toBe(0);
    expect(s.max).toBe(1e6);
    expect(s.p99).toBeLessThanOrEqual(1e6);
  });
});

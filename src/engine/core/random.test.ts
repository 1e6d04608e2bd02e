import { describe, expect, it } from 'vitest';
import { lognormalParams, Random } from './random';

describe('Random (sfc32)', () => {
  it('replays exactly from a seed, and another seed gives another stream', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
  });

  it('is uniform on [0, 1)', () => {
    const r = new Random(1);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      buckets[Math.floor(x * 10)]++;
    }
    for (const n of buckets) expect(Math.abs(n - 10_000)).toBeLessThan(400);
  });

  it('draws exponential and normal variates with the right moments', () => {
    const r = new Random(2);
    let sum = 0;
    let n1 = 0;
    let n2 = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      sum += r.exponential(100);
      const z = r.normal();
      n1 += z;
      n2 += z * z;
    }
    expect(sum / n).toBeCloseTo(100, -0.5);
    expect(n1 / n).toBeCloseTo(0, 1);
    expect(n2 / n).toBeCloseTo(1, 1);
  });

  it('fits a lognormal to a mean and a p99', () => {
    const { mu, sigma } = lognormalParams(100, 400);
    expect(Math.exp(mu + (sigma * sigma) / 2)).toBeCloseTo(100, 6);
    expect(Math.exp(mu + 2.3263478740408408 * sigma)).toBeCloseTo(400, 6);
    // A p99 below the mean cannot be: the shape degenerates to nearly constant, keeping the mean.
    const flat = lognormalParams(100, 50);
    expect(flat.sigma).toBeLessThan(0.001);
  });
});

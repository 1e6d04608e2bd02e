// Bucket index straight from the bits of a float64: the exponent and the top SUB_BITS of the
// mantissa. No Math.log per sample; each octave splits into 16 linear buckets (at most 6.25%
// wide), so a quantile read from the bucket is within about 3% of the exact one.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const SUB_BITS = 4;
const SUB = 1 << SUB_BITS;
/** Smallest distinguished value 2^-7 ms (about 8 us); largest 2^31 ms (about 25 days). */
const EXP_MIN = 1023 - 7;
const EXP_MAX = 1023 + 31;
/** Buckets per histogram. */
export const HISTOGRAM_BUCKETS = (EXP_MAX - EXP_MIN) * SUB;
const FIRST = EXP_MIN << SUB_BITS;

function bucketOf(x: number): number {
  f64[0] = x;
  const b = (u32[HI]! >>> (20 - SUB_BITS)) - FIRST;
  return b < 0 ? 0 : b >= HISTOGRAM_BUCKETS ? HISTOGRAM_BUCKETS - 1 : b;
}

function lowerBound(bucket: number): number {
  const e = (bucket >> SUB_BITS) + EXP_MIN - 1023;
  return 2 ** e * (1 + (bucket & (SUB - 1)) / SUB);
}

/**
 * Latency distribution in fixed log-scale buckets: bounded memory however many samples.
 * Counts are 32-bit (2.4 KB a histogram, so the engine's many histograms stay in cache); one
 * bucket would need four billion samples to wrap.
 */
export class Histogram {
  readonly counts = new Uint32Array(HISTOGRAM_BUCKETS);
  /** count, sum, min, max: in a typed array, since double fields of an object are boxed. */
  private readonly s = new Float64Array([0, 0, Number.POSITIVE_INFINITY, 0]);

  /** Samples recorded. */
  get count(): number {
    return this.s[0]!;
  }
  /** Sum of the samples. */
  get sum(): number {
    return this.s[1]!;
  }
  /** Smallest sample; Infinity when none. */
  get min(): number {
    return this.s[2]!;
  }
  /** Largest sample; 0 when none. */
  get max(): number {
    return this.s[3]!;
  }

  /** Adds one sample (milliseconds, non-negative). */
  record(x: number): void {
    this.counts[bucketOf(x)]!++;
    const s = this.s;
    s[0]!++;
    s[1]! += x;
    if (x < s[2]!) s[2] = x;
    if (x > s[3]!) s[3] = x;
  }

  /** Mean of the samples; 0 when there are none. */
  mean(): number {
    return this.count > 0 ? this.sum / this.count : 0;
  }

  /** The q-quantile (0..1), interpolated inside its bucket and clamped to the observed range. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = q * this.count;
    let seen = 0;
    const counts = this.counts;
    for (let b = 0; b < HISTOGRAM_BUCKETS; b++) {
      const c = counts[b]!;
      if (c === 0) continue;
      if (seen + c >= rank) {
        const lo = lowerBound(b);
        const hi = lowerBound(b + 1);
        const x = lo + ((rank - seen) / c) * (hi - lo);
        return Math.min(this.max, Math.max(this.min, x));
      }
      seen += c;
    }
    return this.max;
  }

  /** Forgets every sample. */
  clear(): void {
    this.counts.fill(0);
    this.s.set([0, 0, Number.POSITIVE_INFINITY, 0]);
  }
}

/** The usual latency figures, rounded to microseconds for a readable summary. */
export interface LatencyStats {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Summarises a histogram. */
export function latencyStats(h: Histogram): LatencyStats {
  return {
    count: h.count,
    mean: round3(h.mean()),
    p50: round3(h.quantile(0.5)),
    p95: round3(h.quantile(0.95)),
    p99: round3(h.quantile(0.99)),
    min: h.count > 0 ? round3(h.min) : 0,
    max: round3(h.max),
  };
}

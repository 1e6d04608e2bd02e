/**
 * sfc32, a small fast counter-based PRNG (Chris Doty-Humphrey's PractRand family): 32-bit state
 * words, passes BigCrush, and is cheap in JavaScript because it needs only 32-bit integer ops.
 * One instance is passed everywhere, so a run replays exactly from its seed.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Box-Muller makes two normals at a time; the spare one waits here. */
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    // splitmix32 spreads a small seed over the whole state, so seeds 1 and 2 differ at once.
    let s = seed >>> 0;
    const mix = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const a = this.a;
    const b = this.b;
    const c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    const r = (c << 21) | (c >>> 11);
    this.c = (r + t) | 0;
    return t >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Whether an event with this probability happens. */
  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }

  /** A uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An exponential variate with this mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** A standard normal variate. */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u = this.next();
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    this.hasSpare = true;
    return r * Math.cos(2 * Math.PI * v);
  }

  /** A lognormal variate exp(mu + sigma * N(0, 1)). */
  lognormal(mu: number, sigma: number): number {
    return Math.exp(mu + sigma * this.normal());
  }
}

/** z for the 99th percentile of the standard normal. */
const Z99 = 2.3263478740408408;

/**
 * Lognormal parameters from a mean and a 99th percentile. From mean = exp(mu + s^2/2) and
 * p99 = exp(mu + z s): s^2/2 - z s + ln(p99/mean) = 0; the smaller root is the sensible tail.
 * A p99 at or below the mean, or beyond what a lognormal with that mean can reach
 * (p99/mean > e^(z^2/2), about 15), is clamped to the nearest reachable shape.
 */
export function lognormalParams(mean: number, p99: number): { mu: number; sigma: number } {
  const d = Math.log(Math.max(p99, mean * 1.0001) / mean);
  const disc = Z99 * Z99 - 2 * d;
  const sigma = disc > 0 ? Z99 - Math.sqrt(disc) : Z99;
  return { mu: Math.log(mean) - (sigma * sigma) / 2, sigma };
}

/** Arrivals remembered for the view: the last 8,192 hops. */
export const ARRIVALS_LOG2 = 13;
const TWO_31 = 2 ** 31;

/**
 * The most recent transfers that reached the end of their edge, in arrival order, so the view can
 * keep drawing a hop that took 2 ms of virtual time for a few hundred ms of wall time. A fixed
 * ring of four doubles per arrival (departs, arrives, trace id, and edge, kind and item count
 * packed in one exact integer): one cache line holds two arrivals, and memory never grows.
 */
export class ArrivalRing {
  private readonly f = new Float64Array((1 << ARRIVALS_LOG2) * 4);
  private readonly mask = (1 << ARRIVALS_LOG2) - 1;
  private head = 0;
  /** Arrivals ever recorded (the ring holds the last 8,192). */
  written = 0;

  /** Records one arrival. */
  record(edge: number, kind: number, departs: number, arrives: number, items: number, id: number): void {
    const k = this.head << 2;
    const f = this.f;
    f[k] = departs;
    f[k + 1] = arrives;
    f[k + 2] = id;
    // edge * 8 + kind stays below 2^31 for any diagram; items below 2^21 keeps the sum exact.
    f[k + 3] = edge * 8 + kind + items * TWO_31;
    this.head = (this.head + 1) & this.mask;
    this.written++;
  }

  /** How many retained arrivals, newest first, arrived after `since`. */
  countSince(since: number): number {
    const n = Math.min(this.written, this.mask + 1);
    let c = 0;
    while (c < n && this.f[(((this.head - 1 - c) & this.mask) << 2) + 1]! > since) c++;
    return c;
  }

  /** The i-th newest arrival's fields, written into the given arrays at index `at`. */
  read(
    i: number,
    at: number,
    out: {
      edge: Int32Array;
      kind: Uint8Array;
      departs: Float64Array;
      arrives: Float64Array;
      items: Int32Array;
      id: Float64Array;
    },
  ): void {
    const k = ((this.head - 1 - i) & this.mask) << 2;
    const f = this.f;
    const packed = f[k + 3]!;
    const items = Math.floor(packed / TWO_31);
    const low = packed - items * TWO_31;
    out.departs[at] = f[k]!;
    out.arrives[at] = f[k + 1]!;
    out.id[at] = f[k + 2]!;
    out.edge[at] = Math.floor(low / 8);
    out.kind[at] = low % 8;
    out.items[at] = items;
  }
}

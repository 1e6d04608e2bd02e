/**
 * A binary min-heap of events on one typed array, ordered by (time, sequence). The sequence
 * number is assigned at push, so events at the same time pop in the order they were scheduled:
 * the run is a pure function of its inputs. No objects are allocated per event.
 *
 * Layout: entry k (1-based, root at 1) occupies doubles [4k, 4k+4): time, sequence, payload and
 * a pad, so the two children of entry i (2i and 2i+1) share one 64-byte cache line. The engine's
 * own records evict the heap between pops; one line per level instead of three keeps pops cheap.
 */
export class EventQueue {
  private h: Float64Array;
  size = 0;
  private nextSeq = 0;
  /** The event last removed by pop(). */
  topTime = 0;
  topSeq = 0;
  topPayload = 0;

  constructor(capacity = 1024) {
    this.h = new Float64Array((capacity + 1) * 4);
  }

  /** Schedules an event; returns its sequence number, which identifies it for lazy cancellation. */
  push(t: number, payload: number): number {
    if ((this.size + 2) * 4 > this.h.length) this.grow();
    const s = this.nextSeq++;
    const h = this.h;
    let i = ++this.size;
    // Sift the hole up and write the new event once, at its final place.
    while (i > 1) {
      const parent = i >> 1;
      const p = parent << 2;
      const pt = h[p]!;
      if (pt < t || (pt === t && h[p + 1]! < s)) break;
      const c = i << 2;
      h[c] = pt;
      h[c + 1] = h[p + 1]!;
      h[c + 2] = h[p + 2]!;
      i = parent;
    }
    const c = i << 2;
    h[c] = t;
    h[c + 1] = s;
    h[c + 2] = payload;
    return s;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.size > 0 ? this.h[4]! : Number.POSITIVE_INFINITY;
  }

  /** Removes the earliest event into topTime/topSeq/topPayload; false when empty. */
  pop(): boolean {
    const n = this.size;
    if (n === 0) return false;
    const h = this.h;
    this.topTime = h[4]!;
    this.topSeq = h[5]!;
    this.topPayload = h[6]!;
    this.size = n - 1;
    if (n === 1) return true;
    const l = n << 2;
    const t = h[l]!;
    const s = h[l + 1]!;
    const p = h[l + 2]!;
    const last = n - 1;
    let i = 1;
    let child = 2;
    while (child <= last) {
      let c = child << 2;
      let ct = h[c]!;
      if (child < last) {
        const rt = h[c + 4]!;
        if (rt < ct || (rt === ct && h[c + 5]! < h[c + 1]!)) {
          c += 4;
          ct = rt;
          child++;
        }
      }
      if (t < ct || (t === ct && s < h[c + 1]!)) break;
      const d = i << 2;
      h[d] = ct;
      h[d + 1] = h[c + 1]!;
      h[d + 2] = h[c + 2]!;
      i = child;
      child = i << 1;
    }
    const d = i << 2;
    h[d] = t;
    h[d + 1] = s;
    h[d + 2] = p;
    return true;
  }

  /** Drops every event. */
  clear(): void {
    this.size = 0;
  }

  private grow(): void {
    const h = new Float64Array(this.h.length * 2);
    h.set(this.h);
    this.h = h;
  }
}

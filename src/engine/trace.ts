/** What happened to a message at one moment; the trace's code column. */
export const TRACE = {
  send: 0,
  arrive: 1,
  queued: 2,
  start: 3,
  done: 4,
  respond: 5,
  lost: 6,
  timeout: 7,
  retry: 8,
  rejected: 9,
  batched: 10,
  accepted: 11,
  dropped: 12,
  circuitOpen: 13,
  partial: 14,
  acked: 15,
  deadLettered: 16,
  unroutable: 17,
  missed: 18,
} as const;
export const TRACE_NAMES = [
  'send',
  'arrive',
  'queued',
  'start',
  'done',
  'respond',
  'lost',
  'timeout',
  'retry',
  'rejected',
  'batched',
  'accepted',
  'dropped',
  'circuitOpen',
  'partial',
  'acked',
  'deadLettered',
  'unroutable',
  'missed',
] as const;
export type TraceCode = (typeof TRACE_NAMES)[number];

/** One trace event, as returned to the view. */
export interface TraceEvent {
  time: number;
  code: TraceCode;
  node: number;
  edge: number;
  /** Status for responses and rejections; item count for batches; arrival time for sends. */
  value: number;
}

/**
 * A fixed-size ring of the most recent trace events, keyed by trace id (the id of the client
 * request or provider change a message belongs to), so the view can follow one message. Memory
 * is fixed: older events are overwritten.
 */
export class TraceRing {
  private time: Float64Array;
  private id: Float64Array;
  /** code (5 bits) | node + 1 (13 bits) << 5 | edge + 1 (14 bits) << 18: one write instead of three. */
  private where: Int32Array;
  private value: Float64Array;
  private readonly mask: number;
  private head = 0;
  /** Events ever written (the ring holds the last `capacity`). */
  written = 0;

  constructor(capacityLog2: number) {
    const n = 1 << capacityLog2;
    this.mask = n - 1;
    this.time = new Float64Array(n);
    this.id = new Float64Array(n);
    this.where = new Int32Array(n);
    this.value = new Float64Array(n);
  }

  /** Appends one event, overwriting the oldest when full. */
  record(time: number, id: number, code: number, node: number, edge: number, value: number): void {
    const i = this.head;
    this.time[i] = time;
    this.id[i] = id;
    this.where[i] = code | ((node + 1) << 5) | ((edge + 1) << 18);
    this.value[i] = value;
    this.head = (i + 1) & this.mask;
    this.written++;
  }

  /** The retained events of one trace id, oldest first. */
  eventsOf(id: number): TraceEvent[] {
    const out: TraceEvent[] = [];
    const n = Math.min(this.written, this.mask + 1);
    for (let k = 0; k < n; k++) {
      const i = (this.head - n + k) & this.mask;
      if (this.id[i] !== id) continue;
      const w = this.where[i]!;
      out.push({
        time: this.time[i]!,
        code: TRACE_NAMES[w & 31] ?? 'send',
        node: ((w >>> 5) & 0x1fff) - 1,
        edge: (w >>> 18) - 1,
        value: this.value[i]!,
      });
    }
    return out;
  }

  /** The most recent distinct trace ids, newest first (the view's "recent messages" log). */
  recentIds(limit: number): number[] {
    const out: number[] = [];
    const seen = new Set<number>();
    const n = Math.min(this.written, this.mask + 1);
    for (let k = 1; k <= n && out.length < limit; k++) {
      const id = this.id[(this.head - k) & this.mask]!;
      if (!seen.has(id)) {
        seen.add(id);
        out.push(id);
      }
    }
    return out;
  }
}

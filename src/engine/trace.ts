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
  deadLettered: 15,
  unroutable: 16,
  missed: 17,
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
const TWO_32 = 4294967296;

export class TraceRing {
  /**
   * Four doubles per event, one event after another (one write stream, two events per cache
   * line): time, trace id, value, and where = code (5 bits) | node + 1 (13 bits) << 5 | edge + 1
   * (14 bits) << 18 as an unsigned 32-bit number, plus for a send its message kind and item count
   * (kind | items << 3) times 2^32 (exact: below 2^53).
   */
  private readonly f: Float64Array;
  private readonly mask: number;
  private head = 0;
  /** Events ever written (the ring holds the last `capacity`). */
  written = 0;

  constructor(capacityLog2: number) {
    const n = 1 << capacityLog2;
    this.mask = n - 1;
    this.f = new Float64Array(n * 4);
  }

  /** Records a message put on an edge (departs -> arrives), with its kind and item count. */
  recordSend(
    departs: number,
    id: number,
    node: number,
    edge: number,
    arrives: number,
    kind: number,
    items: number,
  ): void {
    const k = this.head << 2;
    const f = this.f;
    f[k] = departs;
    f[k + 1] = id;
    f[k + 2] = arrives;
    f[k + 3] = ((TRACE.send | ((node + 1) << 5) | ((edge + 1) << 18)) >>> 0) + (kind | (items << 3)) * TWO_32;
    this.head = (this.head + 1) & this.mask;
    this.written++;
  }

  /** Appends one event, overwriting the oldest when full. */
  record(time: number, id: number, code: number, node: number, edge: number, value: number): void {
    const k = this.head << 2;
    const f = this.f;
    f[k] = time;
    f[k + 1] = id;
    f[k + 2] = value;
    f[k + 3] = (code | ((node + 1) << 5) | ((edge + 1) << 18)) >>> 0;
    this.head = (this.head + 1) & this.mask;
    this.written++;
  }

  /**
   * Sends that arrived in (since, now], newest first, at most `limit`: the transfers the view
   * keeps drawing for a moment after they arrived. With `out`, they are written from index `at`;
   * without, only counted.
   */
  recentArrivals(since: number, now: number, limit: number, out?: TransferColumns, at = 0): number {
    const f = this.f;
    const n = Math.min(this.written, this.mask + 1);
    let c = 0;
    for (let j = 1; j <= n && c < limit; j++) {
      const k = ((this.head - j) & this.mask) << 2;
      // The value (an arrival time for a send) rules out most events before the code is read.
      const arrives = f[k + 2]!;
      if (arrives > now || arrives <= since) continue;
      const packed = f[k + 3]!;
      const w = whereOf(packed);
      if ((w & 31) !== TRACE.send) continue;
      if (out) {
        const sent = Math.floor(packed / TWO_32);
        const i = at + c;
        out.edge[i] = (w >>> 18) - 1;
        out.kind[i] = sent & 7;
        out.items[i] = sent >>> 3;
        out.departs[i] = f[k]!;
        out.arrives[i] = arrives;
        out.id[i] = f[k + 1]!;
      }
      c++;
    }
    return c;
  }

  /** The retained events of one trace id, oldest first. */
  eventsOf(id: number): TraceEvent[] {
    const out: TraceEvent[] = [];
    const f = this.f;
    const n = Math.min(this.written, this.mask + 1);
    for (let j = 0; j < n; j++) {
      const k = ((this.head - n + j) & this.mask) << 2;
      if (f[k + 1] !== id) continue;
      const w = whereOf(f[k + 3]!);
      out.push({
        time: f[k]!,
        code: TRACE_NAMES[w & 31] ?? 'send',
        node: ((w >>> 5) & 0x1fff) - 1,
        edge: (w >>> 18) - 1,
        value: f[k + 2]!,
      });
    }
    return out;
  }

  /** The most recent distinct trace ids, newest first (the view's "recent messages" log). */
  recentIds(limit: number): number[] {
    const out: number[] = [];
    const seen = new Set<number>();
    const n = Math.min(this.written, this.mask + 1);
    for (let j = 1; j <= n && out.length < limit; j++) {
      const id = this.f[(((this.head - j) & this.mask) << 2) + 1]!;
      if (!seen.has(id)) {
        seen.add(id);
        out.push(id);
      }
    }
    return out;
  }
}

/** The low 32 bits of a packed entry (ToUint32 of an integer below 2^53 is exactly that, with no fmod). */
const whereOf = (packed: number): number => packed >>> 0;

/** Messages as parallel arrays, one index per message: the snapshot's messages in flight. */
export interface TransferColumns {
  /** Edge index (see Simulation.edgeIds). */
  edge: Int32Array;
  /** MSG code: 0 request, 1 response, 2 event, 3 batch, 4 error; 1 and 4 travel target -> source. */
  kind: Uint8Array;
  departs: Float64Array;
  arrives: Float64Array;
  /** Items carried: 1, or the batch size. */
  items: Int32Array;
  /** Trace id: the client request or provider change the message belongs to. */
  id: Float64Array;
}

import { breakerStateNow } from './callerEdge';
import type { Engine } from './engine';

/**
 * What the view draws each frame. Every array is a fresh typed array, so a worker can transfer
 * the whole snapshot (see snapshotTransferables) instead of copying it.
 */
export interface Snapshot {
  /** Virtual time, ms. */
  now: number;
  /** Messages in flight, as parallel arrays of length `count`. */
  messages: {
    count: number;
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
  };
  /** Per node, by node index (see Simulation.nodeIds). */
  nodes: {
    inFlight: Int32Array;
    backlog: Int32Array;
    /** Busy workers over capacity right now; -1 for kinds without workers. */
    utilization: Float32Array;
    up: Uint8Array;
    /** Errors so far. */
    errors: Float64Array;
  };
  /** Per edge, by edge index. */
  edges: {
    /** BREAKER code: 0 none, 1 closed, 2 open, 3 half-open. */
    breaker: Uint8Array;
    cut: Uint8Array;
  };
}

/** Builds the frame snapshot: messages that have departed and not yet arrived, and live counters. */
export function takeSnapshot(e: Engine): Snapshot {
  const msgs = e.jobs;
  const now = e.now;
  // Messages are job records in transit (kind >= 0); one departing later is not drawn yet.
  const high = msgs.high;
  let count = 0;
  for (let m = 0; m < high; m++) if (msgs.kind(m) >= 0 && msgs.departs(m) <= now) count++;
  const edge = new Int32Array(count);
  const kind = new Uint8Array(count);
  const departs = new Float64Array(count);
  const arrives = new Float64Array(count);
  const items = new Int32Array(count);
  const id = new Float64Array(count);
  let w = 0;
  for (let m = 0; m < high; m++) {
    if (!(msgs.kind(m) >= 0 && msgs.departs(m) <= now)) continue;
    edge[w] = msgs.edge(m);
    kind[w] = msgs.kind(m);
    departs[w] = msgs.departs(m);
    arrives[w] = msgs.arrives(m);
    items[w] = msgs.items(m);
    id[w] = msgs.trace(m);
    w++;
  }
  const n = e.nodeIds.length;
  const s = e.stats;
  const utilization = new Float32Array(n);
  for (let i = 0; i < n; i++) utilization[i] = s.capacity[i]! > 0 ? s.busy[i]! / s.capacity[i]! : -1;
  const breaker = new Uint8Array(e.edgeIds.length);
  e.callers.forEach((c, i) => {
    if (c) breaker[i] = breakerStateNow(c, now);
  });
  return {
    now,
    messages: { count, edge, kind, departs, arrives, items, id },
    nodes: {
      inFlight: s.inFlight.slice(),
      backlog: s.backlog.slice(),
      utilization,
      up: e.nodeUp.slice(),
      errors: s.errorTotal.slice(),
    },
    edges: { breaker, cut: e.edgeCut.slice() },
  };
}

/** The buffers of a snapshot, for postMessage(snapshot, transferables). */
export function snapshotTransferables(s: Snapshot): ArrayBuffer[] {
  const m = s.messages;
  const n = s.nodes;
  return [
    m.edge,
    m.kind,
    m.departs,
    m.arrives,
    m.items,
    m.id,
    n.inFlight,
    n.backlog,
    n.utilization,
    n.up,
    n.errors,
    s.edges.breaker,
    s.edges.cut,
  ].map((a) => a.buffer as ArrayBuffer);
}

import { breakerStateNow } from './callerEdge';
import type { Engine } from './engine';
import { snapshotNode } from './kinds';
import { type BrokerSections, consumerSections } from './snapshotBrokers';
import type { TransferColumns } from './trace';

/**
 * What the view draws each frame. Every array is a fresh typed array, so a worker can transfer
 * the whole snapshot (see snapshotTransferables) instead of copying it.
 */
export interface Snapshot {
  /** Virtual time, ms. */
  now: number;
  /** Messages in flight, as parallel arrays of length `count`. */
  messages: TransferColumns & { count: number };
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
  /** One per queue node: ready messages, delivered but unacknowledged ones, and its capacity. */
  queues: { node: number; depth: number; unacked: number; capacity: number }[];
  /** One per topic node, per partition; startOffsets move with retention. */
  topics: {
    node: number;
    endOffsets: number[];
    startOffsets: number[];
    groups: { group: string; lag: number[]; committed: number[] }[];
  }[];
  /**
   * One per consume wire from a topic to a service: per up instance, the partitions it owns
   * (empty: idle, or every instance while its group rebalances).
   */
  consumers: { node: number; source: number; group: string; instances: number[][] }[];
}

/** Recent arrivals a snapshot lists at most (newest first). */
export const RECENT_LIMIT = 8192;

/** Snapshot options: `recentMs` > 0 adds the transfers that arrived within that much virtual time. */
export interface SnapshotOptions {
  recentMs?: number;
}

/**
 * Builds the frame snapshot: messages that have departed and not yet arrived (with `recentMs`,
 * also those that arrived within it, from the arrival ring), live counters, and the brokers' state.
 */
export function takeSnapshot(e: Engine, options?: SnapshotOptions): Snapshot {
  const msgs = e.jobs;
  const now = e.now;
  // Messages are job records in transit (kind >= 0); one departing later is not drawn yet.
  const high = msgs.high;
  let inTransit = 0;
  for (let m = 0; m < high; m++) if (msgs.kind(m) >= 0 && msgs.departs(m) <= now) inTransit++;
  const recentMs = options?.recentMs ?? 0;
  const since = now - recentMs;
  const recent = recentMs > 0 ? e.trace.recentArrivals(since, now, RECENT_LIMIT) : 0;
  const count = inTransit + recent;
  const edge = new Int32Array(count);
  const kind = new Uint8Array(count);
  const departs = new Float64Array(count);
  const arrives = new Float64Array(count);
  const items = new Int32Array(count);
  const id = new Float64Array(count);
  if (recent > 0)
    e.trace.recentArrivals(since, now, recent, { edge, kind, departs, arrives, items, id }, inTransit);
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
  const brokers: BrokerSections = { queues: [], topics: [] };
  for (let i = 0; i < n; i++) snapshotNode(e, i, brokers);
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
    ...brokers,
    consumers: consumerSections(e),
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

import { create } from 'zustand';
import type { Snapshot } from '../engine';
import type { MessagingCounters } from './protocol';

/** A node's live figures for its badges; refreshed a few times a second. */
export interface NodeLive {
  inFlight: number;
  backlog: number;
  /** 0..1, or null for kinds without workers. */
  utilization: number | null;
  up: boolean;
  errors: number;
}

export interface QueueLive {
  depth: number;
  unacked: number;
  capacity: number;
}

export interface TopicLive {
  endOffsets: number[];
  startOffsets: number[];
  groups: { group: string; lag: number[]; committed: number[] }[];
}

/** One consumer wiring of a service: which partitions each of its instances owns. */
export interface ConsumerLive {
  source: string;
  group: string;
  instances: number[][];
}

interface LiveState {
  byId: Readonly<Record<string, NodeLive>>;
  queues: Readonly<Record<string, QueueLive>>;
  topics: Readonly<Record<string, TopicLive>>;
  consumers: Readonly<Record<string, ConsumerLive[]>>;
}

/** Live badges' store: components select their own node's entry, which keeps its identity while unchanged. */
export const useLive = create<LiveState>()(() => ({ byId: {}, queues: {}, topics: {}, consumers: {} }));

const EMPTY = {};

function sameNode(a: NodeLive | undefined, b: NodeLive): boolean {
  return (
    !!a &&
    a.inFlight === b.inFlight &&
    a.backlog === b.backlog &&
    a.utilization === b.utilization &&
    a.up === b.up &&
    a.errors === b.errors
  );
}

/** Builds a record by node id, keeping the previous entry object when its content is unchanged. */
function keepIdentity<T>(
  prev: Readonly<Record<string, T>>,
  next: Record<string, T>,
): Readonly<Record<string, T>> {
  let changed = Object.keys(prev).length !== Object.keys(next).length;
  const out: Record<string, T> = {};
  for (const [id, value] of Object.entries(next)) {
    const old = prev[id];
    if (old !== undefined && JSON.stringify(old) === JSON.stringify(value)) out[id] = old;
    else {
      out[id] = value;
      changed = true;
    }
  }
  return changed ? out : prev;
}

/** Copies a snapshot's counters into the live store, reusing entries that did not change. */
export function publishLive(
  snapshot: (Pick<Snapshot, 'nodes'> & Partial<MessagingCounters>) | null,
  nodeIds: readonly string[],
): void {
  const state = useLive.getState();
  if (!snapshot) {
    if (Object.keys(state.byId).length)
      useLive.setState({ byId: EMPTY, queues: EMPTY, topics: EMPTY, consumers: EMPTY });
    return;
  }
  const n = snapshot.nodes;
  const byId: Record<string, NodeLive> = {};
  let changed = Object.keys(state.byId).length !== nodeIds.length;
  nodeIds.forEach((id, i) => {
    const u = n.utilization[i]!;
    const live: NodeLive = {
      inFlight: n.inFlight[i]!,
      backlog: n.backlog[i]!,
      utilization: u < 0 ? null : Math.round(u * 100) / 100,
      up: n.up[i] === 1,
      errors: n.errors[i]!,
    };
    const old = state.byId[id];
    if (old && sameNode(old, live)) byId[id] = old;
    else {
      byId[id] = live;
      changed = true;
    }
  });
  const queues: Record<string, QueueLive> = {};
  for (const q of snapshot.queues ?? []) {
    const id = nodeIds[q.node];
    if (id) queues[id] = { depth: q.depth, unacked: q.unacked, capacity: q.capacity };
  }
  const topics: Record<string, TopicLive> = {};
  for (const t of snapshot.topics ?? []) {
    const id = nodeIds[t.node];
    if (id) topics[id] = { endOffsets: t.endOffsets, startOffsets: t.startOffsets, groups: t.groups };
  }
  const consumers: Record<string, ConsumerLive[]> = {};
  for (const c of snapshot.consumers ?? []) {
    const id = nodeIds[c.node];
    const source = nodeIds[c.source];
    if (!id || !source) continue;
    const list = consumers[id] ?? [];
    list.push({ source, group: c.group, instances: c.instances });
    consumers[id] = list;
  }
  const next = {
    byId: changed ? byId : state.byId,
    queues: keepIdentity(state.queues, queues),
    topics: keepIdentity(state.topics, topics),
    consumers: keepIdentity(state.consumers, consumers),
  };
  if (
    next.byId !== state.byId ||
    next.queues !== state.queues ||
    next.topics !== state.topics ||
    next.consumers !== state.consumers
  ) {
    useLive.setState(next);
  }
}

import { create } from 'zustand';
import type { Snapshot } from '../engine';
import { type IdRecord, idRecord, own, ownEntries, ownKeys, put } from '../model';
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
  byId: IdRecord<NodeLive>;
  queues: IdRecord<QueueLive>;
  topics: IdRecord<TopicLive>;
  consumers: IdRecord<ConsumerLive[]>;
}

/** Live badges' store: components select their own node's entry, which keeps its identity while unchanged. */
const EMPTY: IdRecord<never> = idRecord();

export const useLive = create<LiveState>()(() => ({
  byId: EMPTY,
  queues: EMPTY,
  topics: EMPTY,
  consumers: EMPTY,
}));

/** No live figures: the run was reset, or a different diagram opened. */
export function clearLive(): void {
  useLive.setState({ byId: EMPTY, queues: EMPTY, topics: EMPTY, consumers: EMPTY });
}

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
function keepIdentity<T>(prev: IdRecord<T>, next: IdRecord<T>): IdRecord<T> {
  let changed = ownKeys(prev).length !== ownKeys(next).length;
  const out = idRecord<T>();
  for (const [id, value] of ownEntries(next)) {
    const old = own(prev, id);
    if (old !== undefined && JSON.stringify(old) === JSON.stringify(value)) put(out, id, old);
    else {
      put(out, id, value);
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
    if (ownKeys(state.byId).length) clearLive();
    return;
  }
  const n = snapshot.nodes;
  const byId = idRecord<NodeLive>();
  let changed = ownKeys(state.byId).length !== nodeIds.length;
  nodeIds.forEach((id, i) => {
    const u = n.utilization[i]!;
    const live: NodeLive = {
      inFlight: n.inFlight[i]!,
      backlog: n.backlog[i]!,
      utilization: u < 0 ? null : Math.round(u * 100) / 100,
      up: n.up[i] === 1,
      errors: n.errors[i]!,
    };
    const old = own(state.byId, id);
    if (old && sameNode(old, live)) put(byId, id, old);
    else {
      put(byId, id, live);
      changed = true;
    }
  });
  const queues = idRecord<QueueLive>();
  for (const q of snapshot.queues ?? []) {
    const id = nodeIds[q.node];
    if (id) put(queues, id, { depth: q.depth, unacked: q.unacked, capacity: q.capacity });
  }
  const topics = idRecord<TopicLive>();
  for (const t of snapshot.topics ?? []) {
    const id = nodeIds[t.node];
    if (id) put(topics, id, { endOffsets: t.endOffsets, startOffsets: t.startOffsets, groups: t.groups });
  }
  const consumers = idRecord<ConsumerLive[]>();
  for (const c of snapshot.consumers ?? []) {
    const id = nodeIds[c.node];
    const source = nodeIds[c.source];
    if (id === undefined || source === undefined) continue;
    const list = own(consumers, id) ?? [];
    list.push({ source, group: c.group, instances: c.instances });
    put(consumers, id, list);
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

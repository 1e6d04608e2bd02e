import { EV } from './codes';
import type { Engine } from './engine';
import { liveLanes } from './feeds';
import { fetchAll } from './groupDelivery';
import type { TopicState } from './topic';

/** How long a group stops consuming while it rebalances (Kafka's initial rebalance delay is 3 s too). */
export const REBALANCE_PAUSE_MS = 3000;
/** Records a member keeps fetched ahead of its processing (like a small max.poll.records). */
export const FETCH_AHEAD = 10;

/**
 * A consumer group on one topic: the consume edges from the topic that carry its name. Its
 * members are the up instances of those consumers (a service's instances, a Streams processor,
 * a sink connector); the partitions are assigned among them (range or round robin) and
 * reassigned, after a pause, when members come or go. Each member fetches from its partitions in
 * offset order, handles records one at a time and commits after each success, so a partition's
 * records are consumed in order; every group reads every record at its own offsets.
 */
export class ConsumerGroup {
  readonly committed: Float64Array;
  readonly position: Float64Array;
  /** The last offset handled per partition in this generation (order check). */
  readonly lastDone: Float64Array;
  /** Member owning each partition; -1 while rebalancing or unassigned. */
  readonly owner: Int32Array;
  memberEdge = new Int32Array(0);
  memberLane = new Int32Array(0);
  memberInflight = new Int32Array(0);
  memberCursor = new Int32Array(0);
  memberFetchMax = new Int32Array(0);
  memberParts: Int32Array[] = [];
  /** First member of each edge (by edgeSlot), -1 when it has none. */
  readonly memberBase: Int32Array;
  /** Live instances per edge at the last assignment. */
  readonly assignedLanes: Int32Array;
  roundRobin = false;
  gen = 0;
  rebalancing = false;
  seq = -1;
  rebalances = 0;
  consumed = 0;
  outOfOrder = 0;
  constructor(
    readonly index: number,
    readonly topic: TopicState,
    readonly name: string,
    /** The consume edges of this group, in document order. */
    readonly edges: Int32Array,
  ) {
    const p = topic.partitions;
    this.committed = new Float64Array(p);
    this.position = new Float64Array(p);
    this.lastDone = new Float64Array(p).fill(-1);
    this.owner = new Int32Array(p).fill(-1);
    this.memberBase = new Int32Array(edges.length).fill(-1);
    this.assignedLanes = new Int32Array(edges.length);
  }

  /** Consumer lag of a partition: records not yet committed. */
  lag(p: number): number {
    return this.topic.end[p]! - this.committed[p]!;
  }
}

/** One consumer group per distinct group name on a topic's consume edges, in document order. */
export function buildGroups(e: Engine, t: TopicState, consumes: Int32Array): void {
  const byName = new Map<string, number[]>();
  for (const edge of consumes) {
    const name = String(e.edgeProps[edge]!.consumerGroup ?? 'group-1');
    byName.set(name, [...(byName.get(name) ?? []), edge]);
  }
  for (const [name, edges] of byName) {
    const g = new ConsumerGroup(e.groups.length, t, name, new Int32Array(edges));
    configureAssignor(e, g);
    edges.forEach((edge, j) => {
      e.edgeSlot[edge] = j;
      e.groupOfEdge[edge] = g;
    });
    e.groups.push(g);
    t.groups.push(g);
  }
}

/** The group's first wire decides the assignor. */
export function configureAssignor(e: Engine, g: ConsumerGroup): void {
  g.roundRobin = e.edgeProps[g.edges[0]!]!.assignor === 'roundRobin';
}

/** Assigns the partitions among the live members now (a new generation) and starts fetching. */
export function assignGroup(e: Engine, g: ConsumerGroup): void {
  const edges: number[] = [];
  const lanes: number[] = [];
  const maxes: number[] = [];
  g.edges.forEach((edge, j) => {
    const target = e.edgeTarget[edge]!;
    const n = liveLanes(e, target);
    g.assignedLanes[j] = n;
    g.memberBase[j] = n > 0 ? edges.length : -1;
    const connect = e.states.connect[target];
    const fetchMax = connect ? 2 * connect.batchSize : FETCH_AHEAD;
    for (let k = 0; k < n; k++) {
      edges.push(edge);
      lanes.push(k);
      maxes.push(fetchMax);
    }
  });
  const m = edges.length;
  const parts: number[][] = Array.from({ length: m }, () => []);
  const pCount = g.topic.partitions;
  g.owner.fill(-1);
  if (m > 0) {
    const share = Math.floor(pCount / m);
    const extra = pCount % m;
    let next = 0;
    for (let i = 0; i < m; i++) {
      const n = g.roundRobin ? 0 : share + (i < extra ? 1 : 0);
      for (let c = 0; c < n; c++) parts[i]!.push(next++);
    }
    if (g.roundRobin) for (let p = 0; p < pCount; p++) parts[p % m]!.push(p);
    parts.forEach((list, i) => {
      for (const p of list) g.owner[p] = i;
    });
  }
  g.memberEdge = new Int32Array(edges);
  g.memberLane = new Int32Array(lanes);
  g.memberFetchMax = new Int32Array(maxes);
  g.memberInflight = new Int32Array(m);
  g.memberCursor = new Int32Array(m);
  g.memberParts = parts.map((list) => new Int32Array(list));
  g.gen++;
  g.rebalancing = false;
  g.position.set(g.committed);
  g.lastDone.fill(-1);
  fetchAll(e, g);
}

/** A consume wire's assignor was edited: the group rebalances under the one its first wire names. */
export function assignorChanged(e: Engine, g: ConsumerGroup): void {
  configureAssignor(e, g);
  requestRebalance(e, g, true);
}

/** Membership may have changed (or `force`): if it did, the group stops and reassigns after a pause. */
export function requestRebalance(e: Engine, g: ConsumerGroup, force = false): void {
  let changed = g.rebalancing || force;
  g.edges.forEach((edge, j) => {
    if (liveLanes(e, e.edgeTarget[edge]!) !== g.assignedLanes[j]) changed = true;
  });
  if (!changed) return;
  if (!g.rebalancing) {
    g.rebalancing = true;
    g.rebalances++;
    g.owner.fill(-1);
  }
  g.seq = e.schedule(e.now + REBALANCE_PAUSE_MS, EV.rebalance, g.index);
}

/** The rebalance pause is over: assign. */
export function rebalanceEnd(e: Engine, index: number, seq: number): boolean {
  const g = e.groups[index]!;
  if (seq !== g.seq) return false;
  assignGroup(e, g);
  return true;
}

/** "Replay from earliest": the group's committed offsets go back to each partition's start. */
export function replay(e: Engine, g: ConsumerGroup): void {
  const t = g.topic;
  let added = 0;
  for (let p = 0; p < t.partitions; p++) {
    added += g.committed[p]! - t.start[p]!;
    g.committed[p] = t.start[p]!;
  }
  e.stats.addBacklog(t.node, added, e.now);
  // Records already fetched belong to the old offsets: a new generation makes them stale (their
  // commits are ignored). While rebalancing, the assignment at the end starts from the start.
  if (g.rebalancing) g.gen++;
  else assignGroup(e, g);
}

/** Partitions each live instance of a consumer owns (empty while rebalancing), for the snapshot. */
export function ownedPartitions(e: Engine, g: ConsumerGroup, edge: number): number[][] {
  const j = e.edgeSlot[edge]!;
  const n = liveLanes(e, e.edgeTarget[edge]!);
  const base = g.memberBase[j]!;
  const out: number[][] = [];
  for (let k = 0; k < n; k++) {
    const owned =
      g.rebalancing || base < 0 || k >= g.assignedLanes[j]! ? [] : Array.from(g.memberParts[base + k]!);
    out.push(owned);
  }
  return out;
}

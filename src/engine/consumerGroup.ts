import { EV, isSuccess, K, MSG } from './codes';
import type { Engine } from './engine';
import { liveLanes } from './feeds';
import { laneRetry } from './lanes';
import type { TopicState } from './topic';

/** How long a group stops consuming while it rebalances (Kafka's initial rebalance delay is 3 s too). */
export const REBALANCE_PAUSE_MS = 3000;
/** Records a member keeps fetched ahead of its processing (like a small max.poll.records). */
export const FETCH_AHEAD = 10;
/** A delivery's a2 packs its partition (< 256, low 8 bits) and the group generation it was fetched in. */
const GEN = 256;

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
    const connect = e.connects[target];
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

/** Fetches for every member (after an assignment, or when the topic comes back up). */
export function fetchAll(e: Engine, g: ConsumerGroup): void {
  if (g.rebalancing) return;
  for (let i = 0; i < g.memberEdge.length; i++) fetch(e, g, i);
}

/**
 * A record was appended to partition p: its owner fetches it if it has room. A member with room
 * has fetched everything before (fetching is eager), so usually the new record is all there is.
 */
export function groupAppended(e: Engine, g: ConsumerGroup, p: number): void {
  const i = g.owner[p]!;
  if (i < 0 || g.memberInflight[i]! >= g.memberFetchMax[i]!) return;
  const t = g.topic;
  const offset = g.position[p]!;
  if (offset === t.end[p]! - 1 && offset >= t.start[p]! && e.nodeUp[t.node]) {
    g.position[p] = offset + 1;
    g.memberInflight[i]!++;
    deliverRecord(e, g, i, p, offset);
  } else fetch(e, g, i);
}

/** Retention moved a partition's start past the group's committed offset: it skips to the start. */
export function groupExpired(e: Engine, g: ConsumerGroup, p: number): void {
  const start = g.topic.start[p]!;
  const behind = start - g.committed[p]!;
  if (behind <= 0) return;
  g.committed[p] = start;
  e.stats.addBacklog(g.topic.node, -behind, e.now);
}

function fetch(e: Engine, g: ConsumerGroup, i: number): void {
  const t = g.topic;
  if (!e.nodeUp[t.node]) return;
  const parts = g.memberParts[i]!;
  const n = parts.length;
  if (n === 0) return;
  let inflight = g.memberInflight[i]!;
  const max = g.memberFetchMax[i]!;
  let cursor = g.memberCursor[i]!;
  while (inflight < max) {
    let found = -1;
    for (let s = 0; s < n; s++) {
      const p = parts[(cursor + s) % n]!;
      // Offsets deleted by retention are skipped (auto.offset.reset = earliest).
      if (g.position[p]! < t.start[p]!) g.position[p] = t.start[p]!;
      if (g.position[p]! < t.end[p]!) {
        found = p;
        cursor = (cursor + s + 1) % n;
        break;
      }
    }
    if (found < 0) break;
    const offset = g.position[found]!;
    g.position[found] = offset + 1;
    deliverRecord(e, g, i, found, offset);
    inflight++;
  }
  g.memberInflight[i] = inflight;
  g.memberCursor[i] = cursor;
}

function deliverRecord(e: Engine, g: ConsumerGroup, i: number, p: number, offset: number): void {
  const t = g.topic;
  const edge = g.memberEdge[i]!;
  const jobs = e.jobs;
  const m = e.newMessage(MSG.event, e.edgeTarget[edge]!);
  const d = t.detail(p, offset);
  jobs.setCall(m, -1);
  jobs.setCallSerial(m, 0);
  jobs.setAttempt(m, g.memberLane[i]!);
  jobs.setTrace(m, d >= 0 ? t.traceOf(d) : e.newTrace());
  jobs.setPath(m, 0);
  jobs.setOrigin(m, t.node);
  jobs.setFlags(m, 0);
  jobs.setItems(m, 1);
  jobs.setKb(m, d >= 0 ? t.kbOf(d) : 1);
  jobs.setA1(m, offset);
  jobs.setA2(m, p + GEN * g.gen);
  e.transfer(m, edge, 0, t.node);
}

/** The partition of a delivered record (integer ops: a2 stays far below 2^31). */
export const partitionOf = (a2: number): number => a2 & (GEN - 1);

/** Whether a delivered record was fetched before the group's latest rebalance or replay. */
export function topicRecordStale(e: Engine, job: number): boolean {
  const g = e.groupOfEdge[e.jobs.edge(job)]!;
  return e.jobs.a2(job) >>> 8 !== g.gen;
}

/** A consumer finished a record: commit after success; a service retries a failure in place. */
export function topicDeliveryDone(e: Engine, job: number, status: number): void {
  const jobs = e.jobs;
  const edge = jobs.edge(job);
  const g = e.groupOfEdge[edge]!;
  const current = jobs.a2(job) >>> 8 === g.gen;
  const node = jobs.node(job);
  if (!isSuccess(status) && current && e.nodeKind[node] === K.service) {
    laneRetry(e, e.services[node]!, job);
    return;
  }
  if (current) {
    const t = g.topic;
    const p = partitionOf(jobs.a2(job));
    const offset = jobs.a1(job);
    g.consumed++;
    if (offset <= g.lastDone[p]!) g.outOfOrder++;
    g.lastDone[p] = offset;
    if (offset + 1 > g.committed[p]!) {
      e.stats.addBacklog(t.node, g.committed[p]! - offset - 1, e.now);
      g.committed[p] = offset + 1;
    }
    const d = t.detail(p, offset);
    if (d >= 0) e.stats.latency[t.node]!.record(e.now - t.timeOf(d));
    e.stats.completed[t.node]!++;
    const i = g.memberBase[e.edgeSlot[edge]!]! + jobs.attempt(job);
    // A member that had room had fetched everything there was (fetching is eager), so only one
    // that was full may find records waiting now.
    if (g.memberInflight[i]!-- === g.memberFetchMax[i]! && !g.rebalancing) fetch(e, g, i);
  }
  e.releaseJob(job);
}

/**
 * A record came back unhandled (its consumer stopped, or it was lost on a cut wire and the fetch
 * timed out): the member's position goes back to it, so it is fetched again.
 */
export function topicReturn(e: Engine, job: number, fetchAgain: boolean): void {
  const jobs = e.jobs;
  const g = e.groupOfEdge[jobs.edge(job)]!;
  if (!topicRecordStale(e, job)) {
    const p = partitionOf(jobs.a2(job));
    const offset = jobs.a1(job);
    if (offset < g.position[p]!) g.position[p] = offset;
    const i = g.memberBase[e.edgeSlot[jobs.edge(job)]!]! + jobs.attempt(job);
    g.memberInflight[i]!--;
    if (fetchAgain && !g.rebalancing) fetch(e, g, i);
  }
  e.releaseJob(job);
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

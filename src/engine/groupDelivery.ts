import { isSuccess, K, MSG } from './codes';
import type { ConsumerGroup } from './consumerGroup';
import type { Engine } from './engine';
import { laneRetry } from './lanes';

/*
 * A consumer group's side of delivering records: fetching them to members in offset order,
 * committing them when handled, and taking them back when their consumer goes away.
 */

/** A delivery's partitionGen packs its partition (< 256, low 8 bits) and the group generation it was fetched in. */
const GEN = 256;

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
  jobs.setDeliveryInstance(m, g.memberLane[i]!);
  jobs.setTrace(m, d >= 0 ? t.traceOf(d) : e.newTrace());
  jobs.setPath(m, 0);
  jobs.setOrigin(m, t.node);
  jobs.setFlags(m, 0);
  jobs.setItems(m, 1);
  jobs.setKb(m, d >= 0 ? t.kbOf(d) : 1);
  jobs.setRecordOffset(m, offset);
  jobs.setPartitionGen(m, p + GEN * g.gen);
  e.transfer(m, edge, 0, t.node);
}

/** The partition of a delivered record (integer ops: partitionGen stays far below 2^31). */
export const partitionOf = (partitionGen: number): number => partitionGen & (GEN - 1);

/** Whether a delivered record was fetched before the group's latest rebalance or replay. */
export function topicRecordStale(e: Engine, job: number): boolean {
  const g = e.groupOfEdge[e.jobs.edge(job)]!;
  return e.jobs.partitionGen(job) >>> 8 !== g.gen;
}

/** A consumer finished a record: commit after success; a service retries a failure in place. */
export function topicDeliveryDone(e: Engine, job: number, status: number): void {
  const jobs = e.jobs;
  const edge = jobs.edge(job);
  const g = e.groupOfEdge[edge]!;
  const current = jobs.partitionGen(job) >>> 8 === g.gen;
  const node = jobs.node(job);
  if (!isSuccess(status) && current && e.nodeKind[node] === K.service) {
    laneRetry(e, e.states.service[node]!, job);
    return;
  }
  if (current) {
    const t = g.topic;
    const p = partitionOf(jobs.partitionGen(job));
    const offset = jobs.recordOffset(job);
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
    const i = g.memberBase[e.edgeSlot[edge]!]! + jobs.deliveryInstance(job);
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
    const p = partitionOf(jobs.partitionGen(job));
    const offset = jobs.recordOffset(job);
    if (offset < g.position[p]!) g.position[p] = offset;
    const i = g.memberBase[e.edgeSlot[jobs.edge(job)]!]! + jobs.deliveryInstance(job);
    g.memberInflight[i]!--;
    if (fetchAgain && !g.rebalancing) fetch(e, g, i);
  }
  e.releaseJob(job);
}

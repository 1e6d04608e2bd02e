import type { PropValues } from '../model';
import { CAUSE, EV, STATUS } from './codes';
import { assignGroup, buildGroups, type ConsumerGroup } from './consumerGroup';
import type { Engine } from './engine';
import { fetchAll, groupAppended, groupExpired } from './groupDelivery';
import { partitionFor } from './partitioner';
import { TRACE } from './trace';
import type { NodeWires } from './wires';

/** Records whose details (trace id, size, key, time) a topic keeps, over all its partitions. */
export const TOPIC_DETAIL_BUDGET = 1 << 18;
/** Kafka's batch.size: the sticky partitioner moves on after this many KB to one partition. */
export const STICKY_BATCH_KB = 16;
/** Retention checkpoints kept: the check runs every retentionMs / 32, so 64 cover it twice. */
const CHECKPOINTS = 64;

/**
 * A Kafka topic: partitions, each an ordered log with offsets from `start` (moved by retention) to
 * `end` (the next offset). A keyed record goes to toPositive(murmur2(key)) % partitions; a record
 * without a key goes to a sticky partition (changed after 16 KB, Kafka's default) or round robin.
 * Offsets, counts, lag and retention are exact however long the run; the details of each record
 * (trace id, size, key, append time) are kept for the most recent ones only (a bounded ring per
 * partition), so a record replayed from long ago travels with a fresh trace id and a 1 KB size.
 */
export class TopicState {
  retentionMs = 0;
  retentionRecords = 0;
  roundRobin = false;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /**
   * Detail ring per partition: `cap` records each; record d = p * cap + offset % cap has its
   * append time, trace id, size and key at log[4d .. 4d + 3] (one cache line holds two).
   */
  cap = 256;
  log: Float64Array;
  readonly maxCap: number;
  readonly groups: ConsumerGroup[] = [];
  /** Per producer edge (by edgeSlot): distinct keys it sends, sticky partition and KB sent to it. */
  readonly keyCount: Int32Array;
  readonly sticky: Int32Array;
  readonly stickyKb: Float64Array;
  rr = 0;
  /** Partition of each key, computed once (-1 not yet). */
  keyPartition = new Int32Array(0);
  retentionSeq = -1;
  readonly checkpointTime = new Float64Array(CHECKPOINTS).fill(Number.NEGATIVE_INFINITY);
  readonly checkpointEnd: Float64Array;
  checkpointHead = 0;
  expired = 0;
  messages = 0;
  items = 0;
  constructor(
    readonly node: number,
    readonly partitions: number,
    producers: number,
  ) {
    this.start = new Float64Array(partitions);
    this.end = new Float64Array(partitions);
    let max = 256;
    while (max * 2 * partitions <= TOPIC_DETAIL_BUDGET) max *= 2;
    this.maxCap = max;
    this.log = new Float64Array(partitions * this.cap * 4);
    this.keyCount = new Int32Array(producers);
    this.sticky = new Int32Array(producers).fill(-1);
    this.stickyKb = new Float64Array(producers);
    this.checkpointEnd = new Float64Array(CHECKPOINTS * partitions);
  }

  /** Where the details of a record are kept, or -1 when they were overwritten (or it is gone). */
  detail(p: number, offset: number): number {
    if (offset < this.start[p]! || offset >= this.end[p]! || offset < this.end[p]! - this.cap) return -1;
    return p * this.cap + ringSlot(offset, this.cap);
  }

  /** The key of a retained record, -1 when it has none or its details are gone. */
  keyAt(p: number, offset: number): number {
    const d = this.detail(p, offset);
    return d < 0 ? -1 : this.log[d * 4 + 3]!;
  }

  /** Append time, trace id and size of the record whose details are at d. */
  timeOf(d: number): number {
    return this.log[d * 4]!;
  }
  traceOf(d: number): number {
    return this.log[d * 4 + 1]!;
  }
  kbOf(d: number): number {
    return this.log[d * 4 + 2]!;
  }
}

/** A topic, its producers and its consumer groups (one per group name on its consume wires). */
export function buildTopic(e: Engine, node: number, w: NodeWires): TopicState {
  const props = e.nodeProps[node]!;
  const producers = w.slottedInto('publish');
  const t = new TopicState(node, Number(props.partitions), producers.length);
  for (const edge of producers) configureProducer(e, t, edge);
  buildGroups(e, t, w.out('consume'));
  configureTopic(e, t, props);
  return t;
}

/** Every node exists now: each group assigns the partitions among its members. */
export function startTopic(e: Engine, t: TopicState): void {
  for (const g of t.groups) assignGroup(e, g);
}

/** Started again, the topic delivers to its groups what they have not fetched. */
export function setTopicUp(e: Engine, t: TopicState, up: boolean): void {
  if (up) for (const g of t.groups) fetchAll(e, g);
}

/** Reads a topic's retention and keyless partitioner (partitions are fixed for the run). */
export function configureTopic(e: Engine, t: TopicState, p: PropValues): void {
  const retentionMs = Number(p.retentionMs);
  t.retentionRecords = Number(p.retentionRecords);
  t.roundRobin = p.keylessPartitioner === 'roundRobin';
  if (retentionMs !== t.retentionMs) {
    t.retentionMs = retentionMs;
    t.retentionSeq = retentionMs > 0 ? e.schedule(e.now + retentionInterval(t), EV.retention, t.node) : -1;
  }
  if (t.retentionRecords > 0) for (let q = 0; q < t.partitions; q++) trimToCount(e, t, q);
}

/** Reads a producer edge's distinct key count (0: records without a key). */
export function configureProducer(e: Engine, t: TopicState, edge: number): void {
  t.keyCount[e.edgeSlot[edge]!] = Number(e.edgeProps[edge]!.keyCount ?? 0);
}

/**
 * offset % cap for a power-of-two cap. Offsets are doubles; an integer mask avoids a floating
 * modulo on the hot path, and a partition would need 2^31 records before the slow path is taken.
 */
function ringSlot(offset: number, cap: number): number {
  return offset < 0x80000000 ? offset & (cap - 1) : offset % cap;
}

const retentionInterval = (t: TopicState): number => Math.max(10, t.retentionMs / 32);

/** Records arrived from a producer: each goes to its key's partition (or the keyless choice). */
export function topicOnMessage(e: Engine, t: TopicState, m: number): void {
  const jobs = e.jobs;
  const node = t.node;
  const items = jobs.items(m);
  t.messages++;
  t.items += items;
  if (!e.nodeUp[node]) {
    e.stats.received[node]! += items;
    e.stats.error(node, CAUSE.unavailable);
    e.trace.record(e.now, jobs.trace(m), TRACE.rejected, node, -1, STATUS.unavailable);
    e.releaseMessage(m);
    return;
  }
  const slot = e.edgeSlot[jobs.edge(m)]!;
  // A record passed on by a Streams processor keeps its key (path = key + 1).
  const carried = jobs.recordKey(m) - 1;
  const kb = jobs.kb(m) / items;
  const trace = jobs.trace(m);
  for (let r = 0; r < items; r++) {
    const key =
      carried >= 0 ? carried : slot >= 0 && t.keyCount[slot]! > 0 ? e.rng.below(t.keyCount[slot]!) : -1;
    const p = key >= 0 ? partitionOfKey(t, key) : keyless(e, t, slot, kb);
    append(e, t, p, trace, kb, key);
  }
  e.releaseMessage(m);
}

function partitionOfKey(t: TopicState, key: number): number {
  if (key >= t.keyPartition.length) {
    let n = Math.max(64, t.keyPartition.length);
    while (n <= key) n *= 2;
    const grown = new Int32Array(n).fill(-1);
    grown.set(t.keyPartition);
    t.keyPartition = grown;
  }
  let p = t.keyPartition[key]!;
  if (p < 0) {
    p = partitionFor(key, t.partitions);
    t.keyPartition[key] = p;
  }
  return p;
}

function keyless(e: Engine, t: TopicState, slot: number, kb: number): number {
  if (t.roundRobin || slot < 0) return t.rr++ % t.partitions;
  // Sticky: fill one partition's batch, then pick another at random (Kafka 3.3+'s uniform sticky).
  if (t.sticky[slot]! < 0 || t.stickyKb[slot]! >= STICKY_BATCH_KB) {
    t.sticky[slot] = e.rng.below(t.partitions);
    t.stickyKb[slot] = 0;
  }
  t.stickyKb[slot]! += kb;
  return t.sticky[slot]!;
}

function append(e: Engine, t: TopicState, p: number, trace: number, kb: number, key: number): void {
  const offset = t.end[p]!;
  if (offset - t.start[p]! >= t.cap && t.cap < t.maxCap) grow(t);
  const d = (p * t.cap + ringSlot(offset, t.cap)) * 4;
  const log = t.log;
  log[d] = e.now;
  log[d + 1] = trace;
  log[d + 2] = kb;
  log[d + 3] = key;
  t.end[p] = offset + 1;
  e.stats.received[t.node]!++;
  // The topic's backlog is its consumers' total lag: one more record for every group.
  if (t.groups.length > 0) e.stats.addBacklog(t.node, t.groups.length, e.now);
  if (t.retentionRecords > 0) trimToCount(e, t, p);
  for (let i = 0; i < t.groups.length; i++) groupAppended(e, t.groups[i]!, p);
}

function trimToCount(e: Engine, t: TopicState, p: number): void {
  const over = t.end[p]! - t.start[p]! - t.retentionRecords;
  if (over > 0) expire(e, t, p, t.start[p]! + over);
}

function expire(e: Engine, t: TopicState, p: number, newStart: number): void {
  const n = newStart - t.start[p]!;
  if (n <= 0) return;
  t.start[p] = newStart;
  t.expired += n;
  for (let i = 0; i < t.groups.length; i++) groupExpired(e, t.groups[i]!, p);
}

/** Doubles every partition's detail ring, keeping the retained details (copied in runs). */
function grow(t: TopicState): void {
  const cap = t.cap * 2;
  const log = new Float64Array(t.partitions * cap * 4);
  for (let p = 0; p < t.partitions; p++) {
    const end = t.end[p]!;
    let o = Math.max(t.start[p]!, end - t.cap);
    while (o < end) {
      const from = ringSlot(o, t.cap);
      const to = ringSlot(o, cap);
      const n = Math.min(end - o, t.cap - from, cap - to);
      const a = (p * t.cap + from) * 4;
      log.set(t.log.subarray(a, a + n * 4), (p * cap + to) * 4);
      o += n;
    }
  }
  t.cap = cap;
  t.log = log;
}

/**
 * The periodic retention check: note where each partition ends now, then delete the records
 * appended before the newest checkpoint older than the retention time. Records therefore live
 * up to retentionMs / 32 longer than the retention (Kafka deletes whole segments, coarser still).
 */
export function retentionCheck(e: Engine, node: number, seq: number): boolean {
  const t = e.states.topic[node]!;
  if (seq !== t.retentionSeq) return false;
  const h = t.checkpointHead;
  t.checkpointTime[h] = e.now;
  t.checkpointEnd.set(t.end, h * t.partitions);
  t.checkpointHead = (h + 1) % CHECKPOINTS;
  const cutoff = e.now - t.retentionMs;
  let best = -1;
  for (let i = 0; i < CHECKPOINTS; i++) {
    const at = t.checkpointTime[i]!;
    if (at <= cutoff && (best < 0 || at > t.checkpointTime[best]!)) best = i;
  }
  if (best >= 0) {
    for (let p = 0; p < t.partitions; p++) expire(e, t, p, t.checkpointEnd[best * t.partitions + p]!);
  }
  t.retentionSeq = e.schedule(e.now + retentionInterval(t), EV.retention, node);
  return true;
}

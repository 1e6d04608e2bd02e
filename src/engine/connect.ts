import type { PropValues } from '../model';
import { EV, FEED, FLAG, isSuccess, STATUS } from './codes';
import type { Engine } from './engine';
import { consumerChanged } from './feeds';
import { topicRecordStale, topicReturn } from './groupDelivery';
import { startCall } from './resilience';
import type { NodeWires } from './wires';

/** Size of one record a connector moves, in KB. */
export const RECORD_KB = 1;

/**
 * A Kafka Connect connector. Source: every poll interval it reads the new rows of each database
 * (its writes) or provider (its changes) wired to it, in batches of at most batchSize that
 * arrive on the read wire, and produces them to its topics (like the JDBC source's
 * poll.interval.ms and batch.max.rows). Sink: a consumer-group member of each topic
 * wired to it; it buffers records and writes them to its database in one call per batch (when
 * batchSize records wait, or at each poll interval), committing them when the write succeeds;
 * a failed write is retried at the next interval.
 */
export class ConnectState {
  sink = false;
  batchSize = 100;
  pollIntervalMs = 1000;
  tickSeq = -1;
  /** Rows already read, per read edge. */
  readonly cursor: Float64Array;
  bufFirst = -1;
  bufLast = -1;
  bufCount = 0;
  writing = false;
  rr = 0;
  records = 0;
  batches = 0;
  constructor(
    readonly node: number,
    /** Incoming read edges (from databases and providers). */
    readonly reads: Int32Array,
    /** Outgoing publish edges (to topics). */
    readonly publishes: Int32Array,
    /** Outgoing write edges (to databases). */
    readonly writes: Int32Array,
  ) {
    this.cursor = new Float64Array(reads.length);
  }
}

/** A connector: it reads from its read wires and produces to topics (source), or writes to databases (sink). */
export function buildConnect(e: Engine, node: number, w: NodeWires): ConnectState {
  const st = new ConnectState(node, w.into('read'), w.out('publish'), w.out('write'));
  configureConnect(e, st, e.nodeProps[node]!);
  return st;
}

/** Live changes; switching between source and sink makes it join or leave its consumer groups. */
export function updateConnect(e: Engine, st: ConnectState, p: PropValues): void {
  const wasSink = st.sink;
  configureConnect(e, st, p);
  if (wasSink === st.sink) return;
  // A sink turned source drops what it buffered; either way its groups see a member come or go.
  if (!st.sink) setConnectUp(e, st, false);
  consumerChanged(e, st.node);
}

/** Reads a connector's mode, batch size and interval; a new interval restarts its timer. */
export function configureConnect(e: Engine, st: ConnectState, p: PropValues): void {
  const interval = Number(p.pollIntervalMs);
  st.sink = p.connectorMode === 'sink';
  st.batchSize = Number(p.batchSize);
  if (interval !== st.pollIntervalMs || st.tickSeq < 0) {
    st.pollIntervalMs = interval;
    st.tickSeq = e.schedule(e.now + interval, EV.connectTick, st.node);
  }
}

function rowsAt(e: Engine, node: number): number {
  const db = e.states.database[node];
  if (db) return db.writes;
  return e.states.provider[node]?.changes ?? 0;
}

/** The poll interval passed: a source reads new rows, a sink writes what it has buffered. */
export function connectTick(e: Engine, node: number, seq: number): boolean {
  const st = e.states.connect[node]!;
  if (seq !== st.tickSeq) return false;
  st.tickSeq = e.schedule(e.now + st.pollIntervalMs, EV.connectTick, node);
  if (!e.nodeUp[node]) return true;
  if (st.sink) {
    if (st.bufCount > 0 && !st.writing) flush(e, st);
    return true;
  }
  for (let i = 0; i < st.reads.length; i++) {
    const edge = st.reads[i]!;
    const source = e.edgeSource[edge]!;
    if (!e.nodeUp[source]) continue;
    let left = rowsAt(e, source) - st.cursor[i]!;
    st.cursor[i]! += left;
    while (left > 0) {
      const n = Math.min(st.batchSize, left);
      e.sendEvent(edge, e.newTrace(), source, n, n * RECORD_KB, 0);
      left -= n;
    }
  }
  return true;
}

/** Rows read from a source (a batch on a read wire) or a record from a topic (sink). */
export function connectOnMessage(e: Engine, st: ConnectState, m: number): void {
  const jobs = e.jobs;
  if (e.edgeFeed[jobs.edge(m)] === FEED.topic) {
    sinkRecord(e, st, m);
    return;
  }
  const n = jobs.items(m);
  e.stats.received[st.node]! += n;
  if (e.nodeUp[st.node]) {
    e.stats.completed[st.node]! += n;
    st.records += n;
    st.batches++;
    for (let i = 0; i < st.publishes.length; i++)
      e.sendEvent(st.publishes[i]!, jobs.trace(m), st.node, n, jobs.kb(m), 0);
  }
  e.releaseMessage(m);
}

function sinkRecord(e: Engine, st: ConnectState, m: number): void {
  if (topicRecordStale(e, m)) {
    e.releaseMessage(m);
    return;
  }
  if (!e.nodeUp[st.node] || !st.sink) {
    topicReturn(e, m, true);
    return;
  }
  const job = e.acceptJob(st.node, m);
  e.jobs.setNextItem(job, -1);
  if (st.bufCount === 0) st.bufFirst = job;
  else e.jobs.setNextItem(st.bufLast, job);
  st.bufLast = job;
  st.bufCount++;
  e.stats.addBacklog(st.node, 1, e.now);
  if (st.bufCount >= st.batchSize && !st.writing) flush(e, st);
}

function flush(e: Engine, st: ConnectState): void {
  const jobs = e.jobs;
  const n = Math.min(st.bufCount, st.batchSize);
  const batch = e.newJob(st.node, e.newTrace(), false);
  jobs.setNextItem(batch, st.bufFirst);
  let last = st.bufFirst;
  let kb = jobs.kb(last);
  for (let i = 1; i < n; i++) {
    last = jobs.nextItem(last);
    kb += jobs.kb(last);
  }
  st.bufFirst = jobs.nextItem(last);
  jobs.setNextItem(last, -1);
  st.bufCount -= n;
  if (st.bufCount === 0) st.bufLast = -1;
  jobs.setItems(batch, n);
  jobs.setKb(batch, kb);
  jobs.setFlags(batch, FLAG.batch | FLAG.write);
  e.stats.addBacklog(st.node, -n, e.now);
  st.writing = true;
  if (st.writes.length === 0) {
    connectCallDone(e, st, batch, STATUS.ok);
    return;
  }
  startCall(e, batch, st.writes[st.rr++ % st.writes.length]!, 0, 0);
}

/** The batch write ended: commit its records, or put them back to be written at the next interval. */
export function connectCallDone(e: Engine, st: ConnectState, batch: number, status: number): void {
  const jobs = e.jobs;
  st.writing = false;
  const n = jobs.items(batch);
  if (isSuccess(status)) {
    st.batches++;
    st.records += n;
    let item = jobs.nextItem(batch);
    while (item >= 0) {
      const next = jobs.nextItem(item);
      e.finishJob(item, STATUS.ok, 0);
      item = next;
    }
    e.releaseJob(batch);
    if (st.bufCount >= st.batchSize && e.nodeUp[st.node]) flush(e, st);
    return;
  }
  let last = jobs.nextItem(batch);
  while (jobs.nextItem(last) >= 0) last = jobs.nextItem(last);
  jobs.setNextItem(last, st.bufFirst);
  if (st.bufCount === 0) st.bufLast = last;
  st.bufFirst = jobs.nextItem(batch);
  st.bufCount += n;
  e.stats.addBacklog(st.node, n, e.now);
  e.releaseJob(batch);
}

/** Stopped, a sink drops its buffered records (uncommitted: its groups rebalance and re-read them). */
export function setConnectUp(e: Engine, st: ConnectState, up: boolean): void {
  if (up || st.bufCount === 0) return;
  let item = st.bufFirst;
  e.stats.addBacklog(st.node, -st.bufCount, e.now);
  while (item >= 0) {
    const next = e.jobs.nextItem(item);
    e.stats.inFlight[st.node]!--;
    topicReturn(e, item, false);
    item = next;
  }
  st.bufFirst = -1;
  st.bufLast = -1;
  st.bufCount = 0;
}

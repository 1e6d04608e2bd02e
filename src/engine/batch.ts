import type { PropValues } from '../model';
import { EV, FLAG, isSuccess, STATUS } from './codes';
import type { Engine } from './engine';
import { startCall } from './resilience';
import { TRACE } from './trace';
import { type NodeWires, publishMask } from './wires';

/**
 * A batch processor: items (requests) wait in the open batch until it holds batchSize of them
 * or windowMs has passed since its first item; then one batch goes downstream, and each item is
 * answered when the batch is. Items of a batch are linked through jobs.next, so no allocation.
 */
export class BatchState {
  batchSize = 10;
  windowMs = 1000;
  rr = 0;
  windowSeq = -1;
  openFirst = -1;
  openLast = -1;
  openCount = 0;
  openKb = 0;
  items = 0;
  batches = 0;
  itemsSent = 0;
  bySize = 0;
  byWindow = 0;
  constructor(
    readonly node: number,
    readonly targets: Int32Array,
    readonly publish: Uint8Array,
  ) {}
}

/** A batch processor: each batch goes to its call and publish wires in turn. */
export function buildBatch(e: Engine, node: number, w: NodeWires): BatchState {
  const targets = w.out('call', 'publish');
  const st = new BatchState(node, targets, publishMask(e, targets));
  configureBatch(e, st, e.nodeProps[node]!);
  return st;
}

/** Reads a batch processor's properties; a smaller size may send the open batch at once. */
export function configureBatch(e: Engine, st: BatchState, p: PropValues): void {
  st.batchSize = Number(p.batchSize);
  st.windowMs = Number(p.windowMs);
  if (st.openCount >= st.batchSize) flush(e, st);
}

/** An item arrived: add it to the open batch. */
export function batchOnRequest(e: Engine, st: BatchState, m: number): void {
  const job = e.acceptJob(st.node, m);
  const jobs = e.jobs;
  if (!e.nodeUp[st.node]) {
    e.finishJob(job, STATUS.unavailable, 0);
    return;
  }
  st.items++;
  jobs.setNextItem(job, -1);
  if (st.openCount === 0) {
    st.openFirst = job;
    st.windowSeq = e.schedule(e.now + st.windowMs, EV.batchWindow, st.node);
  } else jobs.setNextItem(st.openLast, job);
  st.openLast = job;
  st.openCount++;
  st.openKb += jobs.kb(job);
  e.stats.addBacklog(st.node, 1, e.now);
  if (st.openCount >= st.batchSize) {
    st.bySize++;
    flush(e, st);
  }
}

/** The window of the open batch ended before it filled. */
export function batchWindow(e: Engine, node: number, seq: number): boolean {
  const st = e.states.batch[node]!;
  if (seq !== st.windowSeq) return false;
  st.byWindow++;
  flush(e, st);
  return true;
}

function flush(e: Engine, st: BatchState): void {
  const n = st.openCount;
  st.windowSeq = -1;
  if (n === 0) return;
  e.stats.addBacklog(st.node, -n, e.now);
  const batch = e.newJob(st.node, e.newTrace(), false);
  const jobs = e.jobs;
  jobs.setNextItem(batch, st.openFirst);
  jobs.setItems(batch, n);
  jobs.setKb(batch, st.openKb);
  jobs.setFlags(batch, FLAG.batch);
  st.openCount = 0;
  st.openKb = 0;
  st.batches++;
  st.itemsSent += n;
  const trace = jobs.trace(batch);
  for (let item = st.openFirst; item >= 0; item = jobs.nextItem(item)) {
    e.trace.record(e.now, jobs.trace(item), TRACE.batched, st.node, -1, trace);
  }
  if (st.targets.length === 0) {
    answerItems(e, batch, STATUS.ok);
    return;
  }
  const k = st.rr++ % st.targets.length;
  const edge = st.targets[k]!;
  if (st.publish[k]) {
    e.sendEvent(edge, trace, st.node, n, jobs.kb(batch), 0);
    answerItems(e, batch, STATUS.accepted);
    return;
  }
  startCall(e, batch, edge, k, 0);
}

function answerItems(e: Engine, batch: number, status: number): void {
  const jobs = e.jobs;
  const itemStatus = isSuccess(status) ? status : STATUS.badGateway;
  let item = jobs.nextItem(batch);
  while (item >= 0) {
    const next = jobs.nextItem(item);
    e.finishJob(item, itemStatus, 0);
    item = next;
  }
  e.releaseJob(batch);
}

/** The batch was answered downstream: answer every item in it. */
export function batchCallDone(e: Engine, _st: BatchState, job: number, status: number): void {
  answerItems(e, job, status);
}

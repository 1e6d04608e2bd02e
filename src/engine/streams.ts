import type { PropValues } from '../model';
import { EV } from './codes';
import { SlotQueue } from './core/slots';
import type { Engine } from './engine';
import { partitionOf, topicRecordStale, topicReturn } from './groupDelivery';
import { TRACE } from './trace';
import type { NodeWires } from './wires';

/** Size of one windowed count written out, in KB. */
export const COUNT_KB = 0.1;
const OP = { filter: 0, map: 1, windowCount: 2 } as const;

/**
 * A Kafka Streams processor: a consumer-group member of each topic wired to it, handling one
 * record at a time for `processingMs`, then committing it. Filter passes a share of the records
 * on, map passes each on (same key, same size), and a tumbling-window count emits one record per
 * key per window when the window closes. Windows are aligned to multiples of windowMs and go by
 * the time a record is processed. Output goes to every topic it publishes to, keyed as the input.
 */
export class StreamsState {
  op: number = OP.filter;
  pass = 0.5;
  windowMs = 10_000;
  processingMs = 1;
  readonly waiting = new SlotQueue();
  busy = false;
  readonly counts = new Map<number, number>();
  windowSeq = -1;
  consumed = 0;
  produced = 0;
  filtered = 0;
  windows = 0;
  constructor(
    readonly node: number,
    /** Outgoing publish edges, to topics. */
    readonly outputs: Int32Array,
  ) {}
}

/** A Streams processor and the topics it publishes to (the topics it reads wire it into their groups). */
export function buildStreams(e: Engine, node: number, w: NodeWires): StreamsState {
  const st = new StreamsState(node, w.out('publish'));
  configureStreams(e, st, e.nodeProps[node]!);
  return st;
}

/** Reads a processor's operation and timings. */
export function configureStreams(e: Engine, st: StreamsState, p: PropValues): void {
  st.op = p.operation === 'map' ? OP.map : p.operation === 'windowCount' ? OP.windowCount : OP.filter;
  st.pass = Number(p.passPct) / 100;
  st.windowMs = Number(p.windowMs);
  st.processingMs = Number(p.processingMs);
  e.stats.setCapacity(st.node, 1, e.now);
}

/** A record arrived from a topic: handle it now, or after the ones before it. */
export function streamsOnRecord(e: Engine, st: StreamsState, m: number): void {
  if (topicRecordStale(e, m)) {
    e.releaseMessage(m);
    return;
  }
  if (!e.nodeUp[st.node]) {
    topicReturn(e, m, true);
    return;
  }
  const job = e.acceptJob(st.node, m);
  if (st.busy) {
    st.waiting.push(job);
    e.stats.addBacklog(st.node, 1, e.now);
    e.trace.record(e.now, e.jobs.trace(job), TRACE.queued, st.node, -1, st.waiting.length);
  } else start(e, st, job);
}

function start(e: Engine, st: StreamsState, job: number): void {
  st.busy = true;
  e.stats.addBusy(st.node, 1, e.now);
  e.jobs.setRunning(job, 1);
  e.jobs.setTimer(job, e.schedule(e.now + st.processingMs, EV.streamsDone, job));
}

/** A record is processed: filter, map or count it, then commit it and take the next. */
export function streamsDone(e: Engine, job: number, seq: number): boolean {
  const jobs = e.jobs;
  if (jobs.timer(job) !== seq) return false;
  jobs.setTimer(job, -1);
  const st = e.states.streams[jobs.node(job)]!;
  st.consumed++;
  const key = recordKey(e, job);
  if (st.op === OP.windowCount) {
    st.counts.set(key, (st.counts.get(key) ?? 0) + 1);
    if (st.windowSeq < 0) {
      const end = (Math.floor(e.now / st.windowMs) + 1) * st.windowMs;
      st.windowSeq = e.schedule(end, EV.streamsWindow, st.node);
    }
  } else if (st.op === OP.map || e.rng.next() < st.pass) emit(e, st, jobs.trace(job), jobs.kb(job), key);
  else st.filtered++;
  e.finishJob(job, 200, 0);
  st.busy = false;
  e.stats.addBusy(st.node, -1, e.now);
  next(e, st);
  return true;
}

function recordKey(e: Engine, job: number): number {
  const g = e.groupOfEdge[e.jobs.edge(job)]!;
  return g.topic.keyAt(partitionOf(e.jobs.partitionGen(job)), e.jobs.recordOffset(job));
}

function next(e: Engine, st: StreamsState): void {
  while (st.waiting.length > 0 && e.nodeUp[st.node]) {
    const job = st.waiting.shift();
    e.stats.addBacklog(st.node, -1, e.now);
    if (topicRecordStale(e, job)) {
      e.stats.inFlight[st.node]!--;
      e.releaseJob(job);
      continue;
    }
    start(e, st, job);
    return;
  }
}

function emit(e: Engine, st: StreamsState, trace: number, kb: number, key: number): void {
  for (let i = 0; i < st.outputs.length; i++) {
    const m = e.sendEvent(st.outputs[i]!, trace, st.node, 1, kb, 0);
    e.jobs.setRecordKey(m, key + 1);
    st.produced++;
  }
}

/** The tumbling window closed: one count per key goes out, and the next window starts empty. */
export function streamsWindow(e: Engine, node: number, seq: number): boolean {
  const st = e.states.streams[node]!;
  if (seq !== st.windowSeq) return false;
  st.windowSeq = -1;
  st.windows++;
  for (const key of st.counts.keys()) emit(e, st, e.newTrace(), COUNT_KB, key);
  st.counts.clear();
  return true;
}

/** Stopped, the processor drops the records it holds; its groups rebalance and others re-read them. */
export function setStreamsUp(e: Engine, st: StreamsState, up: boolean): void {
  if (up) {
    next(e, st);
    return;
  }
  const jobs = e.jobs;
  const held: number[] = [];
  e.forEachJobAt(st.node, (job) => {
    held.push(job);
  });
  for (const job of held) {
    if (jobs.running(job) === 1) {
      st.busy = false;
      e.stats.addBusy(st.node, -1, e.now);
    } else e.stats.addBacklog(st.node, -1, e.now);
    jobs.setTimer(job, -1);
    e.stats.inFlight[st.node]!--;
    topicReturn(e, job, false);
  }
  while (st.waiting.length > 0) st.waiting.shift();
}

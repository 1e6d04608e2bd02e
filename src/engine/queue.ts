import type { PropValues } from '../model';
import { CAUSE, isSuccess, MAX_INSTANCES, MSG, STATUS } from './codes';
import { MessageRing } from './core/messageRing';
import { EMPTY_KB, type Engine } from './engine';
import { liveLanes } from './feeds';
import { TRACE } from './trace';
import type { NodeWires } from './wires';

// A ready message's meta packs its item count, its failed deliveries (< 128) and whether it was
// delivered before: items * 256 + failures * 2 + redelivered. A delivery carries it as its
// deliveryMeta, with its publishedAt and deliveryInstance; its acknowledgement carries the
// message's size as ackKb (the ack itself is small). See the job record's aliases (records/jobs.ts).
const packMeta = (items: number, failures: number, redelivered: number): number =>
  items * 256 + failures * 2 + redelivered;
// Integer ops: items stay below 2^23, so a meta is below 2^31.
const itemsOf = (meta: number): number => meta >>> 8;
const failuresOf = (meta: number): number => (meta >> 1) & 127;

/**
 * A message queue (RabbitMQ style): ready messages in FIFO order, up to a capacity with an
 * overflow policy; the consumers are the services (and batch processors) wired from it, each of
 * their instances a competing consumer with at most `prefetch` unacknowledged messages. Messages
 * are delivered round robin among consumer instances with room; an ack removes a message, a
 * failure puts it back at the head, and after `maxDeliveries` failed deliveries it goes to the
 * dead-letter queue when one is wired (else it is dropped). Nothing is lost while no consumer is
 * up: messages wait and drain when one returns.
 */
export class QueueState {
  capacity = 10_000;
  dropOldest = false;
  maxDeliveries = 5;
  readonly ready = new MessageRing();
  readonly prefetch: Int32Array;
  /** Live instances per consumer edge, as the queue last heard. */
  readonly lanes: Int32Array;
  /** Unacknowledged messages per consumer edge and instance (consumer * MAX_INSTANCES + instance). */
  readonly unacked: Int32Array;
  unackedTotal = 0;
  /** Deliveries the consumers can still take (prefetch room over live instances). */
  credit = 0;
  private rrConsumer = 0;
  private rrLane = 0;
  messages = 0;
  items = 0;
  published = 0;
  delivered = 0;
  acked = 0;
  redelivered = 0;
  deadLettered = 0;
  dropped = 0;
  constructor(
    readonly node: number,
    /** Outgoing consume edges. */
    readonly consumers: Int32Array,
    /** The dead-letter edge, or -1. */
    readonly deadLetter: number,
  ) {
    this.prefetch = new Int32Array(consumers.length);
    this.lanes = new Int32Array(consumers.length);
    this.unacked = new Int32Array(consumers.length * MAX_INSTANCES);
  }

  /** The next consumer instance with room, round robin: consumer * MAX_INSTANCES + instance, or -1. */
  pick(): number {
    const n = this.consumers.length;
    // n + 1 rounds: the last revisits the first consumer's instances before the cursor.
    for (let tries = 0; tries <= n; tries++) {
      const c = this.rrConsumer;
      const live = this.lanes[c]!;
      const prefetch = this.prefetch[c]!;
      for (let k = this.rrLane; k < live; k++) {
        if (this.unacked[c * MAX_INSTANCES + k]! < prefetch) {
          this.rrLane = k + 1;
          return c * MAX_INSTANCES + k;
        }
      }
      this.rrConsumer = (c + 1) % n;
      this.rrLane = 0;
    }
    return -1;
  }
}

/** A queue, its consumers and its dead-letter queue; configured once its consumers exist (startQueue). */
export function buildQueue(_e: Engine, node: number, w: NodeWires): QueueState {
  return new QueueState(node, w.slottedOut('consume'), w.firstOut('deadLetter'));
}

/** Every node exists now: the queue counts its consumers' credit. */
export function startQueue(e: Engine, q: QueueState): void {
  configureQueue(e, q, e.nodeProps[q.node]!);
}

/** Reads a queue's properties. */
export function configureQueue(e: Engine, q: QueueState, p: PropValues): void {
  q.capacity = Number(p.capacity);
  q.dropOldest = p.overflow === 'dropOldest';
  q.maxDeliveries = Number(p.maxDeliveries);
  queueConsumersChanged(e, q);
}

/** Consumers came or went, or their prefetch changed: recount the credit and deliver what fits. */
export function queueConsumersChanged(e: Engine, q: QueueState): void {
  let credit = 0;
  for (let c = 0; c < q.consumers.length; c++) {
    const edge = q.consumers[c]!;
    const prefetch = Number(e.edgeProps[edge]!.prefetch ?? 10);
    const lanes = liveLanes(e, e.edgeTarget[edge]!);
    q.prefetch[c] = prefetch;
    q.lanes[c] = lanes;
    for (let k = 0; k < lanes; k++) credit += Math.max(0, prefetch - q.unacked[c * MAX_INSTANCES + k]!);
  }
  q.credit = credit;
  queueDispatch(e, q);
}

/** A message was published to the queue (directly, through a binding, a subscription or as a dead letter). */
export function queueOnMessage(e: Engine, q: QueueState, m: number): void {
  const jobs = e.jobs;
  const node = q.node;
  const items = jobs.items(m);
  q.messages++;
  q.items += items;
  e.stats.received[node]!++;
  if (!e.nodeUp[node] || (q.ready.length >= q.capacity && !q.dropOldest)) {
    // Stopped, or full with reject-new: the publisher is refused and the message is gone.
    if (e.nodeUp[node]) q.dropped++;
    e.stats.error(node, CAUSE.unavailable);
    e.trace.record(e.now, jobs.trace(m), TRACE.rejected, node, -1, STATUS.unavailable);
    e.releaseMessage(m);
    return;
  }
  const ring = q.ready;
  if (ring.length >= q.capacity) {
    const t = ring.trace(0);
    const kb = ring.kb(0);
    const oldItems = itemsOf(ring.meta(0));
    ring.dropHead();
    e.stats.addBacklog(node, -1, e.now);
    deadLetterOrDrop(e, q, t, kb, oldItems);
  }
  q.published++;
  if (ring.length === 0 && q.credit > 0) {
    // Nobody waits ahead of it and a consumer has room: the message itself is the delivery.
    const slot = q.pick();
    if (slot >= 0) {
      deliver(e, q, slot, m, jobs.trace(m), jobs.kb(m), e.now, packMeta(items, 0, 0));
      return;
    }
  }
  ring.push(jobs.trace(m), jobs.kb(m), e.now, packMeta(items, 0, 0));
  e.stats.addBacklog(node, 1, e.now);
  e.trace.record(e.now, jobs.trace(m), TRACE.queued, node, -1, ring.length);
  e.releaseMessage(m);
  queueDispatch(e, q);
}

function deadLetterOrDrop(e: Engine, q: QueueState, trace: number, kb: number, items: number): void {
  if (q.deadLetter >= 0) {
    q.deadLettered++;
    e.trace.record(e.now, trace, TRACE.deadLettered, q.node, q.deadLetter, 0);
    e.sendEvent(q.deadLetter, trace, q.node, items, kb, 0);
  } else {
    q.dropped++;
    e.trace.record(e.now, trace, TRACE.dropped, q.node, -1, 0);
  }
}

/** Delivers ready messages while some consumer instance has room. */
export function queueDispatch(e: Engine, q: QueueState): void {
  if (!e.nodeUp[q.node]) return;
  const ring = q.ready;
  while (ring.length > 0 && q.credit > 0) {
    const slot = q.pick();
    if (slot < 0) return;
    const trace = ring.trace(0);
    const kb = ring.kb(0);
    const time = ring.time(0);
    const meta = ring.meta(0);
    ring.dropHead();
    e.stats.addBacklog(q.node, -1, e.now);
    deliver(e, q, slot, -1, trace, kb, time, meta);
  }
}

/** Sends a message to a consumer instance, in record m (the published message) or a new one. */
function deliver(
  e: Engine,
  q: QueueState,
  slot: number,
  record: number,
  trace: number,
  kb: number,
  time: number,
  meta: number,
): void {
  const node = q.node;
  const c = (slot / MAX_INSTANCES) | 0;
  const edge = q.consumers[c]!;
  const items = itemsOf(meta);
  const jobs = e.jobs;
  const kind = items > 1 ? MSG.batch : MSG.event;
  const target = e.edgeTarget[edge]!;
  let m = record;
  if (m < 0) m = e.newMessage(kind, target);
  else {
    jobs.setKind(m, kind);
    jobs.setNode(m, target);
  }
  jobs.setCall(m, -1);
  jobs.setCallSerial(m, 0);
  jobs.setDeliveryInstance(m, slot - c * MAX_INSTANCES);
  jobs.setTrace(m, trace);
  jobs.setPath(m, 0);
  jobs.setOrigin(m, node);
  jobs.setFlags(m, 0);
  jobs.setItems(m, items);
  jobs.setKb(m, kb);
  jobs.setPublishedAt(m, time);
  jobs.setDeliveryMeta(m, meta);
  q.unacked[slot]!++;
  q.unackedTotal++;
  q.credit--;
  e.stats.inFlight[node]!++;
  q.delivered++;
  if (meta & 1) q.redelivered++;
  e.transfer(m, edge, 0, node);
}

/** Its consumer finished a delivery: the acknowledgement (or a negative one) travels back. */
export function queueDeliveryDone(e: Engine, job: number, status: number): void {
  const jobs = e.jobs;
  const ok = isSuccess(status);
  jobs.setKind(job, ok ? MSG.response : MSG.error);
  jobs.setStatus(job, status);
  jobs.setAckKb(job, jobs.kb(job));
  jobs.setKb(job, EMPTY_KB);
  e.transfer(job, jobs.edge(job), 0, jobs.node(job));
}

function settle(e: Engine, q: QueueState, edge: number, lane: number): void {
  const c = e.edgeSlot[edge]!;
  const slot = c * MAX_INSTANCES + lane;
  const left = --q.unacked[slot]!;
  q.unackedTotal--;
  e.stats.inFlight[q.node]!--;
  if (lane < q.lanes[c]! && left < q.prefetch[c]!) q.credit++;
}

/** An acknowledgement reached the queue: an ack removes the message, a nack requeues or dead-letters it. */
export function queueAnswer(e: Engine, m: number): void {
  const jobs = e.jobs;
  const edge = jobs.edge(m);
  const q = e.states.queue[e.edgeSource[edge]!]!;
  settle(e, q, edge, jobs.deliveryInstance(m));
  if (jobs.kind(m) === MSG.response) {
    q.acked++;
    e.stats.completed[q.node]!++;
    e.stats.latency[q.node]!.record(e.now - jobs.publishedAt(m));
  } else failed(e, q, m);
  e.releaseMessage(m);
  queueDispatch(e, q);
}

function failed(e: Engine, q: QueueState, m: number): void {
  const jobs = e.jobs;
  const meta = jobs.deliveryMeta(m);
  const items = itemsOf(meta);
  const failures = failuresOf(meta) + 1;
  if (failures >= q.maxDeliveries) {
    deadLetterOrDrop(e, q, jobs.trace(m), jobs.ackKb(m), items);
    return;
  }
  e.trace.record(e.now, jobs.trace(m), TRACE.retry, q.node, -1, failures);
  q.ready.unshift(jobs.trace(m), jobs.ackKb(m), jobs.publishedAt(m), packMeta(items, failures, 1));
  e.stats.addBacklog(q.node, 1, e.now);
}

/**
 * A delivery came back unfinished (its consumer stopped, or the wire to it was cut and the
 * connection timed out): it is requeued at the head, marked redelivered; this does not count
 * towards max deliveries. `dispatch` is false while a consumer is being stopped: the queue
 * delivers again once it has heard which consumers are left (queueConsumersChanged).
 */
export function queueReturn(e: Engine, job: number, dispatch: boolean): void {
  const jobs = e.jobs;
  const edge = jobs.edge(job);
  const q = e.states.queue[e.edgeSource[edge]!]!;
  settle(e, q, edge, jobs.deliveryInstance(job));
  const meta = jobs.deliveryMeta(job);
  q.ready.unshift(
    jobs.trace(job),
    jobs.kb(job),
    jobs.publishedAt(job),
    packMeta(itemsOf(meta), failuresOf(meta), 1),
  );
  e.stats.addBacklog(q.node, 1, e.now);
  e.releaseJob(job);
  if (dispatch) queueDispatch(e, q);
}

import { FEED, MAX_INSTANCES } from './codes';
import { SlotQueue } from './core/slots';
import type { Engine } from './engine';
import { deliveryReturned } from './feeds';
import { topicRecordStale } from './groupDelivery';
import { type ServiceState, serviceStart, serviceWaitOrRefuse } from './service';
import { TRACE } from './trace';

/**
 * A consumer service's instances as separate workers. A queue or topic delivers each message to
 * one instance (prefetch, partition ownership), which handles its messages one at a time in the
 * order they came, as a real consumer process does; that is what keeps a Kafka partition's
 * records in order. Ordinary requests to the same service take whichever instance is idle.
 */
export class Lanes {
  /** 1 while the instance runs a job. */
  readonly busy = new Uint8Array(MAX_INSTANCES);
  /** Deliveries waiting at each instance (prefetched, or fetched ahead). */
  readonly waiting = Array.from({ length: MAX_INSTANCES }, () => new SlotQueue());
  /** Messages each instance handled successfully. */
  readonly consumed = new Float64Array(MAX_INSTANCES);
  /** Highest instance count seen, for the summary. */
  seen = 1;
}

/** A request or delivery reached a consumer service. */
export function laneRequest(e: Engine, st: ServiceState, job: number): void {
  const jobs = e.jobs;
  const edge = jobs.edge(job);
  const feed = edge >= 0 ? e.edgeFeed[edge]! : FEED.none;
  const up = e.nodeUp[st.node] === 1;
  if (feed === FEED.none) {
    const k = up ? idleLane(st) : -1;
    if (k >= 0) serviceStart(e, st, job, false, k);
    else serviceWaitOrRefuse(e, st, job);
    return;
  }
  const k = jobs.deliveryInstance(job);
  if (!up || k >= st.instances) {
    // Sent before the instance went away; the broker already knows who is left.
    returnDelivery(e, st, job, true);
    return;
  }
  const lanes = st.lanes!;
  if (lanes.busy[k] === 0) {
    if (feed === FEED.topic && topicRecordStale(e, job)) dropStale(e, st, job);
    else serviceStart(e, st, job, false, k);
    return;
  }
  lanes.waiting[k]!.push(job);
  e.stats.addBacklog(st.node, 1, e.now);
  e.trace.record(e.now, jobs.trace(job), TRACE.queued, st.node, -1, lanes.waiting[k]!.length);
}

function idleLane(st: ServiceState): number {
  const busy = st.lanes!.busy;
  for (let k = 0; k < st.instances; k++) if (busy[k] === 0) return k;
  return -1;
}

/** Instance k is free: its own deliveries first, then the service's shared backlog. */
export function laneNext(e: Engine, st: ServiceState, k: number): void {
  if (!e.nodeUp[st.node] || k >= st.instances) return;
  const lanes = st.lanes!;
  const waiting = lanes.waiting[k]!;
  while (waiting.length > 0) {
    const job = waiting.shift();
    e.stats.addBacklog(st.node, -1, e.now);
    if (e.edgeFeed[e.jobs.edge(job)] === FEED.topic && topicRecordStale(e, job)) {
      dropStale(e, st, job);
      continue;
    }
    serviceStart(e, st, job, true, k);
    return;
  }
  if (st.backlog.length > 0) {
    e.stats.addBacklog(st.node, -1, e.now);
    serviceStart(e, st, st.backlog.shift(), true, k);
  }
}

/** A Kafka record that failed is handled again by the same instance, first: the partition's order holds. */
export function laneRetry(e: Engine, st: ServiceState, job: number): void {
  const jobs = e.jobs;
  const k = jobs.lane(job);
  e.acceptJob(st.node, job);
  st.lanes!.waiting[k]!.unshift(job);
  e.stats.addBacklog(st.node, 1, e.now);
  e.trace.record(e.now, jobs.trace(job), TRACE.retry, st.node, -1, 0);
}

/** A record fetched before a rebalance or replay is no longer this instance's to handle. */
function dropStale(e: Engine, st: ServiceState, job: number): void {
  e.stats.inFlight[st.node]!--;
  e.releaseJob(job);
}

/** A delivery the service can no longer handle goes back to its broker (the consumer went away). */
function returnDelivery(e: Engine, st: ServiceState, job: number, redeliver: boolean): void {
  e.stats.inFlight[st.node]!--;
  e.jobs.setTimer(job, -1);
  deliveryReturned(e, job, redeliver);
}

/**
 * Instances at or beyond the instance count, or all of them when the service stops, give their
 * deliveries back: running and waiting ones (a queue requeues them, a topic's group re-reads them).
 * Ordinary requests running there finish, or get 503 from setServiceUp.
 */
export function trimLanes(e: Engine, st: ServiceState, from: number): void {
  const lanes = st.lanes!;
  const jobs = e.jobs;
  const running: number[] = [];
  e.forEachJobAt(st.node, (job) => {
    if (jobs.running(job) === 1 && jobs.lane(job) >= from && isDelivery(e, job)) running.push(job);
  });
  for (const job of running) {
    lanes.busy[jobs.lane(job)] = 0;
    st.busy--;
    e.stats.addBusy(st.node, -1, e.now);
    returnDelivery(e, st, job, false);
  }
  for (let k = from; k < MAX_INSTANCES; k++) {
    const waiting = lanes.waiting[k]!;
    while (waiting.length > 0) {
      e.stats.addBacklog(st.node, -1, e.now);
      returnDelivery(e, st, waiting.shift(), false);
    }
  }
}

/** Whether a job is a message delivered by a queue or topic (rather than a request). */
export function isDelivery(e: Engine, job: number): boolean {
  const edge = e.jobs.edge(job);
  return edge >= 0 && e.edgeFeed[edge] !== FEED.none;
}

import type { PropValues } from '../model';
import { EV, FLAG, isSuccess, MAX_INSTANCES, STATUS } from './codes';
import { BoundedIdSet } from './core/boundedIdSet';
import { lognormalParams } from './core/random';
import { SlotQueue } from './core/slots';
import type { Engine } from './engine';
import { consumerChanged } from './feeds';
import { isDelivery, Lanes, laneNext, laneRequest, trimLanes } from './lanes';
import { startCall } from './resilience';
import { TRACE } from './trace';
import { receiveWebhook, webhookDone } from './webhookReceiver';
import type { NodeWires } from './wires';

const DIST = { constant: 0, exponential: 1, lognormal: 2 } as const;
/** Event ids an idempotent receiver remembers. */
export const IDEMPOTENCY_WINDOW = 1 << 16;

/** A service's live configuration and state. */
export class ServiceState {
  instances = 1;
  dist: number = DIST.exponential;
  meanMs = 100;
  mu = 0;
  sigma = 0;
  backlogLimit = 100;
  errorRate = 0;
  parallel = false;
  idempotent = false;
  busy = 0;
  /** Requests started and their total wait in the backlog (for the mean queueing delay). */
  started = 0;
  waitSum = 0;
  readonly backlog = new SlotQueue();
  readonly seen = new BoundedIdSet(IDEMPOTENCY_WINDOW);
  constructor(
    readonly node: number,
    /** Outgoing call edges, called downstream in document order. */
    readonly calls: Int32Array,
    /** Outgoing publish edges: one event each per successfully handled request. */
    readonly publishes: Int32Array,
    /** Per-instance workers, for a service that consumes from a queue or topic; null otherwise. */
    readonly lanes: Lanes | null = null,
  ) {}
}

/** A service from its wires; one fed by a queue or topic runs its instances as lanes. */
export function buildService(e: Engine, node: number, w: NodeWires): ServiceState {
  const lanes = e.feedsInto[node]!.length > 0 ? new Lanes() : null;
  const st = new ServiceState(node, w.out('call'), w.out('publish'), lanes);
  configureService(e, st, e.nodeProps[node]!);
  return st;
}

/** Live changes; a new instance count is a membership change for the brokers feeding it. */
export function updateService(e: Engine, st: ServiceState, p: PropValues, changed: PropValues): void {
  configureService(e, st, p);
  if ('instances' in changed) consumerChanged(e, st.node);
}

/** Reads a service's properties; more instances start waiting work at once. */
export function configureService(e: Engine, st: ServiceState, p: PropValues): void {
  st.instances = Number(p.instances);
  st.dist =
    p.serviceTime === 'constant'
      ? DIST.constant
      : p.serviceTime === 'lognormal'
        ? DIST.lognormal
        : DIST.exponential;
  st.meanMs = Number(p.serviceTimeMs);
  const ln = lognormalParams(st.meanMs, Number(p.p99Ms));
  st.mu = ln.mu;
  st.sigma = ln.sigma;
  st.backlogLimit = Number(p.backlogLimit);
  st.errorRate = Number(p.errorRatePct) / 100;
  st.parallel = p.downstream === 'parallel';
  st.idempotent = p.idempotent === true;
  e.stats.setCapacity(st.node, st.instances, e.now);
  if (st.lanes) {
    st.lanes.seen = Math.min(MAX_INSTANCES, Math.max(st.lanes.seen, st.instances));
    trimLanes(e, st, st.instances);
  }
  startWaiting(e, st);
}

function serviceTime(e: Engine, st: ServiceState): number {
  if (st.dist === DIST.exponential) return e.rng.exponential(st.meanMs);
  if (st.dist === DIST.constant) return st.meanMs;
  return e.rng.lognormal(st.mu, st.sigma);
}

/** A request (or batch, or webhook delivery) arrived. */
export function serviceOnRequest(e: Engine, st: ServiceState, m: number): void {
  const node = st.node;
  const job = e.acceptJob(node, m);
  const jobs = e.jobs;
  if (jobs.flags(job) & FLAG.webhook && !receiveWebhook(e, st, job)) return;
  if (jobs.flags(job) & FLAG.async) {
    // Async API: acknowledge at once, deliver the result later on the same call (the callback).
    e.answer(job, STATUS.acceptedForLater, 0);
    jobs.setFlags(job, jobs.flags(job) & ~FLAG.async);
  }
  if (st.lanes !== null) laneRequest(e, st, job);
  else if (e.nodeUp[node] && st.busy < st.instances) serviceStart(e, st, job, false, -1);
  else serviceWaitOrRefuse(e, st, job);
}

/** No instance is free: the request waits in the backlog, or is refused (503) when it is full. */
export function serviceWaitOrRefuse(e: Engine, st: ServiceState, job: number): void {
  const node = st.node;
  if (st.backlog.length < st.backlogLimit) {
    st.backlog.push(job);
    e.stats.addBacklog(node, 1, e.now);
    e.trace.record(e.now, e.jobs.trace(job), TRACE.queued, node, -1, st.backlog.length);
  } else {
    e.trace.record(e.now, e.jobs.trace(job), TRACE.rejected, node, -1, STATUS.unavailable);
    complete(e, st, job, STATUS.unavailable, false);
  }
}

/** An instance starts on a job (`lane` is that instance for a consumer service, -1 otherwise). */
export function serviceStart(e: Engine, st: ServiceState, job: number, waited: boolean, lane: number): void {
  st.busy++;
  e.stats.addBusy(st.node, 1, e.now);
  const jobs = e.jobs;
  if (lane >= 0) {
    st.lanes!.busy[lane] = 1;
    jobs.setLane(job, lane);
  }
  jobs.setRunning(job, 1);
  st.started++;
  st.waitSum += e.now - jobs.arrive(job);
  jobs.setTimer(job, e.schedule(e.now + serviceTime(e, st), EV.serviceDone, job));
  // Without a wait, the start is the arrival (already in the trace as the hop's arrival time).
  if (waited) e.trace.record(e.now, jobs.trace(job), TRACE.start, st.node, -1, 0);
}

/** Its own work is done: fail, answer, or call downstream. Stale events (node stopped) are ignored. */
export function serviceDone(e: Engine, st: ServiceState, job: number, seq: number): boolean {
  const jobs = e.jobs;
  if (jobs.timer(job) !== seq) return false;
  jobs.setTimer(job, -1);
  if (st.errorRate > 0 && e.rng.next() < st.errorRate) complete(e, st, job, STATUS.failed, true);
  else if (st.calls.length === 0) complete(e, st, job, STATUS.ok, true);
  else if (st.parallel) {
    jobs.setPending(job, st.calls.length);
    jobs.setStatus(job, STATUS.ok);
    for (let i = 0; i < st.calls.length; i++) startCall(e, job, st.calls[i]!, i, 0);
  } else {
    jobs.setNextCall(job, 1);
    startCall(e, job, st.calls[0]!, 0, 0);
  }
  return true;
}

/** A downstream call ended; a failure there fails this request (502). */
export function serviceCallDone(e: Engine, st: ServiceState, job: number, status: number): void {
  const jobs = e.jobs;
  if (st.parallel) {
    if (!isSuccess(status)) jobs.setStatus(job, STATUS.badGateway);
    if (jobs.addPending(job, -1) === 0) complete(e, st, job, jobs.status(job), true);
    return;
  }
  if (!isSuccess(status)) {
    complete(e, st, job, STATUS.badGateway, true);
    return;
  }
  const next = jobs.nextCall(job);
  if (next >= st.calls.length) {
    complete(e, st, job, STATUS.ok, true);
    return;
  }
  jobs.setNextCall(job, next + 1);
  startCall(e, job, st.calls[next]!, next, 0);
}

function complete(e: Engine, st: ServiceState, job: number, status: number, heldInstance: boolean): void {
  const jobs = e.jobs;
  const node = st.node;
  if (jobs.flags(job) & FLAG.webhook) webhookDone(e, st, job, status);
  if (isSuccess(status)) {
    for (let i = 0; i < st.publishes.length; i++) {
      e.sendEvent(st.publishes[i]!, jobs.trace(job), node, 1, jobs.kb(job), 0);
    }
  }
  if (st.lanes !== null) {
    completeOnLane(e, st, job, status, heldInstance);
    return;
  }
  e.finishJob(job, status, 0);
  if (!heldInstance) return;
  st.busy--;
  e.stats.addBusy(node, -1, e.now);
  startWaiting(e, st);
}

/** A consumer service's instance is done: for a delivery, its broker hears (ack, commit, retry). */
function completeOnLane(
  e: Engine,
  st: ServiceState,
  job: number,
  status: number,
  heldInstance: boolean,
): void {
  const lanes = st.lanes!;
  const lane = heldInstance ? e.jobs.lane(job) : -1;
  if (lane >= 0 && isSuccess(status) && isDelivery(e, job)) lanes.consumed[lane]!++;
  // A failed Kafka record is queued again at its lane, first, by finishJob (see consumerGroup.ts).
  e.finishJob(job, status, 0);
  if (!heldInstance) return;
  st.busy--;
  e.stats.addBusy(st.node, -1, e.now);
  lanes.busy[lane] = 0;
  laneNext(e, st, lane);
}

function startWaiting(e: Engine, st: ServiceState): void {
  if (!e.nodeUp[st.node]) return;
  const lanes = st.lanes;
  if (lanes !== null) {
    for (let k = 0; k < st.instances; k++) if (lanes.busy[k] === 0) laneNext(e, st, k);
    return;
  }
  while (st.busy < st.instances && st.backlog.length > 0) {
    e.stats.addBacklog(st.node, -1, e.now);
    serviceStart(e, st, st.backlog.shift(), true, -1);
  }
}

/**
 * Stops or starts a service. Stopping resets the requests in progress (their callers get 503);
 * waiting requests stay in the backlog, and new ones queue up to the limit, until it starts.
 * A consumer gives its deliveries back to their brokers.
 */
export function setServiceUp(e: Engine, st: ServiceState, up: boolean): void {
  if (up) {
    startWaiting(e, st);
    return;
  }
  if (st.lanes) trimLanes(e, st, 0);
  const jobs = e.jobs;
  const running: number[] = [];
  e.forEachJobAt(st.node, (job) => {
    if (jobs.running(job) === 1) running.push(job);
  });
  for (const job of running) {
    jobs.setTimer(job, -1);
    complete(e, st, job, STATUS.unavailable, true);
  }
}

import type { PropValues } from '../model';
import { EV, FLAG, isSuccess, STATUS } from './codes';
import { Histogram } from './core/histogram';
import type { Engine } from './engine';
import { startCall } from './resilience';
import { TRACE } from './trace';
import { publishMask } from './wires';

/** One route: the edges whose route prefix is the same, balanced in turn, and its analytics. */
export class Route {
  rr = 0;
  count = 0;
  errors = 0;
  readonly latency = new Histogram();
  constructor(
    readonly prefix: string,
    readonly edges: Int32Array,
    readonly publish: Uint8Array,
  ) {}
}

/** A gateway's pipeline settings, routes, per-client token buckets and counters. */
export class GatewayState {
  overheadMs = 2;
  auth = true;
  unauthenticated = 0;
  forbidden = 0;
  rateLimit = false;
  rps = 10;
  burst = 5;
  aggregate = false;
  deadlineMs = 1000;
  /** Token bucket per calling client (indexed by the request's origin node). */
  readonly tokens: Float64Array;
  readonly refilled: Float64Array;
  /** Matching routes per interned path: longest prefix first. */
  readonly matches = new Map<number, Int32Array>();
  partial = 0;
  published = 0;
  constructor(
    readonly node: number,
    /** Replaced when route prefixes are edited; in-flight calls then skip the analytics. */
    public routes: Route[],
    nodeCount: number,
  ) {
    this.tokens = new Float64Array(nodeCount).fill(-1);
    this.refilled = new Float64Array(nodeCount);
  }

  /** Routes whose prefix starts this path, longest prefix first (computed once per path). */
  routesFor(e: Engine, path: number): Int32Array {
    let r = this.matches.get(path);
    if (!r) {
      const p = e.paths[path]!;
      const idx = this.routes.map((_, i) => i).filter((i) => p.startsWith(this.routes[i]!.prefix));
      idx.sort((a, b) => this.routes[b]!.prefix.length - this.routes[a]!.prefix.length || a - b);
      r = new Int32Array(idx);
      this.matches.set(path, r);
    }
    return r;
  }
}

/** A gateway with its routes (its call and publish wires grouped by route prefix). */
export function buildGateway(e: Engine, node: number): GatewayState {
  const st = new GatewayState(node, buildRoutes(e, node), e.nodeIds.length);
  configureGateway(st, e.nodeProps[node]!);
  return st;
}

/** Groups a gateway's outgoing edges into routes by prefix, in document order. */
function buildRoutes(e: Engine, node: number): Route[] {
  const groups = new Map<string, number[]>();
  for (let edge = 0; edge < e.edgeIds.length; edge++) {
    if (e.edgeSource[edge] !== node) continue;
    const kind = e.edgeKinds[edge];
    if (kind !== 'call' && kind !== 'publish') continue;
    const prefix = String(e.edgeProps[edge]!.route ?? '');
    groups.set(prefix, [...(groups.get(prefix) ?? []), edge]);
  }
  return [...groups].map(([prefix, edges]) => {
    const list = new Int32Array(edges);
    return new Route(prefix, list, publishMask(e, list));
  });
}

/** A route prefix was edited: the routes are regrouped, and paths matched again. */
export function gatewayWireChanged(e: Engine, st: GatewayState, changed: PropValues): void {
  if (!('route' in changed)) return;
  st.routes = buildRoutes(e, st.node);
  st.matches.clear();
}

/** Reads a gateway's properties. */
export function configureGateway(st: GatewayState, p: PropValues): void {
  st.overheadMs = Number(p.overheadMs);
  st.auth = p.auth === true;
  st.unauthenticated = Number(p.unauthenticatedPct) / 100;
  st.forbidden = Number(p.forbiddenPct) / 100;
  st.rateLimit = p.rateLimit === true;
  st.rps = Number(p.rateLimitRps);
  st.burst = Number(p.rateLimitBurst);
  st.aggregate = p.aggregate === true;
  st.deadlineMs = Number(p.aggregateDeadlineMs);
}

function reject(e: Engine, st: GatewayState, job: number, status: number): void {
  e.trace.record(e.now, e.jobs.trace(job), TRACE.rejected, st.node, -1, status);
  e.finishJob(job, status, st.overheadMs);
}

/** Token bucket for the request's client; the answer is the Retry-After in ms, 0 to pass. */
function takeToken(e: Engine, st: GatewayState, origin: number): number {
  let tokens = st.tokens[origin]!;
  if (tokens < 0) tokens = st.burst;
  else tokens = Math.min(st.burst, tokens + ((e.now - st.refilled[origin]!) * st.rps) / 1000);
  st.refilled[origin] = e.now;
  if (tokens >= 1) {
    st.tokens[origin] = tokens - 1;
    return 0;
  }
  st.tokens[origin] = tokens;
  return ((1 - tokens) * 1000) / st.rps;
}

/** The pipeline: authenticate, authorize, rate-limit, route (or fan out), translate. */
export function gatewayOnRequest(e: Engine, st: GatewayState, m: number): void {
  const job = e.acceptJob(st.node, m);
  const jobs = e.jobs;
  if (!e.nodeUp[st.node]) {
    e.finishJob(job, STATUS.unavailable, 0);
    return;
  }
  if (st.auth && st.unauthenticated > 0 && e.rng.next() < st.unauthenticated) {
    reject(e, st, job, STATUS.unauthorized);
    return;
  }
  if (st.auth && st.forbidden > 0 && e.rng.next() < st.forbidden) {
    reject(e, st, job, STATUS.forbidden);
    return;
  }
  if (st.rateLimit) {
    const wait = takeToken(e, st, jobs.origin(job));
    if (wait > 0) {
      jobs.setRetryAfterMs(job, wait);
      reject(e, st, job, STATUS.tooMany);
      return;
    }
  }
  const routes = st.routesFor(e, jobs.path(job));
  if (routes.length === 0) {
    reject(e, st, job, STATUS.notFound);
    return;
  }
  if (!st.aggregate || routes.length === 1) {
    forward(e, st, job, routes[0]!, -1);
    return;
  }
  jobs.setPending(job, routes.length);
  jobs.setStatus(job, STATUS.ok);
  jobs.setAggregating(job, 1);
  for (let i = 0; i < routes.length; i++) forward(e, st, job, routes[i]!, i);
  jobs.setTimer(job, e.schedule(e.now + st.overheadMs + st.deadlineMs, EV.aggregateDeadline, job));
}

function forward(e: Engine, st: GatewayState, job: number, routeIndex: number, branch: number): void {
  const route = st.routes[routeIndex]!;
  const k = route.rr++ % route.edges.length;
  const edge = route.edges[k]!;
  if (route.publish[k]) {
    // HTTP in, message out: the gateway publishes and answers 202 Accepted at once.
    st.published++;
    e.sendEvent(edge, e.jobs.trace(job), e.jobs.origin(job), 1, e.jobs.kb(job), st.overheadMs);
    route.count++;
    route.latency.record(0);
    if (branch < 0) e.finishJob(job, STATUS.accepted, st.overheadMs);
    else if (e.jobs.addPending(job, -1) === 0) finishAggregate(e, st, job);
    return;
  }
  startCall(e, job, edge, routeIndex, st.overheadMs);
}

/** A routed call ended: count it for its route, then answer (or wait for the other branches). */
export function gatewayCallDone(
  e: Engine,
  st: GatewayState,
  job: number,
  call: number,
  status: number,
): void {
  const calls = e.calls;
  const jobs = e.jobs;
  const route = st.routes[calls.branch(call)];
  if (route) {
    route.count++;
    route.latency.record(e.now - calls.start(call));
    if (!isSuccess(status)) route.errors++;
  }
  if (jobs.aggregating(job) !== 1) {
    jobs.setA1(job, calls.a1(call));
    jobs.setA2(job, calls.a2(call));
    jobs.setItems(job, calls.items(call));
    e.finishJob(job, status, 0);
    return;
  }
  if (!isSuccess(status)) jobs.setStatus(job, STATUS.badGateway);
  if (jobs.addPending(job, -1) === 0) finishAggregate(e, st, job);
}

function finishAggregate(e: Engine, _st: GatewayState, job: number): void {
  e.jobs.setTimer(job, -1);
  e.finishJob(job, e.jobs.status(job), 0);
}

/** The aggregation deadline passed: answer with what has arrived. */
export function aggregateDeadline(e: Engine, job: number, seq: number): boolean {
  const jobs = e.jobs;
  if (jobs.timer(job) !== seq) return false;
  jobs.setTimer(job, -1);
  const st = e.states.gateway[jobs.node(job)]!;
  st.partial++;
  e.trace.record(e.now, jobs.trace(job), TRACE.partial, st.node, -1, jobs.pending(job));
  e.finishJob(job, STATUS.partial, 0);
  return true;
}

/** Forwards an async 202 to its own caller once; the result follows later. */
export function forwardAccepted(e: Engine, job: number): void {
  const jobs = e.jobs;
  if (jobs.flags(job) & FLAG.acked) return;
  jobs.setFlags(job, jobs.flags(job) | FLAG.acked);
  e.answer(job, STATUS.acceptedForLater, 0);
}

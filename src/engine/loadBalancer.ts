import type { PropValues } from '../model';
import { EV, STATUS } from './codes';
import type { Engine } from './engine';
import { startCall } from './resilience';
import type { NodeWires } from './wires';

/** Balancing algorithms as integers. */
export const ALGORITHM = { roundRobin: 0, leastConnections: 1, random: 2, p2c: 3 } as const;

/** A load balancer's targets, what its health checks last saw, and open calls per target. */
export class BalancerState {
  algorithm: number = ALGORITHM.roundRobin;
  healthIntervalMs = 5000;
  overheadMs = 1;
  rr = 0;
  healthSeq = -1;
  readonly healthy: Uint8Array;
  readonly active: Int32Array;
  readonly picked: Float64Array;
  constructor(
    readonly node: number,
    readonly targets: Int32Array,
  ) {
    this.healthy = new Uint8Array(targets.length).fill(1);
    this.active = new Int32Array(targets.length);
    this.picked = new Float64Array(targets.length);
  }
}

/** A load balancer over its call wires. */
export function buildBalancer(e: Engine, node: number, w: NodeWires): BalancerState {
  const st = new BalancerState(node, w.out('call'));
  configureBalancer(e, st, e.nodeProps[node]!, true);
  return st;
}

/** Reads a load balancer's properties; the first health check runs one interval later. */
export function configureBalancer(e: Engine, st: BalancerState, p: PropValues, initial: boolean): void {
  const a = p.algorithm;
  st.algorithm =
    a === 'leastConnections'
      ? ALGORITHM.leastConnections
      : a === 'random'
        ? ALGORITHM.random
        : a === 'p2c'
          ? ALGORITHM.p2c
          : ALGORITHM.roundRobin;
  const interval = Number(p.healthCheckIntervalMs);
  st.overheadMs = Number(p.overheadMs);
  if (initial || interval !== st.healthIntervalMs) {
    st.healthIntervalMs = interval;
    if (st.targets.length > 0) st.healthSeq = e.schedule(e.now + interval, EV.healthCheck, st.node);
  }
}

/** Health check: a target is healthy when it runs and the wire to it is not cut. */
export function healthCheck(e: Engine, node: number, seq: number): boolean {
  const st = e.states.loadBalancer[node]!;
  if (seq !== st.healthSeq) return false;
  for (let i = 0; i < st.targets.length; i++) {
    const edge = st.targets[i]!;
    st.healthy[i] = e.nodeUp[e.edgeTarget[edge]!] && !e.edgeCut[edge] ? 1 : 0;
  }
  st.healthSeq = e.schedule(e.now + st.healthIntervalMs, EV.healthCheck, node);
  return true;
}

function randomHealthy(e: Engine, st: BalancerState, healthyCount: number): number {
  let k = e.rng.below(healthyCount);
  for (let i = 0; i < st.targets.length; i++) if (st.healthy[i] && k-- === 0) return i;
  return -1;
}

/** The target for the next request, among those its health checks consider healthy; -1 if none. */
function choose(e: Engine, st: BalancerState): number {
  const n = st.targets.length;
  let healthyCount = 0;
  for (let i = 0; i < n; i++) healthyCount += st.healthy[i]!;
  if (healthyCount === 0) return -1;
  switch (st.algorithm) {
    case ALGORITHM.roundRobin:
      for (let k = 0; k < n; k++) {
        const i = st.rr++ % n;
        if (st.healthy[i]) return i;
      }
      return -1;
    case ALGORITHM.leastConnections: {
      // Ties go round robin, so an idle pool is still spread evenly.
      let best = -1;
      const start = st.rr++ % n;
      for (let k = 0; k < n; k++) {
        const i = (start + k) % n;
        if (st.healthy[i] && (best < 0 || st.active[i]! < st.active[best]!)) best = i;
      }
      return best;
    }
    case ALGORITHM.random:
      return randomHealthy(e, st, healthyCount);
    default: {
      const a = randomHealthy(e, st, healthyCount);
      if (healthyCount === 1) return a;
      let b = a;
      while (b === a) b = randomHealthy(e, st, healthyCount);
      return st.active[b]! < st.active[a]! ? b : a;
    }
  }
}

/** Forwards a request to the chosen target, or answers 503 when no target is healthy. */
export function balancerOnRequest(e: Engine, st: BalancerState, m: number): void {
  const job = e.acceptJob(st.node, m);
  const i = e.nodeUp[st.node] ? choose(e, st) : -1;
  if (i < 0) {
    e.finishJob(job, STATUS.unavailable, st.overheadMs);
    return;
  }
  st.active[i]!++;
  st.picked[i]!++;
  startCall(e, job, st.targets[i]!, i, st.overheadMs);
}

/** The target answered: pass the answer back unchanged. */
export function balancerCallDone(
  e: Engine,
  st: BalancerState,
  job: number,
  call: number,
  status: number,
): void {
  const calls = e.calls;
  const jobs = e.jobs;
  st.active[calls.branch(call)]!--;
  jobs.setA1(job, calls.a1(call));
  jobs.setA2(job, calls.a2(call));
  jobs.setItems(job, calls.items(call));
  e.finishJob(job, status, 0);
}

/**
 * The queueing-theory view's figures: M/M/c (Erlang C) against what the run measured, and Little's
 * law on the run's own time averages. Pure: a diagram and a run summary in, rows out.
 */
import { lognormalParams } from '../../engine/core/random';
import type { RunSummary } from '../../engine/summary';
import {
  type DiagramEdge,
  type DiagramNode,
  edgeKindOf,
  edgeProps,
  indexNodes,
  nodeProps,
  own,
  ownEntries,
} from '../../model';

/** Utilization from which the view warns that the backlog is about to run away. */
export const WARN_RHO = 0.85;

/**
 * Erlang C: the probability that an arrival has to wait, for `c` servers offered `a` = λ/μ
 * erlangs. Computed through the Erlang B recursion (no factorials, stable for any c). 1 when
 * a >= c: without a steady state every arrival eventually waits.
 */
export function erlangC(c: number, a: number): number {
  if (!(c >= 1) || !(a >= 0)) return Number.NaN;
  if (a >= c) return 1;
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return (c * b) / (c - a * (1 - b));
}

/**
 * Mean wait before service (Wq) of an M/M/c queue, in the unit of 1/λ (seconds for rates per
 * second); null when ρ = λ/(cμ) >= 1, where there is no steady state and the wait grows with time.
 */
export function mmcWait(lambda: number, mu: number, c: number): number | null {
  if (!(lambda >= 0) || !(mu > 0) || !(c >= 1)) return null;
  if (lambda >= c * mu) return null;
  if (lambda === 0) return 0;
  return erlangC(c, lambda / mu) / (c * mu - lambda);
}

/** ρ = λ / (c μ). */
export const utilization = (lambda: number, mu: number, c: number): number =>
  mu > 0 && c > 0 ? lambda / (c * mu) : Number.POSITIVE_INFINITY;

/** Squared coefficient of variation of a service time (1 for exponential: the M in M/M/c). */
export function serviceScv(dist: ServiceDist, meanMs: number, p99Ms: number): number {
  if (dist === 'constant') return 0;
  if (dist === 'exponential') return 1;
  const { sigma } = lognormalParams(meanMs, p99Ms);
  return Math.expm1(sigma * sigma);
}

export type ServiceDist = 'constant' | 'exponential' | 'lognormal';

/**
 * How a service receives its work: `direct` (calls, webhooks, event-bus pushes: one shared
 * backlog in front of c instances), `queue` (a RabbitMQ-style queue in front: the queue is the
 * shared line), `topic` (Kafka: each instance reads its own partitions, so c separate lines).
 */
export type FeedKind = 'direct' | 'queue' | 'topic';

/** Something the view says about a row besides its figures (the texts are in strings.ts). */
export type QueueingNote =
  | { key: 'unstable'; rho: number; c: number }
  | { key: 'nearSaturation'; rho: number }
  /** Measured utilization past the threshold while ρ is not (an instance held during downstream calls). */
  | { key: 'nearSaturationMeasured'; busy: number }
  | { key: 'notExponential'; dist: 'constant' | 'lognormal'; approxMs: number | null }
  | { key: 'holdsWhileCalling'; busy: number }
  | { key: 'refused'; count: number }
  | { key: 'prefetch'; prefetch: number }
  | { key: 'partitions' }
  | { key: 'topicWait' }
  | { key: 'queueWait' };

export interface QueueingRow {
  id: string;
  label: string;
  feed: FeedKind;
  /** Arrival rate, per second: requests or deliveries received over the run's duration. */
  lambda: number;
  /** Service rate of one instance, per second: 1 / the configured mean service time. */
  mu: number;
  c: number;
  /** λ / (c μ). */
  rho: number;
  /** Busy instance-time over capacity-time as the engine measured it (includes downstream calls). */
  busy: number | null;
  dist: ServiceDist;
  /** M/M/c mean wait in ms (c separate M/M/1 lines for a topic consumer); null without a steady state. */
  predictedWqMs: number | null;
  /** Mean wait before an instance started on it, in ms; null when not measured. */
  measuredWqMs: number | null;
  /** Little's law: time-averaged number at the service (waiting or held by an instance)... */
  littleL: number;
  /** ...against λ × W, W the mean time from arrival to answer there. */
  littleLambdaW: number;
  notes: QueueingNote[];
}

interface Wiring {
  /** Queues feeding each service over consume wires, and the highest prefetch among them. */
  queues: Map<string, { ids: string[]; prefetch: number }>;
  /** Services consuming from a topic. */
  topicFed: Set<string>;
  /** Services that call something downstream (and hold their instance meanwhile). */
  callers: Set<string>;
}

/** What the rows need to know about the wiring, in one pass over the edges. */
function wiringOf(edges: readonly DiagramEdge[], byId: ReadonlyMap<string, DiagramNode>): Wiring {
  const w: Wiring = { queues: new Map(), topicFed: new Set(), callers: new Set() };
  for (const edge of edges) {
    const kind = edgeKindOf(edge, byId);
    if (kind === 'call') w.callers.add(edge.source);
    if (kind !== 'consume' || byId.get(edge.target)?.kind !== 'service') continue;
    const source = byId.get(edge.source)?.kind;
    if (source === 'topic') w.topicFed.add(edge.target);
    if (source !== 'queue') continue;
    const entry = w.queues.get(edge.target) ?? { ids: [], prefetch: 1 };
    entry.ids.push(edge.source);
    entry.prefetch = Math.max(entry.prefetch, Number(edgeProps(edge, byId).prefetch ?? 1));
    w.queues.set(edge.target, entry);
  }
  return w;
}

/**
 * One row per service in the run (consumers of queues and topics included): λ from what reached
 * it over the run, μ and c from its properties as they are now, ρ, the M/M/c wait against the
 * measured one, and Little's law on the engine's time averages.
 */
export function queueingRows(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
  summary: RunSummary,
): QueueingRow[] {
  const seconds = summary.durationMs / 1000;
  if (!(seconds > 0)) return [];
  const byId = indexNodes(nodes);
  const wiring = wiringOf(edges, byId);
  const rows: QueueingRow[] = [];
  for (const [id, n] of ownEntries(summary.nodes)) {
    const node = byId.get(id);
    if (n.kind !== 'service' || node?.kind !== 'service') continue;
    const props = nodeProps(node);
    const c = Math.max(1, Math.round(Number(props.instances)));
    const meanMs = Number(props.serviceTimeMs);
    const dist: ServiceDist =
      props.serviceTime === 'constant' || props.serviceTime === 'lognormal'
        ? props.serviceTime
        : 'exponential';
    const lambda = n.received / seconds;
    const mu = meanMs > 0 ? 1000 / meanMs : 0;
    const rho = utilization(lambda, mu, c);
    const queues = wiring.queues.get(id);
    const feed: FeedKind = wiring.topicFed.has(id) ? 'topic' : queues ? 'queue' : 'direct';
    const notes: QueueingNote[] = [];

    // Kafka: each instance owns its partitions, so it is c lines of λ/c each, not one shared line.
    const perLine = feed === 'topic' ? mmcWait(lambda / c, mu, 1) : mmcWait(lambda, mu, c);
    const predictedWqMs = perLine === null ? null : perLine * 1000;

    const svc = own(summary.services, id);
    const atService = svc && svc.started > 0 ? svc.meanWaitMs : null;
    let measuredWqMs: number | null = atService;
    if (feed === 'queue' && queues && atService !== null) {
      // Time in the queue's ready list, by Little's law on its time-averaged depth; then at the instance.
      let depth = 0;
      let delivered = 0;
      for (const q of queues.ids) {
        const qs = own(summary.queues, q);
        if (!qs) continue;
        depth += qs.depth.mean;
        delivered += qs.delivered;
      }
      measuredWqMs = delivered > 0 ? atService + (1000 * depth * seconds) / delivered : atService;
      notes.push({ key: 'queueWait' });
      if (queues.prefetch > 1) notes.push({ key: 'prefetch', prefetch: queues.prefetch });
    }
    if (feed === 'topic') {
      measuredWqMs = null;
      notes.push({ key: 'partitions' }, { key: 'topicWait' });
    }

    // Little's law at the service: L from the engine's time averages (backlog, busy instances).
    const busy = n.utilization;
    const littleL = n.backlog.mean + (busy ?? 0) * c;
    const littleLambdaW = lambda * (n.latency.count > 0 ? n.latency.mean / 1000 : 0);

    if (rho >= 1) notes.unshift({ key: 'unstable', rho, c });
    else if (rho >= WARN_RHO) notes.unshift({ key: 'nearSaturation', rho });
    else if (busy !== null && busy >= WARN_RHO) notes.unshift({ key: 'nearSaturationMeasured', busy });
    if (dist !== 'exponential') {
      const scv = serviceScv(dist, meanMs, Number(props.p99Ms));
      // Allen–Cunneen: the M/M/c wait scaled by (1 + Cs²) / 2 for a general service time.
      const approxMs = predictedWqMs === null ? null : (predictedWqMs * (1 + scv)) / 2;
      notes.push({ key: 'notExponential', dist, approxMs });
    }
    if (busy !== null && wiring.callers.has(id) && busy > rho + 0.02) {
      notes.push({ key: 'holdsWhileCalling', busy });
    }
    const refused = n.errors['503'] ?? 0;
    if (refused > 0 && feed === 'direct') notes.push({ key: 'refused', count: refused });

    rows.push({
      id,
      label: n.label,
      feed,
      lambda,
      mu,
      c,
      rho,
      busy,
      dist,
      predictedWqMs,
      measuredWqMs,
      littleL,
      littleLambdaW,
      notes,
    });
  }
  return rows;
}

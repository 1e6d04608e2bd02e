import { type EdgeKind, type IdRecord, idRecord, type NodeKind, put } from '../model';
import { breakerStateNow } from './callerEdge';
import { BREAKER_NAMES, CAUSE_COUNT, CAUSES, type Cause } from './codes';
import { type LatencyStats, latencyStats } from './core/histogram';
import type { Engine } from './engine';
import {
  type EventBusSummary,
  type ExchangeSummary,
  messagingExtras,
  type QueueSummary,
  type TopicSummary,
} from './summaryMessaging';

export type { EventBusSummary, ExchangeSummary, QueueSummary, TopicSummary };

export interface NodeSummary {
  kind: NodeKind;
  label: string;
  received: number;
  completed: number;
  errors: Record<Cause, number>;
  /** End to end for clients; from arrival to answer elsewhere. */
  latency: LatencyStats;
  /** Busy worker-time over capacity-time; null for kinds without workers. */
  utilization: number | null;
  backlog: { max: number; mean: number };
  inFlight: number;
}

export interface RunSummary {
  seed: number;
  durationMs: number;
  events: number;
  nodes: IdRecord<NodeSummary>;
  /** `protocol` only on call edges. */
  edges: IdRecord<{ kind: EdgeKind; protocol?: string; messages: number; kb: number; lost: number }>;
  callerEdges: IdRecord<CallerEdgeSummary>;
  asyncClients: IdRecord<{
    accepted: number;
    callbacks: number;
    outOfOrder: number;
    ackLatency: LatencyStats;
  }>;
  pollingClients: IdRecord<PollingSummary>;
  throttledClients: IdRecord<{ skippedForRetryAfter: number }>;
  webhooks: IdRecord<WebhookSummary>;
  gateways: IdRecord<GatewaySummary>;
  loadBalancers: IdRecord<{ picked: IdRecord<number> }>;
  services: IdRecord<{ started: number; meanWaitMs: number }>;
  databases: IdRecord<{ reads: number; writes: number }>;
  providers: IdRecord<{ changes: number }>;
  batches: IdRecord<BatchSummary>;
  /** Messages (and items in them) that reached each queue, exchange, event bus and topic. */
  messaging: IdRecord<{ messages: number; items: number }>;
  queues: IdRecord<QueueSummary>;
  exchanges: IdRecord<ExchangeSummary>;
  topics: IdRecord<TopicSummary>;
  /** Services wired from a queue or topic. */
  consumers: IdRecord<{ consumed: number[] }>;
  eventBuses: IdRecord<EventBusSummary>;
  streams: IdRecord<{ consumed: number; produced: number; filtered: number; windows: number }>;
  connectors: IdRecord<{ mode: 'source' | 'sink'; records: number; batches: number; waiting: number }>;
}

export interface CallerEdgeSummary {
  calls: number;
  attempts: number;
  retries: number;
  retriesDenied: number;
  timeouts: number;
  lateAnswers: number;
  breakerOpenings: number;
  shortCircuited: number;
  breakerState: (typeof BREAKER_NAMES)[number];
}

export interface PollingSummary {
  polls: number;
  emptyPolls: number;
  wastedPct: number;
  notModified: number;
  changesSeen: number;
  meanStalenessMs: number;
}

export interface WebhookSummary {
  provider: string;
  receiver: string;
  events: number;
  attempts: number;
  retries: number;
  delivered: number;
  gaveUp: number;
  failures: number;
  timeouts: number;
  duplicatesDropped: number;
  rejectedSignatures: number;
  acceptedForged: number;
  processed: number;
  missed: number;
  disabled: boolean;
  deliveryLatency: LatencyStats;
}

export interface GatewaySummary {
  published: number;
  partialResponses: number;
  routes: IdRecord<{ count: number; errors: number; latency: LatencyStats }>;
}

export interface BatchSummary {
  items: number;
  batches: number;
  meanBatchSize: number;
  connectionsSaved: number;
  flushedBySize: number;
  flushedByWindow: number;
  waiting: number;
}

/** Rounded to 6 decimals, for a readable summary. */
export const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const r3 = (x: number): number => Math.round(x * 1e3) / 1e3;

/** The run's figures as plain JSON (documented in docs/FORMAT.md, "Run summary"). */
export function buildSummary(e: Engine, seed: number): RunSummary {
  const now = e.now;
  const s = e.stats;
  const out: RunSummary = {
    seed,
    durationMs: now,
    events: e.events,
    nodes: idRecord(),
    edges: idRecord(),
    callerEdges: idRecord(),
    asyncClients: idRecord(),
    pollingClients: idRecord(),
    throttledClients: idRecord(),
    webhooks: idRecord(),
    gateways: idRecord(),
    loadBalancers: idRecord(),
    services: idRecord(),
    databases: idRecord(),
    providers: idRecord(),
    batches: idRecord(),
    messaging: idRecord(),
    queues: idRecord(),
    exchanges: idRecord(),
    topics: idRecord(),
    consumers: idRecord(),
    eventBuses: idRecord(),
    streams: idRecord(),
    connectors: idRecord(),
  };
  e.nodeIds.forEach((id, i) => {
    const errors = {} as Record<Cause, number>;
    for (let c = 0; c < CAUSE_COUNT; c++) errors[CAUSES[c]!] = s.errors[i * CAUSE_COUNT + c]!;
    const u = s.utilization(i, now);
    put(out.nodes, id, {
      kind: e.nodeKinds[i]!,
      label: e.nodeLabels[i]!,
      received: s.received[i]!,
      completed: s.completed[i]!,
      errors,
      latency: latencyStats(s.latency[i]!),
      utilization: u === null ? null : r6(u),
      backlog: { max: s.backlogMax[i]!, mean: r6(s.meanBacklog(i, now)) },
      inFlight: s.inFlight[i]!,
    });
    nodeExtras(e, i, id, out);
  });
  e.edgeIds.forEach((id, i) => {
    const kind = e.edgeKinds[i]!;
    put(out.edges, id, {
      kind,
      ...(kind === 'call' ? { protocol: String(e.edgeProps[i]!.protocol) } : {}),
      messages: e.edgeMessages[i]!,
      kb: r3(e.edgeKb[i]!),
      lost: e.edgeLost[i]!,
    });
    const c = e.callers[i];
    if (!c) return;
    if (c.webhook) {
      const w = c.webhook;
      put(out.webhooks, id, {
        provider: e.nodeIds[e.edgeSource[i]!]!,
        receiver: e.nodeIds[e.edgeTarget[i]!]!,
        events: w.events,
        attempts: c.attempts,
        retries: c.retried,
        delivered: w.delivered,
        gaveUp: w.gaveUp,
        failures: w.failedAttempts,
        timeouts: c.timeouts,
        duplicatesDropped: w.duplicatesDropped,
        rejectedSignatures: w.rejectedSignatures,
        acceptedForged: w.acceptedForged,
        processed: w.processed,
        missed: w.missed,
        disabled: w.disabled,
        deliveryLatency: latencyStats(w.latency),
      });
      return;
    }
    put(out.callerEdges, id, {
      calls: c.calls,
      attempts: c.attempts,
      retries: c.retried,
      retriesDenied: c.retriesDenied,
      timeouts: c.timeouts,
      lateAnswers: c.lateAnswers,
      breakerOpenings: c.openings,
      shortCircuited: c.shortCircuited,
      breakerState: BREAKER_NAMES[breakerStateNow(c, now)]!,
    });
  });
  return out;
}

function nodeExtras(e: Engine, i: number, id: string, out: RunSummary): void {
  const client = e.clients[i];
  if (client) {
    if (client.mode === 1) {
      put(out.asyncClients, id, {
        accepted: client.accepted,
        callbacks: client.callbacks,
        outOfOrder: client.outOfOrder,
        ackLatency: latencyStats(client.ackLatency),
      });
    }
    if (client.mode === 2) {
      put(out.pollingClients, id, {
        polls: client.polls,
        emptyPolls: client.emptyPolls,
        wastedPct: client.polls > 0 ? r3((100 * client.emptyPolls) / client.polls) : 0,
        notModified: client.notModified,
        changesSeen: client.changesSeen,
        meanStalenessMs: client.changesSeen > 0 ? r3(client.stalenessSum / client.changesSeen) : 0,
      });
    }
    if (client.throttled > 0) put(out.throttledClients, id, { skippedForRetryAfter: client.throttled });
  }
  const gw = e.gateways[i];
  if (gw) {
    const routes: GatewaySummary['routes'] = idRecord();
    for (const r of gw.routes) {
      put(routes, r.prefix || '*', { count: r.count, errors: r.errors, latency: latencyStats(r.latency) });
    }
    put(out.gateways, id, { published: gw.published, partialResponses: gw.partial, routes });
  }
  const lb = e.balancers[i];
  if (lb) {
    const picked = idRecord<number>();
    lb.targets.forEach((edge, k) => {
      put(picked, e.edgeIds[edge]!, lb.picked[k]!);
    });
    put(out.loadBalancers, id, { picked });
  }
  const svc = e.services[i];
  if (svc)
    put(out.services, id, {
      started: svc.started,
      meanWaitMs: svc.started > 0 ? r3(svc.waitSum / svc.started) : 0,
    });
  const db = e.databases[i];
  if (db) put(out.databases, id, { reads: db.reads, writes: db.writes });
  const provider = e.providers[i];
  if (provider) put(out.providers, id, { changes: provider.changes });
  const b = e.batches[i];
  if (b) {
    put(out.batches, id, {
      items: b.items,
      batches: b.batches,
      meanBatchSize: b.batches > 0 ? r3(b.itemsSent / b.batches) : 0,
      connectionsSaved: b.itemsSent - b.batches,
      flushedBySize: b.bySize,
      flushedByWindow: b.byWindow,
      waiting: b.openCount,
    });
  }
  messagingExtras(e, i, id, out);
}

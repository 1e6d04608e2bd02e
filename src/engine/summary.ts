import { type EdgeKind, type IdRecord, idRecord, type NodeKind, put } from '../model';
import { breakerStateNow } from './callerEdge';
import { BREAKER_NAMES, CAUSE_COUNT, CAUSES, type Cause } from './codes';
import { type LatencyStats, latencyStats } from './core/histogram';
import type { Engine } from './engine';
import { summarizeNode } from './kinds';
import type { EventBusSummary, ExchangeSummary, QueueSummary, TopicSummary } from './summaryMessaging';
import { r3, r6 } from './summaryNodes';

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
    summarizeNode(e, i, id, out);
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

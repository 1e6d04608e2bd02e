import type { EdgeKind, NodeKind } from '../model';
import { breakerStateNow } from './callerEdge';
import { BREAKER_NAMES, CAUSE_COUNT, CAUSES, type Cause } from './codes';
import { type LatencyStats, latencyStats } from './core/histogram';
import type { Engine } from './engine';
import { busStored } from './eventBus';

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
  nodes: Record<string, NodeSummary>;
  /** `protocol` only on call edges. */
  edges: Record<string, { kind: EdgeKind; protocol?: string; messages: number; kb: number; lost: number }>;
  callerEdges: Record<string, CallerEdgeSummary>;
  asyncClients: Record<
    string,
    { accepted: number; callbacks: number; outOfOrder: number; ackLatency: LatencyStats }
  >;
  pollingClients: Record<string, PollingSummary>;
  throttledClients: Record<string, { skippedForRetryAfter: number }>;
  webhooks: Record<string, WebhookSummary>;
  gateways: Record<string, GatewaySummary>;
  loadBalancers: Record<string, { picked: Record<string, number> }>;
  services: Record<string, { started: number; meanWaitMs: number }>;
  databases: Record<string, { reads: number; writes: number }>;
  providers: Record<string, { changes: number }>;
  batches: Record<string, BatchSummary>;
  /** Messages (and items in them) that reached each queue, exchange, event bus and topic. */
  messaging: Record<string, { messages: number; items: number }>;
  queues: Record<string, QueueSummary>;
  exchanges: Record<string, ExchangeSummary>;
  topics: Record<string, TopicSummary>;
  /** Services wired from a queue or topic. */
  consumers: Record<string, { consumed: number[] }>;
  eventBuses: Record<string, EventBusSummary>;
  streams: Record<string, { consumed: number; produced: number; filtered: number; windows: number }>;
  connectors: Record<string, { mode: 'source' | 'sink'; records: number; batches: number; waiting: number }>;
}

export interface QueueSummary {
  published: number;
  delivered: number;
  acked: number;
  redelivered: number;
  deadLettered: number;
  dropped: number;
  depth: { max: number; mean: number };
}

export interface ExchangeSummary {
  type: 'direct' | 'topic' | 'fanout' | 'headers';
  /** Messages routed per bind edge. */
  routed: Record<string, number>;
  unroutable: number;
  toAlternate: number;
}

export interface TopicSummary {
  partitions: number;
  /** Records appended per partition (the end offsets). */
  records: number[];
  retained: number;
  expired: number;
  /** Per group: records not yet committed, per partition. */
  lag: Record<string, number[]>;
  rebalances: Record<string, number>;
}

export interface EventBusSummary {
  published: number;
  /** Per subscribe edge. */
  delivered: Record<string, number>;
  missed: Record<string, number>;
  /** Events a durable bus holds for subscribers that are down. */
  waiting: number;
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
  routes: Record<string, { count: number; errors: number; latency: LatencyStats }>;
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

const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const r3 = (x: number): number => Math.round(x * 1e3) / 1e3;

/** The run's figures as plain JSON (documented in docs/FORMAT.md, "Run summary"). */
export function buildSummary(e: Engine, seed: number): RunSummary {
  const now = e.now;
  const s = e.stats;
  const out: RunSummary = {
    seed,
    durationMs: now,
    events: e.events,
    nodes: {},
    edges: {},
    callerEdges: {},
    asyncClients: {},
    pollingClients: {},
    throttledClients: {},
    webhooks: {},
    gateways: {},
    loadBalancers: {},
    services: {},
    databases: {},
    providers: {},
    batches: {},
    messaging: {},
    queues: {},
    exchanges: {},
    topics: {},
    consumers: {},
    eventBuses: {},
    streams: {},
    connectors: {},
  };
  e.nodeIds.forEach((id, i) => {
    const errors = {} as Record<Cause, number>;
    for (let c = 0; c < CAUSE_COUNT; c++) errors[CAUSES[c]!] = s.errors[i * CAUSE_COUNT + c]!;
    const u = s.utilization(i, now);
    out.nodes[id] = {
      kind: e.nodeKinds[i]!,
      label: e.nodeLabels[i]!,
      received: s.received[i]!,
      completed: s.completed[i]!,
      errors,
      latency: latencyStats(s.latency[i]!),
      utilization: u === null ? null : r6(u),
      backlog: { max: s.backlogMax[i]!, mean: r6(s.meanBacklog(i, now)) },
      inFlight: s.inFlight[i]!,
    };
    nodeExtras(e, i, id, out);
  });
  e.edgeIds.forEach((id, i) => {
    const kind = e.edgeKinds[i]!;
    out.edges[id] = {
      kind,
      ...(kind === 'call' ? { protocol: String(e.edgeProps[i]!.protocol) } : {}),
      messages: e.edgeMessages[i]!,
      kb: r3(e.edgeKb[i]!),
      lost: e.edgeLost[i]!,
    };
    const c = e.callers[i];
    if (!c) return;
    if (c.webhook) {
      const w = c.webhook;
      out.webhooks[id] = {
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
      };
      return;
    }
    out.callerEdges[id] = {
      calls: c.calls,
      attempts: c.attempts,
      retries: c.retried,
      retriesDenied: c.retriesDenied,
      timeouts: c.timeouts,
      lateAnswers: c.lateAnswers,
      breakerOpenings: c.openings,
      shortCircuited: c.shortCircuited,
      breakerState: BREAKER_NAMES[breakerStateNow(c, now)]!,
    };
  });
  return out;
}

function nodeExtras(e: Engine, i: number, id: string, out: RunSummary): void {
  const client = e.clients[i];
  if (client) {
    if (client.mode === 1) {
      out.asyncClients[id] = {
        accepted: client.accepted,
        callbacks: client.callbacks,
        outOfOrder: client.outOfOrder,
        ackLatency: latencyStats(client.ackLatency),
      };
    }
    if (client.mode === 2) {
      out.pollingClients[id] = {
        polls: client.polls,
        emptyPolls: client.emptyPolls,
        wastedPct: client.polls > 0 ? r3((100 * client.emptyPolls) / client.polls) : 0,
        notModified: client.notModified,
        changesSeen: client.changesSeen,
        meanStalenessMs: client.changesSeen > 0 ? r3(client.stalenessSum / client.changesSeen) : 0,
      };
    }
    if (client.throttled > 0) out.throttledClients[id] = { skippedForRetryAfter: client.throttled };
  }
  const gw = e.gateways[i];
  if (gw) {
    const routes: GatewaySummary['routes'] = {};
    for (const r of gw.routes) {
      routes[r.prefix || '*'] = { count: r.count, errors: r.errors, latency: latencyStats(r.latency) };
    }
    out.gateways[id] = { published: gw.published, partialResponses: gw.partial, routes };
  }
  const lb = e.balancers[i];
  if (lb) {
    const picked: Record<string, number> = {};
    lb.targets.forEach((edge, k) => {
      picked[e.edgeIds[edge]!] = lb.picked[k]!;
    });
    out.loadBalancers[id] = { picked };
  }
  const svc = e.services[i];
  if (svc)
    out.services[id] = {
      started: svc.started,
      meanWaitMs: svc.started > 0 ? r3(svc.waitSum / svc.started) : 0,
    };
  const db = e.databases[i];
  if (db) out.databases[id] = { reads: db.reads, writes: db.writes };
  const provider = e.providers[i];
  if (provider) out.providers[id] = { changes: provider.changes };
  const b = e.batches[i];
  if (b) {
    out.batches[id] = {
      items: b.items,
      batches: b.batches,
      meanBatchSize: b.batches > 0 ? r3(b.itemsSent / b.batches) : 0,
      connectionsSaved: b.itemsSent - b.batches,
      flushedBySize: b.bySize,
      flushedByWindow: b.byWindow,
      waiting: b.openCount,
    };
  }
  messagingExtras(e, i, id, out);
}

const EXCHANGE_NAMES = ['direct', 'topic', 'fanout', 'headers'] as const;
const perEdge = (e: Engine, edges: Int32Array, values: Float64Array): Record<string, number> =>
  Object.fromEntries(Array.from(edges, (edge, k) => [e.edgeIds[edge]!, values[k]!]));

function messagingExtras(e: Engine, i: number, id: string, out: RunSummary): void {
  const s = e.stats;
  const q = e.queues[i];
  if (q) {
    out.messaging[id] = { messages: q.messages, items: q.items };
    out.queues[id] = {
      published: q.published,
      delivered: q.delivered,
      acked: q.acked,
      redelivered: q.redelivered,
      deadLettered: q.deadLettered,
      dropped: q.dropped,
      depth: { max: s.backlogMax[i]!, mean: r6(s.meanBacklog(i, e.now)) },
    };
  }
  const x = e.exchanges[i];
  if (x) {
    out.messaging[id] = { messages: x.messages, items: x.items };
    out.exchanges[id] = {
      type: EXCHANGE_NAMES[x.type]!,
      routed: perEdge(e, x.binds, x.routed),
      unroutable: x.unroutable,
      toAlternate: x.toAlternate,
    };
  }
  const t = e.topics[i];
  if (t) {
    out.messaging[id] = { messages: t.messages, items: t.items };
    let retained = 0;
    for (let p = 0; p < t.partitions; p++) retained += t.end[p]! - t.start[p]!;
    const lag: Record<string, number[]> = {};
    const rebalances: Record<string, number> = {};
    for (const g of t.groups) {
      lag[g.name] = Array.from({ length: t.partitions }, (_, p) => g.lag(p));
      rebalances[g.name] = g.rebalances;
    }
    out.topics[id] = {
      partitions: t.partitions,
      records: Array.from(t.end),
      retained,
      expired: t.expired,
      lag,
      rebalances,
    };
  }
  const b = e.buses[i];
  if (b) {
    out.messaging[id] = { messages: b.messages, items: b.items };
    out.eventBuses[id] = {
      published: b.published,
      delivered: perEdge(e, b.subscribers, b.delivered),
      missed: perEdge(e, b.subscribers, b.missed),
      waiting: busStored(b),
    };
  }
  const lanes = e.services[i]?.lanes;
  if (lanes) out.consumers[id] = { consumed: Array.from(lanes.consumed.subarray(0, lanes.seen)) };
  const st = e.streams[i];
  if (st)
    out.streams[id] = {
      consumed: st.consumed,
      produced: st.produced,
      filtered: st.filtered,
      windows: st.windows,
    };
  const c = e.connects[i];
  if (c)
    out.connectors[id] = {
      mode: c.sink ? 'sink' : 'source',
      records: c.records,
      batches: c.batches,
      waiting: c.bufCount,
    };
}

import { type IdRecord, idRecord, idRecordOf, put } from '../model';
import type { ConnectState } from './connect';
import type { Engine } from './engine';
import { type BusState, busStored } from './eventBus';
import type { ExchangeState } from './exchange';
import type { QueueState } from './queue';
import type { StreamsState } from './streams';
import type { RunSummary } from './summary';
import { r6 } from './summaryNodes';
import type { TopicState } from './topic';

/* The run summary's broker sections (docs/FORMAT.md, "Run summary"). */

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
  routed: IdRecord<number>;
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
  lag: IdRecord<number[]>;
  rebalances: IdRecord<number>;
}

export interface EventBusSummary {
  published: number;
  /** Per subscribe edge. */
  delivered: IdRecord<number>;
  missed: IdRecord<number>;
  /** Events a durable bus holds for subscribers that are down. */
  waiting: number;
}

const EXCHANGE_NAMES = ['direct', 'topic', 'fanout', 'headers'] as const;
const perEdge = (e: Engine, edges: Int32Array, values: Float64Array): IdRecord<number> =>
  idRecordOf(Array.from(edges, (edge, k) => [e.edgeIds[edge]!, values[k]!] as const));

export function summarizeQueue(e: Engine, q: QueueState, id: string, out: RunSummary): void {
  const s = e.stats;
  put(out.messaging, id, { messages: q.messages, items: q.items });
  put(out.queues, id, {
    published: q.published,
    delivered: q.delivered,
    acked: q.acked,
    redelivered: q.redelivered,
    deadLettered: q.deadLettered,
    dropped: q.dropped,
    depth: { max: s.backlogMax[q.node]!, mean: r6(s.meanBacklog(q.node, e.now)) },
  });
}

export function summarizeExchange(e: Engine, x: ExchangeState, id: string, out: RunSummary): void {
  put(out.messaging, id, { messages: x.messages, items: x.items });
  put(out.exchanges, id, {
    type: EXCHANGE_NAMES[x.type]!,
    routed: perEdge(e, x.binds, x.routed),
    unroutable: x.unroutable,
    toAlternate: x.toAlternate,
  });
}

export function summarizeTopic(_e: Engine, t: TopicState, id: string, out: RunSummary): void {
  put(out.messaging, id, { messages: t.messages, items: t.items });
  let retained = 0;
  for (let p = 0; p < t.partitions; p++) retained += t.end[p]! - t.start[p]!;
  const lag = idRecord<number[]>();
  const rebalances = idRecord<number>();
  for (const g of t.groups) {
    put(
      lag,
      g.name,
      Array.from({ length: t.partitions }, (_, p) => g.lag(p)),
    );
    put(rebalances, g.name, g.rebalances);
  }
  put(out.topics, id, {
    partitions: t.partitions,
    records: Array.from(t.end),
    retained,
    expired: t.expired,
    lag,
    rebalances,
  });
}

export function summarizeBus(e: Engine, b: BusState, id: string, out: RunSummary): void {
  put(out.messaging, id, { messages: b.messages, items: b.items });
  put(out.eventBuses, id, {
    published: b.published,
    delivered: perEdge(e, b.subscribers, b.delivered),
    missed: perEdge(e, b.subscribers, b.missed),
    waiting: busStored(b),
  });
}

export function summarizeStreams(_e: Engine, st: StreamsState, id: string, out: RunSummary): void {
  put(out.streams, id, {
    consumed: st.consumed,
    produced: st.produced,
    filtered: st.filtered,
    windows: st.windows,
  });
}

export function summarizeConnect(_e: Engine, c: ConnectState, id: string, out: RunSummary): void {
  put(out.connectors, id, {
    mode: c.sink ? 'sink' : 'source',
    records: c.records,
    batches: c.batches,
    waiting: c.bufCount,
  });
}

import '../../i18n/later/runText';
import type { RunSummary } from '../../engine';
import type { MessageKey } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { type Lang, own, ownEntries, ownValues } from '../../model';

/** One figure of the metrics table: a label key and its value (already rounded for reading). */
export interface MetricRow {
  key: MessageKey;
  value: string;
  tone?: 'bad' | 'good';
}

const n = (x: number) => String(Math.round(x));
const pct = (x: number) => `${Math.round(x)}%`;

/** How figures read in the person's language: decimal commas in Ukrainian, the unit of milliseconds. */
export interface MetricLocale {
  lang: Lang;
  ms: string;
}

/**
 * The figures that tell a node's story, chosen by what the node is: every node's throughput,
 * errors and latency, then its pattern's own numbers (wasted polls, batch sizes, dead letters, lag).
 */
export function metricRows(
  summary: RunSummary,
  id: string,
  locale: MetricLocale = { lang: 'en', ms: 'ms' },
): MetricRow[] {
  const node = own(summary.nodes, id);
  if (!node) return [];
  const tenths = (x: number) => formatNumber(Math.round(x * 10) / 10, locale.lang);
  // A no-break space: in a narrow panel a figure wraps between figures, never before its unit.
  const ms = (x: number) => `${x < 10 ? tenths(x) : n(x)}\u00a0${locale.ms}`;
  const rows: MetricRow[] = [
    { key: 'metrics.received', value: n(node.received) },
    // Every consumer group reads every record, so a topic counts each record once per group.
    {
      key: node.kind === 'topic' ? 'metrics.consumedByGroups' : 'metrics.completed',
      value: n(node.completed),
    },
  ];
  const errors = Object.entries(node.errors).filter(([, count]) => count > 0);
  const errorTotal = errors.reduce((sum, [, c]) => sum + c, 0);
  rows.push({
    key: 'metrics.errors',
    value: errors.length ? `${errorTotal} (${errors.map(([cause, c]) => `${cause}: ${c}`).join(', ')})` : '0',
    ...(errorTotal ? { tone: 'bad' as const } : {}),
  });
  if (node.latency.count > 0) {
    rows.push({
      key: node.kind === 'client' ? 'metrics.latencyEndToEnd' : 'metrics.latency',
      value: `${ms(node.latency.p50)} / ${ms(node.latency.p95)} / ${ms(node.latency.p99)}`,
    });
    rows.push({ key: 'metrics.latencyMean', value: ms(node.latency.mean) });
  }
  if (node.utilization !== null)
    rows.push({ key: 'metrics.utilization', value: pct(node.utilization * 100) });
  if (node.backlog.max > 0)
    rows.push({ key: 'metrics.backlog', value: `${tenths(node.backlog.mean)} / ${node.backlog.max}` });

  const polling = own(summary.pollingClients, id);
  if (polling) {
    rows.push({ key: 'metrics.polls', value: n(polling.polls) });
    rows.push({
      key: 'metrics.wastedPolls',
      value: `${n(polling.emptyPolls)} (${pct(polling.wastedPct)})`,
      ...(polling.wastedPct > 50 ? { tone: 'bad' as const } : {}),
    });
    rows.push({ key: 'metrics.staleness', value: ms(polling.meanStalenessMs) });
  }
  const batch = own(summary.batches, id);
  if (batch) {
    rows.push({ key: 'metrics.batches', value: n(batch.batches) });
    rows.push({ key: 'metrics.batchSize', value: tenths(batch.meanBatchSize) });
    rows.push({ key: 'metrics.connectionsSaved', value: n(batch.connectionsSaved), tone: 'good' });
  }
  for (const w of ownValues(summary.webhooks)) {
    if (w.provider !== id && w.receiver !== id) continue;
    rows.push({ key: 'metrics.webhookAttempts', value: `${n(w.attempts)} (${n(w.retries)})` });
    rows.push({ key: 'metrics.duplicatesDropped', value: n(w.duplicatesDropped) });
    rows.push({ key: 'metrics.rejectedSignatures', value: n(w.rejectedSignatures) });
    if (w.deliveryLatency.count > 0)
      rows.push({ key: 'metrics.deliveryLatency', value: ms(w.deliveryLatency.p95) });
  }
  const queue = own(summary.queues, id);
  if (queue) {
    rows.push({
      key: 'metrics.queueFlow',
      value: `${n(queue.published)} / ${n(queue.delivered)} / ${n(queue.acked)}`,
    });
    rows.push({ key: 'metrics.redelivered', value: n(queue.redelivered) });
    rows.push({
      key: 'metrics.deadLettered',
      value: n(queue.deadLettered),
      ...(queue.deadLettered ? { tone: 'bad' as const } : {}),
    });
    rows.push({
      key: 'metrics.dropped',
      value: n(queue.dropped),
      ...(queue.dropped ? { tone: 'bad' as const } : {}),
    });
    rows.push({ key: 'metrics.depth', value: `${tenths(queue.depth.mean)} / ${queue.depth.max}` });
  }
  const topic = own(summary.topics, id);
  if (topic) {
    rows.push({ key: 'metrics.records', value: topic.records.join(' · ') });
    rows.push({ key: 'metrics.retained', value: `${n(topic.retained)} (${n(topic.expired)})` });
    for (const [group, lag] of ownEntries(topic.lag)) {
      rows.push({
        key: 'metrics.groupLag',
        value: `${group}: ${lag.reduce((a, b) => a + b, 0)} (${lag.join(' · ')})`,
      });
    }
  }
  const exchange = own(summary.exchanges, id);
  if (exchange) {
    rows.push({
      key: 'metrics.unroutable',
      value: n(exchange.unroutable),
      ...(exchange.unroutable ? { tone: 'bad' as const } : {}),
    });
  }
  const consumer = own(summary.consumers, id);
  if (consumer) rows.push({ key: 'metrics.consumedPerInstance', value: consumer.consumed.join(' · ') });
  return rows;
}

import type { NodeSummary, RunSummary } from '../engine';
import { type NodeKind, own, ownEntries, ownValues } from '../model';
import type { CheckedRun, Measure, Text } from './types';

/*
 * Figures challenges are graded on, read from a seed's run summary, each with the reason the
 * engine knows when it is bad ("Orders answered 503: its backlog was full").
 */

const L = (en: string, uk: string): Text => ({ en, uk });

const nodesOfKind = (run: CheckedRun, kind: NodeKind): [string, NodeSummary][] =>
  ownEntries(run.summary.nodes).filter(([, n]) => n.kind === kind);

const errorTotal = (n: NodeSummary) => Object.values(n.errors).reduce((a, b) => a + b, 0);

/** The causes behind a node's errors, worst first, as a sentence. */
export function errorReason(summary: RunSummary, id: string): Text | undefined {
  const n = own(summary.nodes, id);
  if (!n) return undefined;
  const [cause, count] = Object.entries(n.errors).sort(([, a], [, b]) => b - a)[0] ?? [];
  if (!cause || !count) return undefined;
  const why: Record<string, Text> = {
    '503': L(
      'its backlog was full, so it turned requests away (503)',
      'його черга запитів була повна, тож він відмовляв (503)',
    ),
    '429': L('it was rate-limited (429)', 'його обмежив ліміт частоти (429)'),
    timeout: L('calls timed out', 'виклики перевищували таймаут'),
    circuitOpen: L('an open circuit breaker refused calls', 'відкритий запобіжник відхиляв виклики'),
    failed: L('the service failed requests', 'сервіс завершував запити помилкою'),
    '401': L('requests had no valid token (401)', 'запити не мали дійсного токена (401)'),
    '403': L('requests were forbidden (403)', 'запити були заборонені (403)'),
    '404': L('no route matched (404)', 'жоден маршрут не підійшов (404)'),
  };
  const w = why[cause] ?? L(cause, cause);
  return L(`${n.label} had ${count} errors: ${w.en}.`, `${n.label}: ${count} помилок — ${w.uk}.`);
}

/** p95 end-to-end latency over every client of the diagram (the worst client), ms. */
export function clientP95(run: CheckedRun): Measure {
  const clients = nodesOfKind(run, 'client');
  if (!clients.length)
    return { value: Number.POSITIVE_INFINITY, reason: L('There is no client.', 'Немає клієнта.') };
  const [id, worst] = clients.sort(([, a], [, b]) => b.latency.p95 - a.latency.p95)[0]!;
  return { value: worst.latency.p95, reason: errorReason(run.summary, id) };
}

/** Requests completed per second by every client together. */
export function clientThroughput(run: CheckedRun): Measure {
  const total = nodesOfKind(run, 'client').reduce((sum, [, n]) => sum + n.completed, 0);
  return { value: total / (run.summary.durationMs / 1000) };
}

/** Errors seen by every client together, with the worst component's cause. */
export function clientErrors(run: CheckedRun): Measure {
  const total = nodesOfKind(run, 'client').reduce((sum, [, n]) => sum + errorTotal(n), 0);
  const worst = ownEntries(run.summary.nodes)
    .filter(([, n]) => n.kind !== 'client')
    .sort(([, a], [, b]) => errorTotal(b) - errorTotal(a))[0];
  return {
    value: total,
    reason: worst && errorTotal(worst[1]) > 0 ? errorReason(run.summary, worst[0]) : undefined,
  };
}

/** Messages lost for good: dropped by full queues and lost on wires. */
export function messagesLost(run: CheckedRun): Measure {
  const dropped = ownValues(run.summary.queues).reduce((sum, q) => sum + q.dropped, 0);
  const lost = ownValues(run.summary.edges).reduce((sum, e) => sum + e.lost, 0);
  return {
    value: dropped + lost,
    reason:
      dropped > 0
        ? L(
            `${dropped} messages were dropped by a full queue.`,
            `${dropped} повідомлень відкинула переповнена черга.`,
          )
        : lost > 0
          ? L(`${lost} messages were lost on a wire.`, `${lost} повідомлень загубилося на дроті.`)
          : undefined,
  };
}

/** Messages moved to a dead-letter queue. */
export function deadLettered(run: CheckedRun): Measure {
  return { value: ownValues(run.summary.queues).reduce((sum, q) => sum + q.deadLettered, 0) };
}

/** Records not yet committed at the end, over every topic and group. */
export function finalLag(run: CheckedRun): Measure {
  const lag = ownValues(run.summary.topics).reduce(
    (sum, t) => sum + ownValues(t.lag).reduce((s, parts) => s + parts.reduce((a, b) => a + b, 0), 0),
    0,
  );
  return { value: lag };
}

/** Service instances in the diagram: what it costs to run. */
export function serviceInstances(run: CheckedRun): Measure {
  const total = run.doc.nodes
    .filter((n) => n.kind === 'service')
    .reduce((sum, n) => sum + Number(n.props.instances ?? 1), 0);
  return { value: total };
}

/** Components in the diagram. */
export function componentCount(run: CheckedRun): Measure {
  return { value: run.doc.nodes.length };
}

/** Mean staleness of every polling client, ms (0 when none polls). */
export function pollingStaleness(run: CheckedRun): Measure {
  const polls = ownValues(run.summary.pollingClients);
  return { value: polls.length ? Math.max(...polls.map((p) => p.meanStalenessMs)) : 0 };
}

/** Requests made: polls plus webhook deliveries plus client calls (a request budget). */
export function requestsMade(run: CheckedRun): Measure {
  const polls = ownValues(run.summary.pollingClients).reduce((s, p) => s + p.polls, 0);
  const deliveries = ownValues(run.summary.webhooks).reduce((s, w) => s + w.attempts, 0);
  return { value: polls + deliveries };
}

/** Calls a node of `id` received (to check load on a protected service). */
export function receivedBy(id: string) {
  return (run: CheckedRun): Measure => {
    const n = own(run.summary.nodes, id);
    return n
      ? { value: n.received / (run.summary.durationMs / 1000), reason: errorReason(run.summary, id) }
      : { value: Number.POSITIVE_INFINITY, reason: L(`${id} was removed.`, `${id} вилучено.`) };
  };
}

import type { NodeSummary, RunSummary } from '../engine';
import { type NodeKind, own, ownEntries, ownKeys, ownValues } from '../model';
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
  const errors = countOf(count, ['error', 'errors'], ['помилка', 'помилки', 'помилок']);
  return L(`${n.label} had ${errors.en}: ${w.en}.`, `${n.label}: ${errors.uk} — ${w.uk}.`);
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

/** Messages lost for good: dropped by queues (refused when full, or out of deliveries) and lost on wires. */
export function messagesLost(run: CheckedRun): Measure {
  const dropped = ownValues(run.summary.queues).reduce((sum, q) => sum + q.dropped, 0);
  // A queue that is up counts a message it refuses when full both as dropped and as a 503.
  const refused = ownEntries(run.summary.queues).reduce(
    (sum, [id, q]) => sum + Math.min(q.dropped, own(run.summary.nodes, id)?.errors['503'] ?? 0),
    0,
  );
  const lost = ownValues(run.summary.edges).reduce((sum, e) => sum + e.lost, 0);
  return {
    value: dropped + lost,
    reason:
      dropped > refused
        ? L(
            `Dropped after a last failed delivery, with no dead-letter queue to take them: ${countOf(dropped - refused, ...MESSAGES).en}.`,
            `Після останньої невдалої доставки відкинуто повідомлення (${dropped - refused}): жодна черга недоставлених їх не прийняла.`,
          )
        : dropped > 0
          ? L(
              `A full queue refused ${countOf(dropped, ...MESSAGES).en}.`,
              `Переповнена черга відхилила: ${countOf(dropped, ...MESSAGES).uk}.`,
            )
          : lost > 0
            ? L(
                `Lost on a wire: ${countOf(lost, ...MESSAGES).en}.`,
                `На дроті загубилося: ${countOf(lost, ...MESSAGES).uk}.`,
              )
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

/* Measures of the design challenges (src/practice/challenges). */

/** English and Ukrainian words for a count: one, and (Ukrainian) one / few / many. */
function countOf(n: number, en: [string, string], uk: [string, string, string]): Text {
  const whole = Math.round(n);
  const mod10 = whole % 10;
  const mod100 = whole % 100;
  const ukWord =
    mod10 === 1 && mod100 !== 11
      ? uk[0]
      : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)
        ? uk[1]
        : uk[2];
  return L(`${whole} ${whole === 1 ? en[0] : en[1]}`, `${whole} ${ukWord}`);
}
const MESSAGES: [[string, string], [string, string, string]] = [
  ['message', 'messages'],
  ['повідомлення', 'повідомлення', 'повідомлень'],
];
const EVENTS: [[string, string], [string, string, string]] = [
  ['event', 'events'],
  ['подія', 'події', 'подій'],
];
const RECORDS: [[string, string], [string, string, string]] = [
  ['record', 'records'],
  ['запис', 'записи', 'записів'],
];
const CHANGES: [[string, string], [string, string, string]] = [
  ['change', 'changes'],
  ['зміна', 'зміни', 'змін'],
];

const seconds = (run: CheckedRun): number => run.summary.durationMs / 1000;
const labelOf = (run: CheckedRun, id: string): string =>
  run.doc.nodes.find((n) => n.id === id)?.label ?? own(run.summary.nodes, id)?.label ?? id;
const removed = (id: string): Measure => ({
  value: Number.POSITIVE_INFINITY,
  reason: L(`${id} was removed from the diagram.`, `${id} вилучено з діаграми.`),
});
/** Ids of the nodes wired from `source` and of the kinds given. */
const targetsOf = (run: CheckedRun, source: string, kinds: readonly NodeKind[]): string[] =>
  run.doc.edges
    .filter((e) => e.source === source)
    .map((e) => e.target)
    .filter((t) => kinds.includes(run.doc.nodes.find((n) => n.id === t)?.kind ?? 'client'));
/** Ids of the nodes of these kinds wired into `target`. */
const sourcesOf = (run: CheckedRun, target: string, kinds: readonly NodeKind[]): string[] =>
  run.doc.edges
    .filter((e) => e.target === target)
    .map((e) => e.source)
    .filter((s) => kinds.includes(run.doc.nodes.find((n) => n.id === s)?.kind ?? 'client'));
const instancesIn = (run: CheckedRun, id: string): number =>
  Number(run.doc.nodes.find((n) => n.id === id)?.props.instances ?? 1);
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * How long a client waits to hear back, p95 over the worst client, ms: the 202 Accepted for an
 * async request that got one, otherwise the whole answer. Polling clients are left out.
 */
export function acknowledgementP95(run: CheckedRun): Measure {
  let worst: Measure | null = null;
  for (const [id, n] of nodesOfKind(run, 'client')) {
    if (own(run.summary.pollingClients, id) || n.received === 0) continue;
    const ack = own(run.summary.asyncClients, id)?.ackLatency;
    const m: Measure =
      ack && ack.count > 0
        ? { value: ack.p95 }
        : n.latency.count > 0
          ? {
              value: n.latency.p95,
              reason: L(
                `${n.label} hears nothing until the whole request is done: nothing answers it 202 Accepted.`,
                `${n.label} нічого не чує, доки весь запит не виконано: ніхто не відповідає йому 202 Accepted.`,
              ),
            }
          : {
              value: Number.POSITIVE_INFINITY,
              reason:
                errorReason(run.summary, id) ??
                L(`${n.label} got no answer.`, `${n.label} не отримав жодної відповіді.`),
            };
    if (!worst || m.value > worst.value) worst = m;
  }
  return worst ?? { value: Number.POSITIVE_INFINITY, reason: L('There is no client.', 'Немає клієнта.') };
}

/** Requests a node handled successfully per second (reports built, invoices done). */
export function completedPerSecond(id: string) {
  return (run: CheckedRun): Measure => {
    const n = own(run.summary.nodes, id);
    if (!n) return removed(id);
    return { value: n.completed / seconds(run), reason: errorReason(run.summary, id) };
  };
}

/** Calls a node received per minute (calls to a database, say). */
export function callsPerMinute(id: string) {
  return (run: CheckedRun): Measure => {
    const n = own(run.summary.nodes, id);
    if (!n) return removed(id);
    const batches = ownValues(run.summary.batches).filter((b) => b.batches > 0);
    const mean = batches.length ? sum(batches.map((b) => b.meanBatchSize)) / batches.length : 0;
    return {
      value: n.received / (seconds(run) / 60),
      reason:
        batches.length === 0
          ? L(
              `Nothing batches: every item reaches ${n.label} as a call of its own.`,
              `Пакетування немає: кожен елемент доходить до ${n.label} окремим зверненням.`,
            )
          : L(
              `Batches held ${Math.round(mean * 10) / 10} items on average.`,
              `У середньому в пакеті було ${String(Math.round(mean * 10) / 10).replace('.', ',')} елемента.`,
            ),
    };
  };
}

/** p95 of a node's latency, ms: for a queue, from publish to acknowledgement. */
export function p95Of(id: string) {
  return (run: CheckedRun): Measure => {
    const n = own(run.summary.nodes, id);
    if (!n) return removed(id);
    if (n.latency.count === 0) {
      return {
        value: Number.POSITIVE_INFINITY,
        reason: L(`${n.label} finished nothing.`, `${n.label} нічого не завершив.`),
      };
    }
    const q = own(run.summary.queues, id);
    const reason =
      q && q.redelivered > 0
        ? L(
            `${q.redelivered} of the ${q.delivered} deliveries of ${n.label} were messages tried again after a failure.`,
            `${n.label}: повторних доставок після збою — ${q.redelivered} із ${q.delivered}.`,
          )
        : q && n.backlog.max > 0
          ? L(
              `Up to ${countOf(n.backlog.max, ...MESSAGES).en} waited in ${n.label} at once.`,
              `${n.label}: одночасно чекали до ${n.backlog.max} повідомлень.`,
            )
          : errorReason(run.summary, id);
    return { value: n.latency.p95, reason };
  };
}

/** The most requests that waited at a node at once (a service's backlog, a queue's depth). */
export function peakBacklogOf(id: string) {
  return (run: CheckedRun): Measure => {
    const n = own(run.summary.nodes, id);
    return n ? { value: n.backlog.max, reason: errorReason(run.summary, id) } : removed(id);
  };
}

/** Errors a node answered with, every cause together, with the worst cause. */
export function errorsAt(id: string) {
  return (run: CheckedRun): Measure => {
    const n = own(run.summary.nodes, id);
    return n ? { value: errorTotal(n), reason: errorReason(run.summary, id) } : removed(id);
  };
}

/**
 * Messages left undone at the end: in every queue that has a consumer, those still ready or
 * unacknowledged; in every topic, the records its groups have not committed.
 */
export function backlogAtEnd(run: CheckedRun): Measure {
  const left: [string, Text][] = [];
  let total = 0;
  for (const [id, q] of ownEntries(run.summary.queues)) {
    if (targetsOf(run, id, ['service', 'batch']).length === 0) continue;
    const node = own(run.summary.nodes, id);
    // Each published message leaves by an ack, as a dead letter, or dropped after its last
    // delivery; `dropped` also counts messages refused when full (503s), never published.
    const exhausted = Math.max(0, q.dropped - (node?.errors['503'] ?? 0));
    const n = Math.max(0, q.published - q.acked - q.deadLettered - exhausted);
    total += n;
    if (n > 0) left.push([labelOf(run, id), countOf(n, ...MESSAGES)]);
  }
  for (const [id, t] of ownEntries(run.summary.topics)) {
    const n = sum(ownValues(t.lag).map(sum));
    total += n;
    if (n > 0) left.push([labelOf(run, id), countOf(n, ...RECORDS)]);
  }
  const worst = left.sort(([, a], [, b]) => Number.parseInt(b.en, 10) - Number.parseInt(a.en, 10))[0];
  return {
    value: total,
    reason: worst
      ? L(
          `${worst[1].en} still waiting in ${worst[0]} at the end.`,
          `${worst[0]}: наприкінці ще лишалося — ${worst[1].uk}.`,
        )
      : undefined,
  };
}

/** Requests made per minute to learn of a provider's changes: polls answered and webhook deliveries sent. */
export function requestsPerMinute(run: CheckedRun): Measure {
  const polls = sum(ownValues(run.summary.pollingClients).map((p) => p.polls));
  const deliveries = sum(ownValues(run.summary.webhooks).map((w) => w.attempts));
  const minutes = seconds(run) / 60;
  return {
    value: (polls + deliveries) / minutes,
    reason: L(
      `${Math.round(polls / minutes)} polls and ${Math.round(deliveries / minutes)} webhook deliveries a minute.`,
      `За хвилину: опитувань — ${Math.round(polls / minutes)}, доставок вебхуків — ${Math.round(deliveries / minutes)}.`,
    ),
  };
}

/**
 * How late a provider's changes are learnt, ms: the mean staleness of a polling client or the
 * mean delivery time of a webhook, whichever way of learning is fastest.
 */
export function changeStaleness(run: CheckedRun): Measure {
  const ways: Measure[] = [];
  for (const [id, p] of ownEntries(run.summary.pollingClients)) {
    if (p.changesSeen === 0) continue;
    ways.push({
      value: p.meanStalenessMs,
      reason: L(
        `${labelOf(run, id)} learns of a change only at its next poll.`,
        `${labelOf(run, id)} дізнається про зміну лише під час наступного опитування.`,
      ),
    });
  }
  for (const w of ownValues(run.summary.webhooks)) {
    if (w.deliveryLatency.count === 0) continue;
    ways.push({
      value: w.deliveryLatency.mean,
      reason:
        w.retries > 0
          ? L(
              `Failed deliveries to ${labelOf(run, w.receiver)} waited for their retries.`,
              `Невдалі доставки до ${labelOf(run, w.receiver)} чекали на повтори.`,
            )
          : undefined,
    });
  }
  ways.sort((a, b) => a.value - b.value);
  return (
    ways[0] ?? {
      value: Number.POSITIVE_INFINITY,
      reason: L('Nothing learns of the provider’s changes.', 'Ніщо не дізнається про зміни провайдера.'),
    }
  );
}

/** A provider's changes that never arrived: webhook attempts ran out, or the endpoint was disabled. */
export function changesUndelivered(run: CheckedRun): Measure {
  const hooks = ownValues(run.summary.webhooks);
  const gaveUp = sum(hooks.map((w) => w.gaveUp));
  const missed = sum(hooks.map((w) => w.missed));
  return {
    value: gaveUp + missed,
    reason:
      missed > 0
        ? L(
            `The provider disabled the endpoint and did not send ${countOf(missed, ...CHANGES).en}.`,
            `Провайдер вимкнув ендпоінт і не надіслав: ${countOf(missed, ...CHANGES).uk}.`,
          )
        : gaveUp > 0
          ? L(
              `Out of delivery attempts: ${countOf(gaveUp, ...CHANGES).en}.`,
              `Вичерпали спроби доставки: ${countOf(gaveUp, ...CHANGES).uk}.`,
            )
          : undefined,
  };
}

/**
 * Load on a service for each request a client started: 1 is the real traffic; retries push it
 * above, a circuit breaker that refuses calls below.
 */
export function loadPerRequest(id: string, clientId: string) {
  return (run: CheckedRun): Measure => {
    const n = own(run.summary.nodes, id);
    const client = own(run.summary.nodes, clientId);
    if (!n) return removed(id);
    if (!client || client.received === 0) return removed(clientId);
    const retries = sum(
      run.doc.edges
        .filter((e) => e.target === id)
        .map((e) => own(run.summary.callerEdges, e.id)?.retries ?? 0),
    );
    return {
      value: n.received / client.received,
      reason:
        retries > 0
          ? L(
              `${n.label} got ${n.received} calls for ${client.received} requests of ${client.label}: ${retries} of them were retries.`,
              `${n.label} отримав ${n.received} викликів на ${client.received} запитів ${client.label}; повторів серед них — ${retries}.`,
            )
          : undefined,
    };
  };
}

/** Share of a client's requests that ended in an error, percent, with the worst component's cause. */
export function clientErrorPct(run: CheckedRun): Measure {
  const clients = nodesOfKind(run, 'client').filter(([id]) => !own(run.summary.pollingClients, id));
  const started = sum(clients.map(([, n]) => n.received));
  if (started === 0)
    return { value: Number.POSITIVE_INFINITY, reason: L('There is no client.', 'Немає клієнта.') };
  const failed = sum(clients.map(([, n]) => errorTotal(n)));
  return { value: (100 * failed) / started, reason: clientErrors(run).reason };
}

/**
 * How far the messages a consumer handled are from those it should get, counted from the
 * publishers' requests: 0 when it got exactly every one of their messages and nothing else.
 */
export function consumedMismatch(consumerId: string, publisherIds: readonly string[]) {
  return (run: CheckedRun): Measure => {
    const c = own(run.summary.consumers, consumerId);
    if (!run.doc.nodes.some((n) => n.id === consumerId)) return removed(consumerId);
    const got = c ? sum(c.consumed) : 0;
    const expected = sum(publisherIds.map((id) => own(run.summary.nodes, id)?.received ?? 0));
    const label = labelOf(run, consumerId);
    const off = got - expected;
    return {
      value: Math.abs(off),
      reason:
        off > 0
          ? L(
              `${label} handled ${countOf(off, ...MESSAGES).en} more than its publishers sent: it gets events meant for others.`,
              `${label} обробив на ${off} більше, ніж надіслали його відправники: до нього доходять чужі події.`,
            )
          : off < 0
            ? L(
                `${label} handled ${countOf(-off, ...MESSAGES).en} fewer than its publishers sent: some of its events never reach it.`,
                `${label} обробив на ${-off} менше, ніж надіслали його відправники: частина його подій до нього не доходить.`,
              )
            : undefined,
    };
  };
}

/** Messages that matched no binding and no alternate exchange took, over every exchange. */
export function unroutable(run: CheckedRun): Measure {
  const worst = ownEntries(run.summary.exchanges).sort(([, a], [, b]) => b.unroutable - a.unroutable)[0];
  const total = sum(ownValues(run.summary.exchanges).map((x) => x.unroutable));
  return {
    value: total,
    reason:
      worst && total > 0
        ? L(
            `${labelOf(run, worst[0])} dropped ${countOf(worst[1].unroutable, ...MESSAGES).en} that matched no binding.`,
            `${labelOf(run, worst[0])} відкинув повідомлення, що не збіглися з жодною привʼязкою: ${countOf(worst[1].unroutable, ...MESSAGES).uk}.`,
          )
        : undefined,
  };
}

/** The largest total lag a topic reached during the run (records written, not yet committed). */
export function peakLag(run: CheckedRun): Measure {
  let best: Measure = { value: 0 };
  for (const [id, t] of ownEntries(run.summary.topics)) {
    const peak = own(run.summary.nodes, id)?.backlog.max ?? 0;
    if (peak <= best.value) continue;
    const rebalances = sum(ownValues(t.rebalances));
    const used = t.records.filter((r) => r > 0).length;
    best = {
      value: peak,
      reason:
        used < t.partitions
          ? L(
              `Records filled only ${used} of the ${t.partitions} partitions of ${labelOf(run, id)}: too few keys, so few instances can work.`,
              `Записи заповнили лише ${used} з ${t.partitions} партицій ${labelOf(run, id)}: ключів замало, тож працювати можуть небагато екземплярів.`,
            )
          : rebalances > 0
            ? L(
                `The lag of ${labelOf(run, id)} peaked at ${countOf(peak, ...RECORDS).en}; the group rebalanced ${countOf(rebalances, ['time', 'times'], ['раз', 'рази', 'разів']).en}.`,
                `Відставання ${labelOf(run, id)} сягнуло максимуму: ${countOf(peak, ...RECORDS).uk}; перебалансувань групи — ${rebalances}.`,
              )
            : undefined,
    };
  }
  return best;
}

/**
 * Members of a consumer's groups beyond the partitions they share: they get no partition and
 * idle. A group's members are the instances of every consumer wired from the topic under its name.
 */
export function idleInstances(consumerId: string) {
  return (run: CheckedRun): Measure => {
    if (!run.doc.nodes.some((n) => n.id === consumerId)) return removed(consumerId);
    const kindOf = (id: string) => run.doc.nodes.find((n) => n.id === id)?.kind;
    const groupOf = (e: { props: { consumerGroup?: unknown } }) => String(e.props.consumerGroup ?? 'group-1');
    let worst: Measure = { value: 0 };
    for (const wire of run.doc.edges) {
      if (wire.target !== consumerId || kindOf(wire.source) !== 'topic') continue;
      const group = groupOf(wire);
      const members = sum(
        run.doc.edges
          .filter((e) => e.source === wire.source && groupOf(e) === group)
          .map((e) => (kindOf(e.target) === 'service' ? instancesIn(run, e.target) : 1)),
      );
      const partitions = own(run.summary.topics, wire.source)?.partitions ?? 0;
      const idle = members - partitions;
      if (idle <= worst.value) continue;
      worst = {
        value: idle,
        reason: L(
          `The group ${group} has ${members} members for the ${partitions} partitions of ${labelOf(run, wire.source)}.`,
          `Група ${group}: учасників — ${members}, партицій у ${labelOf(run, wire.source)} — ${partitions}.`,
        ),
      };
    }
    return worst;
  };
}

/**
 * Ways a consumer can get one key's messages out of order: a topic it reads that takes records
 * without a key (spread over its partitions), or a queue it shares among competing instances.
 */
export function keyOrderBreaks(consumerId: string) {
  return (run: CheckedRun): Measure => {
    if (!run.doc.nodes.some((n) => n.id === consumerId)) return removed(consumerId);
    const label = labelOf(run, consumerId);
    const reasons: Text[] = [];
    for (const t of sourcesOf(run, consumerId, ['topic'])) {
      const partitions = own(run.summary.topics, t)?.partitions ?? 1;
      const keyless = run.doc.edges.filter(
        (e) => e.target === t && (e.props.keyCount ?? 100) === 0 && partitions > 1,
      ).length;
      if (keyless > 0) {
        reasons.push(
          L(
            `Records reach ${labelOf(run, t)} without a key, so one customer’s records spread over its partitions.`,
            `Записи надходять у ${labelOf(run, t)} без ключа, тож записи одного клієнта розходяться по різних партиціях.`,
          ),
        );
      }
    }
    for (const q of sourcesOf(run, consumerId, ['queue'])) {
      const competing =
        instancesIn(run, consumerId) > 1 || targetsOf(run, q, ['service', 'batch']).length > 1;
      if (competing) {
        reasons.push(
          L(
            `${label} takes ${labelOf(run, q)} with competing instances: each takes the next message, whatever its key.`,
            `${label} бере ${labelOf(run, q)} конкурентними екземплярами: кожен бере наступне повідомлення, хоч який у нього ключ.`,
          ),
        );
      }
    }
    return { value: reasons.length, reason: reasons[0] };
  };
}

/** Why a subscriber refused events (503): a backlog that filled up, or a stop in the middle of one. */
function refusalReason(run: CheckedRun, id: string): Text {
  const label = labelOf(run, id);
  const limit = Number(run.doc.nodes.find((n) => n.id === id)?.props.backlogLimit ?? 100);
  return (own(run.summary.nodes, id)?.backlog.max ?? 0) >= limit
    ? L(
        `${label} refused events (503): its backlog of ${limit} was full when the kept events arrived all at once.`,
        `${label} відхиляв події (503): його черга запитів на ${limit} була повна, коли збережені події надійшли всі разом.`,
      )
    : L(
        `${label} lost the events it was handling when it was stopped (503): nothing delivered them again.`,
        `${label} втратив події, які обробляв у момент зупинки (503): ніхто не доставив їх знову.`,
      );
}

/**
 * Events lost on the way to subscribers: missed by an event bus while a subscriber was down,
 * refused by a subscribing service, dropped by a queue or lost on a wire.
 */
export function eventsLost(run: CheckedRun): Measure {
  const missed = sum(ownValues(run.summary.eventBuses).flatMap((b) => ownValues(b.missed)));
  const subscribers = [
    ...new Set(ownKeys(run.summary.eventBuses).flatMap((bus) => targetsOf(run, bus, ['service']))),
  ];
  const refused = sum(subscribers.map((id) => own(run.summary.nodes, id)?.errors['503'] ?? 0));
  const lost = messagesLost(run);
  const worstRefusal = subscribers.sort(
    (a, b) =>
      (own(run.summary.nodes, b)?.errors['503'] ?? 0) - (own(run.summary.nodes, a)?.errors['503'] ?? 0),
  )[0];
  return {
    value: missed + refused + lost.value,
    reason:
      missed > 0
        ? L(
            `Published while a subscriber was down, and not kept by the bus: ${countOf(missed, ...EVENTS).en}.`,
            `Шина не зберегла події, опубліковані, поки підписник не працював: ${countOf(missed, ...EVENTS).uk}.`,
          )
        : refused > 0 && worstRefusal
          ? refusalReason(run, worstRefusal)
          : lost.reason,
  };
}

/** Events not yet handled at the end: kept by a durable bus, or waiting in a queue or at a subscriber. */
export function eventsWaitingAtEnd(run: CheckedRun): Measure {
  const kept = sum(ownValues(run.summary.eventBuses).map((b) => b.waiting));
  const subscribers = [
    ...new Set(ownKeys(run.summary.eventBuses).flatMap((bus) => targetsOf(run, bus, ['service']))),
  ];
  const atSubscribers = sum(subscribers.map((id) => own(run.summary.nodes, id)?.inFlight ?? 0));
  const queued = backlogAtEnd(run);
  return {
    value: kept + atSubscribers + queued.value,
    reason:
      kept > 0
        ? L(
            `The bus still keeps ${countOf(kept, ...EVENTS).en} for a subscriber that is down.`,
            `Шина ще зберігає для підписника, що не працює: ${countOf(kept, ...EVENTS).uk}.`,
          )
        : queued.reason,
  };
}

/** Work lost for good: requests of clients that ended in an error, and messages dropped by queues or lost on wires. */
export function requestsLost(run: CheckedRun): Measure {
  const failed = clientErrors(run);
  const dropped = messagesLost(run);
  return { value: failed.value + dropped.value, reason: failed.value > 0 ? failed.reason : dropped.reason };
}

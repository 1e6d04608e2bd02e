import { choice, flag, L, num, opt, type PropSpec, text } from '../props';
import type { EdgeKind, Localized, NodeKind } from '../types';

/** An edge property, optionally only for edges from or to certain kinds. */
export type EdgePropSpec = PropSpec & { from?: readonly NodeKind[]; to?: readonly NodeKind[] };

export interface EdgeKindSpec {
  kind: EdgeKind;
  /** What the wire means, shown on hover and in the inspector. */
  meaning: Localized;
  props: readonly EdgePropSpec[];
}

const latency = num(
  'latencyMs',
  L('Network latency', 'Мережева затримка'),
  L('One-way time on this wire.', 'Час в один бік цим зʼєднанням.'),
  {
    default: 2,
    min: 0,
    max: 60_000,
    unit: 'ms',
  },
);

const route: EdgePropSpec = {
  ...text(
    'route',
    L('Route path prefix', 'Префікс шляху маршруту'),
    L(
      'Requests whose path starts with this go down this wire; empty takes every path.',
      'Запити, шлях яких починається з цього, йдуть цим зʼєднанням; порожнє приймає всі шляхи.',
    ),
    '',
    {
      maxLength: 100,
      placeholder: '/orders',
    },
  ),
  from: ['gateway'],
};

const callProps: EdgePropSpec[] = [
  route,
  choice(
    'protocol',
    L('Protocol', 'Протокол'),
    L(
      'REST over HTTP/JSON, gRPC (binary, faster to encode) or GraphQL (one query, heavier to resolve).',
      'REST через HTTP/JSON, gRPC (бінарний, швидше кодування) або GraphQL (один запит, важчий у обробці).',
    ),
    [opt('rest', 'REST', 'REST'), opt('grpc', 'gRPC', 'gRPC'), opt('graphql', 'GraphQL', 'GraphQL')],
    'rest',
  ),
  latency,
  num(
    'timeoutMs',
    L('Timeout', 'Тайм-аут'),
    L(
      'Give up waiting after this; 0 waits for ever.',
      'Припинити чекати після цього; 0 чекає без обмеження.',
    ),
    {
      default: 0,
      min: 0,
      max: 600_000,
      unit: 'ms',
    },
  ),
  num(
    'retries',
    L('Retries', 'Повтори'),
    L('Extra attempts after a failure or timeout.', 'Додаткові спроби після збою чи тайм-ауту.'),
    {
      default: 0,
      min: 0,
      max: 10,
      integer: true,
      unit: 'count',
    },
  ),
  num(
    'backoffMs',
    L('Backoff', 'Затримка повтору'),
    L(
      'Wait before the first retry; each next one doubles.',
      'Очікування перед першим повтором; кожне наступне подвоюється.',
    ),
    {
      default: 100,
      min: 0,
      max: 600_000,
      unit: 'ms',
      visibleWhen: { key: 'retries', oneOf: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    },
  ),
  flag(
    'jitter',
    L('Jitter', 'Розкид'),
    L(
      'Randomise each backoff so retries do not arrive in waves.',
      'Випадково змінювати затримку, щоб повтори не йшли хвилями.',
    ),
    true,
    {
      visibleWhen: { key: 'retries', oneOf: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    },
  ),
  flag(
    'retryBudget',
    L('Retry budget', 'Бюджет повторів'),
    L(
      'Cap retries at a share of requests, so a failing service is not flooded.',
      'Обмежити повтори часткою запитів, щоб не завалити сервіс, що збоїть.',
    ),
    false,
    {
      visibleWhen: { key: 'retries', oneOf: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    },
  ),
  num(
    'retryBudgetPct',
    L('Budget', 'Бюджет'),
    L('Retries allowed, as a share of first attempts.', 'Дозволені повтори як частка перших спроб.'),
    {
      default: 10,
      min: 0,
      max: 100,
      unit: 'percent',
      visibleWhen: { key: 'retryBudget', oneOf: [true] },
    },
  ),
  flag(
    'breaker',
    L('Circuit breaker', 'Запобіжник'),
    L(
      'After repeated failures stop calling for a while, then probe.',
      'Після низки збоїв припинити виклики на час, потім перевірити.',
    ),
    false,
  ),
  num(
    'breakerThreshold',
    L('Opens after', 'Спрацьовує після'),
    L('Consecutive failures that open the breaker.', 'Поспіль збоїв, після яких запобіжник розмикається.'),
    {
      default: 5,
      min: 1,
      max: 1000,
      integer: true,
      unit: 'count',
      visibleWhen: { key: 'breaker', oneOf: [true] },
    },
  ),
  num(
    'breakerCooldownMs',
    L('Cool-down', 'Охолодження'),
    L(
      'Time open before probe requests are let through (half-open).',
      'Час у розімкненому стані до пробних запитів (напіврозімкнений).',
    ),
    {
      default: 5000,
      min: 10,
      max: 600_000,
      unit: 'ms',
      visibleWhen: { key: 'breaker', oneOf: [true] },
    },
  ),
];

const publishProps: EdgePropSpec[] = [
  route,
  latency,
  {
    ...text(
      'routingKeys',
      L('Routing keys', 'Ключі маршрутизації'),
      L(
        'Weighted list, e.g. "order.created:3, order.cancelled:1". For a headers exchange, headers such as "format=pdf; type=report".',
        'Зважений список, напр. "order.created:3, order.cancelled:1". Для обмінника headers — заголовки, напр. "format=pdf; type=report".',
      ),
      'order.created',
      {
        maxLength: 500,
        placeholder: 'order.created:3, order.cancelled:1',
      },
    ),
    to: ['exchange'],
  },
  {
    ...num(
      'keyCount',
      L('Distinct keys', 'Різних ключів'),
      L(
        'Records carry one of this many keys (e.g. customer ids); 0 sends records without a key.',
        'Записи мають один із стількох ключів (напр. id клієнта); 0 — записи без ключа.',
      ),
      {
        default: 100,
        min: 0,
        max: 1_000_000,
        integer: true,
        unit: 'count',
      },
    ),
    to: ['topic'],
  },
];

const consumeProps: EdgePropSpec[] = [
  latency,
  {
    ...num(
      'prefetch',
      L('Prefetch', 'Prefetch'),
      L(
        'Unacknowledged messages each consumer instance may hold.',
        'Скільки непідтверджених повідомлень може мати кожен екземпляр споживача.',
      ),
      {
        default: 10,
        min: 1,
        max: 10_000,
        integer: true,
        unit: 'count',
      },
    ),
    from: ['queue'],
  },
  {
    ...text(
      'consumerGroup',
      L('Consumer group', 'Група споживачів'),
      L(
        'Instances in one group share the partitions; every group reads every record.',
        'Екземпляри однієї групи ділять партиції; кожна група читає всі записи.',
      ),
      'group-1',
      {
        maxLength: 60,
      },
    ),
    from: ['topic'],
  },
  {
    ...choice(
      'assignor',
      L('Partition assignor', 'Розподіл партицій'),
      L(
        'Range gives each instance a contiguous block; round robin deals partitions one by one.',
        'Range дає кожному екземпляру суцільний блок; round robin роздає партиції по одній.',
      ),
      [opt('range', 'Range', 'Range'), opt('roundRobin', 'Round robin', 'Round robin')],
      'range',
    ),
    from: ['topic'],
  },
];

/** Every edge kind, its meaning and its properties. */
export const EDGE_CATALOGUE: { readonly [K in EdgeKind]: EdgeKindSpec } = {
  call: { kind: 'call', meaning: L('Request and response', 'Запит і відповідь'), props: callProps },
  poll: { kind: 'poll', meaning: L('Polls for changes', 'Опитує про зміни'), props: [latency] },
  publish: {
    kind: 'publish',
    meaning: L('Publishes messages', 'Публікує повідомлення'),
    props: publishProps,
  },
  consume: {
    kind: 'consume',
    meaning: L('Delivers to a consumer', 'Доставляє споживачу'),
    props: consumeProps,
  },
  bind: {
    kind: 'bind',
    meaning: L(
      'Binding: routes matching messages to the queue',
      'Привʼязка: спрямовує відповідні повідомлення в чергу',
    ),
    props: [
      text(
        'bindingKey',
        L('Binding key', 'Ключ привʼязки'),
        L(
          'Direct: the exact routing key. Topic: a pattern where * is one word and # is zero or more. Headers: "x-match=all; format=pdf".',
          'Direct: точний ключ. Topic: шаблон, де * — одне слово, а # — нуль або більше. Headers: "x-match=all; format=pdf".',
        ),
        'order.*',
        {
          maxLength: 255,
          placeholder: 'order.*',
        },
      ),
    ],
  },
  alternate: {
    kind: 'alternate',
    meaning: L('Alternate exchange for unroutable messages', 'Альтернативний обмінник для немаршрутизованих'),
    props: [],
  },
  deadLetter: {
    kind: 'deadLetter',
    meaning: L('Dead-letter queue', 'Черга недоставлених повідомлень'),
    props: [],
  },
  webhook: {
    kind: 'webhook',
    meaning: L('Delivers webhooks', 'Доставляє вебхуки'),
    props: [
      latency,
      flag(
        'verifySignature',
        L('Verify signature', 'Перевіряти підпис'),
        L(
          'Reject deliveries whose signature over body and timestamp is wrong.',
          'Відхиляти доставки з хибним підписом тіла й мітки часу.',
        ),
        true,
      ),
      num(
        'toleranceS',
        L('Timestamp tolerance', 'Допуск мітки часу'),
        L(
          'Reject deliveries signed longer ago than this (replays).',
          'Відхиляти доставки, підписані давніше (повторне відтворення).',
        ),
        {
          default: 300,
          min: 1,
          max: 86_400,
          unit: 's',
          visibleWhen: { key: 'verifySignature', oneOf: [true] },
        },
      ),
    ],
  },
  subscribe: {
    kind: 'subscribe',
    meaning: L('Subscription: gets a copy of every event', 'Підписка: отримує копію кожної події'),
    props: [latency],
  },
  read: {
    kind: 'read',
    meaning: L('Source connector reads changes', 'Source-конектор читає зміни'),
    props: [latency],
  },
  write: {
    kind: 'write',
    meaning: L('Sink connector writes records', 'Sink-конектор записує дані'),
    props: [latency],
  },
};

/** The properties an edge of this kind between these node kinds has. */
export function edgePropSpecs(kind: EdgeKind, from: NodeKind, to: NodeKind): EdgePropSpec[] {
  return EDGE_CATALOGUE[kind].props.filter(
    (p) => (!p.from || p.from.includes(from)) && (!p.to || p.to.includes(to)),
  );
}

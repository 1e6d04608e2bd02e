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

const latency = num('latencyMs', L('Network latency'), {
  default: 2,
  min: 0,
  max: 60_000,
  unit: 'ms',
});

const route: EdgePropSpec = {
  ...text('route', L('Route path prefix'), '', {
    maxLength: 100,
    placeholder: '/orders',
  }),
  from: ['gateway'],
};

const callProps: EdgePropSpec[] = [
  route,
  choice(
    'protocol',
    L('Protocol'),
    [opt('rest', 'REST'), opt('grpc', 'gRPC'), opt('graphql', 'GraphQL')],
    'rest',
  ),
  latency,
  num('timeoutMs', L('Timeout'), {
    default: 0,
    min: 0,
    max: 600_000,
    unit: 'ms',
  }),
  num('retries', L('Retries'), {
    default: 0,
    min: 0,
    max: 10,
    integer: true,
    unit: 'count',
  }),
  num('backoffMs', L('Backoff'), {
    default: 100,
    min: 0,
    max: 600_000,
    unit: 'ms',
    visibleWhen: { key: 'retries', oneOf: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
  }),
  flag('jitter', L('Jitter'), true, {
    visibleWhen: { key: 'retries', oneOf: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
  }),
  flag('retryBudget', L('Retry budget'), false, {
    visibleWhen: { key: 'retries', oneOf: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
  }),
  num('retryBudgetPct', L('Budget'), {
    default: 10,
    min: 0,
    max: 100,
    unit: 'percent',
    visibleWhen: { key: 'retryBudget', oneOf: [true] },
  }),
  flag('breaker', L('Circuit breaker'), false),
  num('breakerThreshold', L('Opens after'), {
    default: 5,
    min: 1,
    max: 1000,
    integer: true,
    unit: 'count',
    visibleWhen: { key: 'breaker', oneOf: [true] },
  }),
  num('breakerCooldownMs', L('Cool-down'), {
    default: 5000,
    min: 10,
    max: 600_000,
    unit: 'ms',
    visibleWhen: { key: 'breaker', oneOf: [true] },
  }),
];

const publishProps: EdgePropSpec[] = [
  route,
  latency,
  {
    ...text('routingKeys', L('Routing keys'), 'order.created', {
      maxLength: 500,
      placeholder: 'order.created:3, order.cancelled:1',
    }),
    to: ['exchange'],
  },
  {
    ...num('keyCount', L('Distinct keys'), {
      default: 100,
      min: 0,
      max: 1_000_000,
      integer: true,
      unit: 'count',
    }),
    to: ['topic'],
  },
];

const consumeProps: EdgePropSpec[] = [
  latency,
  {
    ...num('prefetch', L('Prefetch'), {
      default: 10,
      min: 1,
      max: 10_000,
      integer: true,
      unit: 'count',
    }),
    from: ['queue'],
  },
  {
    ...text('consumerGroup', L('Consumer group'), 'group-1', {
      maxLength: 60,
    }),
    from: ['topic'],
  },
  {
    ...choice(
      'assignor',
      L('Partition assignor'),
      [opt('range', 'Range'), opt('roundRobin', 'Round robin')],
      'range',
    ),
    from: ['topic'],
  },
];

/** Every edge kind, its meaning and its properties. */
export const EDGE_CATALOGUE: { readonly [K in EdgeKind]: EdgeKindSpec } = {
  call: { kind: 'call', meaning: L('Request and response'), props: callProps },
  poll: { kind: 'poll', meaning: L('Polls for changes'), props: [latency] },
  publish: {
    kind: 'publish',
    meaning: L('Publishes messages'),
    props: publishProps,
  },
  consume: {
    kind: 'consume',
    meaning: L('Delivers to a consumer'),
    props: consumeProps,
  },
  bind: {
    kind: 'bind',
    meaning: L('Binding: routes matching messages to the queue'),
    props: [
      text('bindingKey', L('Binding key'), 'order.*', {
        maxLength: 255,
        placeholder: 'order.*',
      }),
    ],
  },
  alternate: {
    kind: 'alternate',
    meaning: L('Alternate exchange for unroutable messages'),
    props: [],
  },
  deadLetter: {
    kind: 'deadLetter',
    meaning: L('Dead-letter queue'),
    props: [],
  },
  webhook: {
    kind: 'webhook',
    meaning: L('Delivers webhooks'),
    props: [
      latency,
      flag('verifySignature', L('Verify signature'), true),
      num('toleranceS', L('Timestamp tolerance'), {
        default: 300,
        min: 1,
        max: 86_400,
        unit: 's',
        visibleWhen: { key: 'verifySignature', oneOf: [true] },
      }),
    ],
  },
  subscribe: {
    kind: 'subscribe',
    meaning: L('Subscription: gets a copy of every event'),
    props: [latency],
  },
  read: {
    kind: 'read',
    meaning: L('Source connector reads changes'),
    props: [latency],
  },
  write: {
    kind: 'write',
    meaning: L('Sink connector writes records'),
    props: [latency],
  },
};

/** The properties an edge of this kind between these node kinds has. */
export function edgePropSpecs(kind: EdgeKind, from: NodeKind, to: NodeKind): EdgePropSpec[] {
  return EDGE_CATALOGUE[kind].props.filter(
    (p) => (!p.from || p.from.includes(from)) && (!p.to || p.to.includes(to)),
  );
}

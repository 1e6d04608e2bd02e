import { choice, flag, L, num, opt, text } from '../props';
import type { KindSpec } from './kindSpec';

const up = flag('up', L('Up'), L('Whether it is running. A stopped component answers nothing.'), true);

export const client: KindSpec = {
  kind: 'client',
  group: 'clients',
  icon: 'client',
  color: '#2563eb',
  name: L('Client'),
  description: L(
    'A traffic source: a web or mobile app calling APIs synchronously, asynchronously or by polling.',
  ),
  props: [
    choice(
      'mode',
      L('Mode'),
      L(
        'Sync waits for each response; async gets 202 at once and the result later by callback; polling asks a provider every interval.',
      ),
      [opt('sync', 'Synchronous'), opt('async', 'Asynchronous'), opt('polling', 'Polling')],
      'sync',
    ),
    num('rate', L('Request rate'), L('Requests started per second.'), {
      default: 5,
      min: 0.01,
      max: 5000,
      unit: 'perSecond',
      visibleWhen: { key: 'mode', oneOf: ['sync', 'async'] },
    }),
    choice(
      'arrivals',
      L('Arrivals'),
      L('Constant spacing, or random (Poisson) like real independent users.'),
      [opt('constant', 'Evenly spaced'), opt('poisson', 'Poisson (random)')],
      'poisson',
      { visibleWhen: { key: 'mode', oneOf: ['sync', 'async'] } },
    ),
    num('users', L('Virtual users'), L('Each user waits for its response before sending the next request.'), {
      default: 1,
      min: 1,
      max: 1000,
      integer: true,
      unit: 'count',
      visibleWhen: { key: 'mode', oneOf: ['sync'] },
    }),
    text(
      'paths',
      L('Request paths'),
      L('Weighted list of paths, e.g. "/orders:3, /users:1". A gateway routes by path prefix.'),
      '/orders',
      {
        placeholder: '/orders:3, /users:1',
        visibleWhen: { key: 'mode', oneOf: ['sync', 'async'] },
      },
    ),
    num('payloadKb', L('Payload size'), L('Size of each request body.'), {
      default: 1,
      min: 0.01,
      max: 10000,
      unit: 'kb',
    }),
    flag(
      'honourRetryAfter',
      L('Honour Retry-After'),
      L('A well-behaved client waits as told after a 429 before trying again.'),
      true,
    ),
    num('pollIntervalMs', L('Poll interval'), L('Time between polls.'), {
      default: 5000,
      min: 100,
      max: 3_600_000,
      unit: 'ms',
      visibleWhen: { key: 'mode', oneOf: ['polling'] },
    }),
    num(
      'pollJitterPct',
      L('Poll jitter'),
      L('Random spread added to each interval so clients do not poll in lockstep.'),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
        visibleWhen: { key: 'mode', oneOf: ['polling'] },
      },
    ),
    flag(
      'conditional',
      L('Conditional requests'),
      L('Send If-None-Match; an unchanged resource answers 304 with no body.'),
      true,
      {
        visibleWhen: { key: 'mode', oneOf: ['polling'] },
      },
    ),
    flag(
      'longPoll',
      L('Long polling'),
      L('The provider holds each poll open until a change happens or the timeout passes.'),
      false,
      {
        visibleWhen: { key: 'mode', oneOf: ['polling'] },
      },
    ),
    num(
      'longPollTimeoutMs',
      L('Long-poll timeout'),
      L('How long the provider holds a long poll with no change.'),
      {
        default: 30_000,
        min: 100,
        max: 600_000,
        unit: 'ms',
        visibleWhen: { key: 'longPoll', oneOf: [true] },
      },
    ),
  ],
};

export const provider: KindSpec = {
  kind: 'provider',
  group: 'clients',
  icon: 'provider',
  color: '#7c3aed',
  name: L('Third-party provider'),
  description: L(
    'An external system (payments, CRM) whose data changes; it delivers webhooks and can be polled.',
  ),
  props: [
    num('changeRate', L('Change rate'), L('Changes per second, at random (Poisson) times.'), {
      default: 0.1,
      min: 0.001,
      max: 1000,
      unit: 'perSecond',
    }),
    num('responseTimeMs', L('Response time'), L('How long it takes to answer a poll.'), {
      default: 50,
      min: 0,
      max: 60_000,
      unit: 'ms',
    }),
    num(
      'webhookTimeoutMs',
      L('Webhook timeout'),
      L('A delivery not acknowledged in this time counts as failed and is retried.'),
      {
        default: 5000,
        min: 10,
        max: 120_000,
        unit: 'ms',
      },
    ),
    num(
      'webhookMaxAttempts',
      L('Delivery attempts'),
      L('Attempts per event before giving up, with exponential backoff and jitter.'),
      {
        default: 6,
        min: 1,
        max: 30,
        integer: true,
        unit: 'count',
      },
    ),
    num(
      'webhookBackoffMs',
      L('First retry after'),
      L('Delay before the first retry; each next one doubles.'),
      {
        default: 1000,
        min: 10,
        max: 3_600_000,
        unit: 'ms',
      },
    ),
    num(
      'disableAfterMs',
      L('Disable endpoint after'),
      L('An endpoint failing for this long is disabled; later changes are counted as missed.'),
      {
        default: 600_000,
        min: 1000,
        max: 86_400_000,
        unit: 'ms',
      },
    ),
    num(
      'duplicatePct',
      L('Duplicate deliveries'),
      L('Share of events delivered twice (at-least-once delivery).'),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
      },
    ),
    num(
      'forgedPct',
      L('Forged deliveries'),
      L('Share of extra deliveries with a bad signature, injected by an attacker.'),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
      },
    ),
    num(
      'replayedPct',
      L('Replayed deliveries'),
      L('Share of old deliveries replayed with a stale timestamp.'),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
      },
    ),
    up,
  ],
};

export const service: KindSpec = {
  kind: 'service',
  group: 'services',
  icon: 'service',
  color: '#059669',
  name: L('Service'),
  description: L(
    'A microservice with parallel instances; it handles requests, calls downstream and publishes events.',
  ),
  props: [
    num('instances', L('Instances'), L('Parallel workers; each handles one request at a time.'), {
      default: 1,
      min: 1,
      max: 64,
      integer: true,
      unit: 'count',
    }),
    choice(
      'serviceTime',
      L('Service time'),
      L('How handling time varies: constant, exponential (memoryless) or lognormal (long tail).'),
      [opt('constant', 'Constant'), opt('exponential', 'Exponential'), opt('lognormal', 'Lognormal')],
      'exponential',
    ),
    num('serviceTimeMs', L('Mean service time'), L('Mean time one instance spends on a request.'), {
      default: 100,
      min: 0.1,
      max: 600_000,
      unit: 'ms',
    }),
    num(
      'p99Ms',
      L('p99 service time'),
      L('99th percentile of the lognormal distribution; must exceed the mean.'),
      {
        default: 400,
        min: 0.2,
        max: 3_600_000,
        unit: 'ms',
        visibleWhen: { key: 'serviceTime', oneOf: ['lognormal'] },
      },
    ),
    num('backlogLimit', L('Backlog limit'), L('Requests waiting beyond this are refused with 503.'), {
      default: 100,
      min: 0,
      max: 100_000,
      integer: true,
      unit: 'count',
    }),
    num('errorRatePct', L('Error rate'), L('Share of requests that fail with 500.'), {
      default: 0,
      min: 0,
      max: 100,
      unit: 'percent',
    }),
    choice(
      'downstream',
      L('Downstream calls'),
      L('Call the services it is wired to one after another, or all at once.'),
      [opt('sequential', 'In sequence'), opt('parallel', 'In parallel')],
      'sequential',
    ),
    flag(
      'idempotent',
      L('Idempotent receiver'),
      L('Remembers event ids and drops duplicates, so each event is processed once.'),
      false,
    ),
    up,
  ],
};

export const gateway: KindSpec = {
  kind: 'gateway',
  group: 'services',
  icon: 'gateway',
  color: '#d97706',
  name: L('API Gateway'),
  description: L(
    'One entry point: authenticates, rate-limits, routes by path, aggregates and translates protocols.',
  ),
  props: [
    num('overheadMs', L('Overhead'), L('Time the gateway adds to every request.'), {
      default: 2,
      min: 0,
      max: 10_000,
      unit: 'ms',
    }),
    flag(
      'auth',
      L('Authentication'),
      L('Check each token; bad tokens get 401 and never reach a service.'),
      true,
    ),
    num(
      'unauthenticatedPct',
      L('Requests without a valid token'),
      L('Share of traffic answered 401 at the gateway.'),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
        visibleWhen: { key: 'auth', oneOf: [true] },
      },
    ),
    num('forbiddenPct', L('Requests not authorized'), L('Share of authenticated traffic answered 403.'), {
      default: 0,
      min: 0,
      max: 100,
      unit: 'percent',
      visibleWhen: { key: 'auth', oneOf: [true] },
    }),
    flag(
      'rateLimit',
      L('Rate limiting'),
      L('A token bucket per client; over the limit answers 429 with Retry-After.'),
      false,
    ),
    num('rateLimitRps', L('Limit'), L('Tokens added per second for each client.'), {
      default: 10,
      min: 0.1,
      max: 100_000,
      unit: 'perSecond',
      visibleWhen: { key: 'rateLimit', oneOf: [true] },
    }),
    num('rateLimitBurst', L('Burst'), L('Bucket size: how many requests may pass at once.'), {
      default: 5,
      min: 1,
      max: 100_000,
      integer: true,
      unit: 'count',
      visibleWhen: { key: 'rateLimit', oneOf: [true] },
    }),
    flag(
      'aggregate',
      L('Aggregation'),
      L('Fan each request out to every matching route in parallel and merge the answers.'),
      false,
    ),
    num(
      'aggregateDeadlineMs',
      L('Aggregation deadline'),
      L('After this, answer with what has arrived (a partial response).'),
      {
        default: 1000,
        min: 1,
        max: 600_000,
        unit: 'ms',
        visibleWhen: { key: 'aggregate', oneOf: [true] },
      },
    ),
  ],
};

export const loadBalancer: KindSpec = {
  kind: 'loadBalancer',
  group: 'services',
  icon: 'loadBalancer',
  color: '#0891b2',
  name: L('Load balancer'),
  description: L('Spreads requests over the targets it is wired to and skips unhealthy ones.'),
  props: [
    choice(
      'algorithm',
      L('Algorithm'),
      L('How the next target is chosen.'),
      [
        opt('roundRobin', 'Round robin'),
        opt('leastConnections', 'Least connections'),
        opt('random', 'Random'),
        opt('p2c', 'Power of two choices'),
      ],
      'roundRobin',
    ),
    num(
      'healthCheckIntervalMs',
      L('Health-check interval'),
      L('A target that went down is noticed at the next check.'),
      {
        default: 5000,
        min: 100,
        max: 600_000,
        unit: 'ms',
      },
    ),
    num('overheadMs', L('Overhead'), L('Time added to every request.'), {
      default: 1,
      min: 0,
      max: 10_000,
      unit: 'ms',
    }),
  ],
};

export const database: KindSpec = {
  kind: 'database',
  group: 'services',
  icon: 'database',
  color: '#475569',
  name: L('Database'),
  description: L('Stores data; reads and writes take time and share a limited connection pool.'),
  props: [
    num('readMs', L('Read latency'), L('Mean time of a read query.'), {
      default: 5,
      min: 0.1,
      max: 600_000,
      unit: 'ms',
    }),
    num('writeMs', L('Write latency'), L('Mean time of a write.'), {
      default: 20,
      min: 0.1,
      max: 600_000,
      unit: 'ms',
    }),
    num('writePct', L('Writes'), L('Share of queries that are writes.'), {
      default: 20,
      min: 0,
      max: 100,
      unit: 'percent',
    }),
    num('poolSize', L('Connection pool'), L('Queries running at once; others wait for a connection.'), {
      default: 10,
      min: 1,
      max: 10_000,
      integer: true,
      unit: 'count',
    }),
    up,
  ],
};

export const batch: KindSpec = {
  kind: 'batch',
  group: 'services',
  icon: 'batch',
  color: '#be185d',
  name: L('Batch processor'),
  description: L('Collects items and sends them on as one batch when it is full or its window ends.'),
  props: [
    num('batchSize', L('Batch size'), L('Send when this many items are collected.'), {
      default: 10,
      min: 1,
      max: 100_000,
      integer: true,
      unit: 'count',
    }),
    num(
      'windowMs',
      L('Window'),
      L('Send what has been collected when this time has passed since the first item.'),
      {
        default: 1000,
        min: 1,
        max: 3_600_000,
        unit: 'ms',
      },
    ),
  ],
};

import { choice, flag, L, LATER, num, opt, text } from '../props';
import type { KindSpec } from './kindSpec';

const up = flag('up', L('Up'), true);

export const client: KindSpec = {
  kind: 'client',
  group: 'clients',
  icon: 'client',
  color: '#2563eb',
  description: LATER,
  name: L('Client'),
  props: [
    choice(
      'mode',
      L('Mode'),
      [opt('sync', 'Synchronous'), opt('async', 'Asynchronous'), opt('polling', 'Polling')],
      'sync',
    ),
    num('rate', L('Request rate'), {
      default: 5,
      min: 0.01,
      max: 5000,
      unit: 'perSecond',
      visibleWhen: { key: 'mode', oneOf: ['sync', 'async'] },
    }),
    choice(
      'arrivals',
      L('Arrivals'),
      [opt('constant', 'Evenly spaced'), opt('poisson', 'Poisson (random)')],
      'poisson',
      { visibleWhen: { key: 'mode', oneOf: ['sync', 'async'] } },
    ),
    num('users', L('Virtual users'), {
      default: 1,
      min: 1,
      max: 1000,
      integer: true,
      unit: 'count',
      visibleWhen: { key: 'mode', oneOf: ['sync'] },
    }),
    text('paths', L('Request paths'), '/orders', {
      placeholder: '/orders:3, /users:1',
      visibleWhen: { key: 'mode', oneOf: ['sync', 'async'] },
    }),
    num('payloadKb', L('Payload size'), {
      default: 1,
      min: 0.01,
      max: 10000,
      unit: 'kb',
    }),
    flag('honourRetryAfter', L('Honour Retry-After'), true),
    num('pollIntervalMs', L('Poll interval'), {
      default: 5000,
      min: 100,
      max: 3_600_000,
      unit: 'ms',
      visibleWhen: { key: 'mode', oneOf: ['polling'] },
    }),
    num('pollJitterPct', L('Poll jitter'), {
      default: 0,
      min: 0,
      max: 100,
      unit: 'percent',
      visibleWhen: { key: 'mode', oneOf: ['polling'] },
    }),
    flag('conditional', L('Conditional requests'), true, {
      visibleWhen: { key: 'mode', oneOf: ['polling'] },
    }),
    flag('longPoll', L('Long polling'), false, {
      visibleWhen: { key: 'mode', oneOf: ['polling'] },
    }),
    num('longPollTimeoutMs', L('Long-poll timeout'), {
      default: 30_000,
      min: 100,
      max: 600_000,
      unit: 'ms',
      visibleWhen: { key: 'longPoll', oneOf: [true] },
    }),
  ],
};

export const provider: KindSpec = {
  kind: 'provider',
  group: 'clients',
  icon: 'provider',
  color: '#7c3aed',
  description: LATER,
  name: L('Third-party provider'),
  props: [
    num('changeRate', L('Change rate'), {
      default: 0.1,
      min: 0.001,
      max: 1000,
      unit: 'perSecond',
    }),
    num('responseTimeMs', L('Response time'), {
      default: 50,
      min: 0,
      max: 60_000,
      unit: 'ms',
    }),
    num('webhookTimeoutMs', L('Webhook timeout'), {
      default: 5000,
      min: 10,
      max: 120_000,
      unit: 'ms',
    }),
    num('webhookMaxAttempts', L('Delivery attempts'), {
      default: 6,
      min: 1,
      max: 30,
      integer: true,
      unit: 'count',
    }),
    num('webhookBackoffMs', L('First retry after'), {
      default: 1000,
      min: 10,
      max: 3_600_000,
      unit: 'ms',
    }),
    num('disableAfterMs', L('Disable endpoint after'), {
      default: 600_000,
      min: 1000,
      max: 86_400_000,
      unit: 'ms',
    }),
    num('duplicatePct', L('Duplicate deliveries'), {
      default: 0,
      min: 0,
      max: 100,
      unit: 'percent',
    }),
    num('forgedPct', L('Forged deliveries'), {
      default: 0,
      min: 0,
      max: 100,
      unit: 'percent',
    }),
    num('replayedPct', L('Replayed deliveries'), {
      default: 0,
      min: 0,
      max: 100,
      unit: 'percent',
    }),
    up,
  ],
};

export const service: KindSpec = {
  kind: 'service',
  group: 'services',
  icon: 'service',
  color: '#059669',
  description: LATER,
  name: L('Service'),
  props: [
    num('instances', L('Instances'), {
      default: 1,
      min: 1,
      max: 64,
      integer: true,
      unit: 'count',
    }),
    choice(
      'serviceTime',
      L('Service time'),
      [opt('constant', 'Constant'), opt('exponential', 'Exponential'), opt('lognormal', 'Lognormal')],
      'exponential',
    ),
    num('serviceTimeMs', L('Mean service time'), {
      default: 100,
      min: 0.1,
      max: 600_000,
      unit: 'ms',
    }),
    num('p99Ms', L('p99 service time'), {
      default: 400,
      min: 0.2,
      max: 3_600_000,
      unit: 'ms',
      visibleWhen: { key: 'serviceTime', oneOf: ['lognormal'] },
    }),
    num('backlogLimit', L('Backlog limit'), {
      default: 100,
      min: 0,
      max: 100_000,
      integer: true,
      unit: 'count',
    }),
    num('errorRatePct', L('Error rate'), {
      default: 0,
      min: 0,
      max: 100,
      unit: 'percent',
    }),
    choice(
      'downstream',
      L('Downstream calls'),
      [opt('sequential', 'In sequence'), opt('parallel', 'In parallel')],
      'sequential',
    ),
    flag('idempotent', L('Idempotent receiver'), false),
    up,
  ],
};

export const gateway: KindSpec = {
  kind: 'gateway',
  group: 'services',
  icon: 'gateway',
  color: '#d97706',
  description: LATER,
  name: L('API Gateway'),
  props: [
    num('overheadMs', L('Overhead'), {
      default: 2,
      min: 0,
      max: 10_000,
      unit: 'ms',
    }),
    flag('auth', L('Authentication'), true),
    num('unauthenticatedPct', L('Requests without a valid token'), {
      default: 0,
      min: 0,
      max: 100,
      unit: 'percent',
      visibleWhen: { key: 'auth', oneOf: [true] },
    }),
    num('forbiddenPct', L('Requests not authorized'), {
      default: 0,
      min: 0,
      max: 100,
      unit: 'percent',
      visibleWhen: { key: 'auth', oneOf: [true] },
    }),
    flag('rateLimit', L('Rate limiting'), false),
    num('rateLimitRps', L('Limit'), {
      default: 10,
      min: 0.1,
      max: 100_000,
      unit: 'perSecond',
      visibleWhen: { key: 'rateLimit', oneOf: [true] },
    }),
    num('rateLimitBurst', L('Burst'), {
      default: 5,
      min: 1,
      max: 100_000,
      integer: true,
      unit: 'count',
      visibleWhen: { key: 'rateLimit', oneOf: [true] },
    }),
    flag('aggregate', L('Aggregation'), false),
    num('aggregateDeadlineMs', L('Aggregation deadline'), {
      default: 1000,
      min: 1,
      max: 600_000,
      unit: 'ms',
      visibleWhen: { key: 'aggregate', oneOf: [true] },
    }),
  ],
};

export const loadBalancer: KindSpec = {
  kind: 'loadBalancer',
  group: 'services',
  icon: 'loadBalancer',
  color: '#0891b2',
  description: LATER,
  name: L('Load balancer'),
  props: [
    choice(
      'algorithm',
      L('Algorithm'),
      [
        opt('roundRobin', 'Round robin'),
        opt('leastConnections', 'Least connections'),
        opt('random', 'Random'),
        opt('p2c', 'Power of two choices'),
      ],
      'roundRobin',
    ),
    num('healthCheckIntervalMs', L('Health-check interval'), {
      default: 5000,
      min: 100,
      max: 600_000,
      unit: 'ms',
    }),
    num('overheadMs', L('Overhead'), {
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
  description: LATER,
  name: L('Database'),
  props: [
    num('readMs', L('Read latency'), {
      default: 5,
      min: 0.1,
      max: 600_000,
      unit: 'ms',
    }),
    num('writeMs', L('Write latency'), {
      default: 20,
      min: 0.1,
      max: 600_000,
      unit: 'ms',
    }),
    num('writePct', L('Writes'), {
      default: 20,
      min: 0,
      max: 100,
      unit: 'percent',
    }),
    num('poolSize', L('Connection pool'), {
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
  description: LATER,
  name: L('Batch processor'),
  props: [
    num('batchSize', L('Batch size'), {
      default: 10,
      min: 1,
      max: 100_000,
      integer: true,
      unit: 'count',
    }),
    num('windowMs', L('Window'), {
      default: 1000,
      min: 1,
      max: 3_600_000,
      unit: 'ms',
    }),
  ],
};

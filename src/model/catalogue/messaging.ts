import { choice, flag, L, LATER, num, opt } from '../props';
import type { KindSpec } from './kindSpec';

export const queue: KindSpec = {
  kind: 'queue',
  group: 'messaging',
  icon: 'queue',
  color: '#ea580c',
  description: LATER,
  name: L('Message queue'),
  props: [
    num('capacity', L('Capacity'), {
      default: 10_000,
      min: 1,
      max: 1_000_000,
      integer: true,
      unit: 'count',
    }),
    choice(
      'overflow',
      L('When full'),
      [opt('rejectNew', 'Reject new'), opt('dropOldest', 'Drop oldest')],
      'rejectNew',
    ),
    num('maxDeliveries', L('Max deliveries'), {
      default: 5,
      min: 1,
      max: 100,
      integer: true,
      unit: 'count',
    }),
  ],
};

export const exchange: KindSpec = {
  kind: 'exchange',
  group: 'messaging',
  icon: 'exchange',
  color: '#f97316',
  description: LATER,
  name: L('RabbitMQ exchange'),
  props: [
    choice(
      'exchangeType',
      L('Type'),
      [opt('direct', 'Direct'), opt('topic', 'Topic'), opt('fanout', 'Fanout'), opt('headers', 'Headers')],
      'topic',
    ),
  ],
};

export const eventBus: KindSpec = {
  kind: 'eventBus',
  group: 'messaging',
  icon: 'eventBus',
  color: '#ca8a04',
  description: LATER,
  name: L('Event bus'),
  props: [flag('durable', L('Durable'), false)],
};

export const topic: KindSpec = {
  kind: 'topic',
  group: 'kafka',
  icon: 'topic',
  color: '#111827',
  description: LATER,
  name: L('Kafka topic'),
  props: [
    num('partitions', L('Partitions'), {
      default: 6,
      min: 1,
      max: 128,
      integer: true,
      unit: 'count',
    }),
    num('retentionMs', L('Retention time'), {
      default: 0,
      min: 0,
      max: 31_536_000_000,
      unit: 'ms',
    }),
    num('retentionRecords', L('Retention size'), {
      default: 0,
      min: 0,
      max: 100_000_000,
      integer: true,
      unit: 'count',
    }),
    choice(
      'keylessPartitioner',
      L('Records without a key'),
      [opt('sticky', 'Sticky'), opt('roundRobin', 'Round robin')],
      'sticky',
    ),
  ],
};

export const streams: KindSpec = {
  kind: 'streams',
  group: 'kafka',
  icon: 'streams',
  color: '#4338ca',
  description: LATER,
  name: L('Kafka Streams'),
  props: [
    choice(
      'operation',
      L('Operation'),
      [opt('filter', 'Filter'), opt('map', 'Map'), opt('windowCount', 'Tumbling-window count')],
      'filter',
    ),
    num('passPct', L('Records kept'), {
      default: 50,
      min: 0,
      max: 100,
      unit: 'percent',
      visibleWhen: { key: 'operation', oneOf: ['filter'] },
    }),
    num('windowMs', L('Window'), {
      default: 10_000,
      min: 10,
      max: 86_400_000,
      unit: 'ms',
      visibleWhen: { key: 'operation', oneOf: ['windowCount'] },
    }),
    num('processingMs', L('Processing time'), {
      default: 1,
      min: 0,
      max: 60_000,
      unit: 'ms',
    }),
  ],
};

export const connect: KindSpec = {
  kind: 'connect',
  group: 'kafka',
  icon: 'connect',
  color: '#0f766e',
  description: LATER,
  name: L('Kafka Connect'),
  props: [
    choice('connectorMode', L('Connector'), [opt('source', 'Source'), opt('sink', 'Sink')], 'source'),
    num('batchSize', L('Batch size'), {
      default: 100,
      min: 1,
      max: 100_000,
      integer: true,
      unit: 'count',
    }),
    num('pollIntervalMs', L('Poll interval'), {
      default: 1000,
      min: 10,
      max: 3_600_000,
      unit: 'ms',
    }),
  ],
};

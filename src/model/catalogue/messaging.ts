import { choice, flag, L, num, opt } from '../props';
import type { KindSpec } from './kindSpec';

export const queue: KindSpec = {
  kind: 'queue',
  group: 'messaging',
  icon: 'queue',
  color: '#ea580c',
  name: L('Message queue'),
  description: L('Buffers messages in order; consumers compete for them and acknowledge each one.'),
  props: [
    num('capacity', L('Capacity'), L('Messages it can hold.'), {
      default: 10_000,
      min: 1,
      max: 1_000_000,
      integer: true,
      unit: 'count',
    }),
    choice(
      'overflow',
      L('When full'),
      L('Refuse new messages, or drop the oldest to make room.'),
      [opt('rejectNew', 'Reject new'), opt('dropOldest', 'Drop oldest')],
      'rejectNew',
    ),
    num(
      'maxDeliveries',
      L('Max deliveries'),
      L('After this many failed deliveries a message goes to the dead-letter queue.'),
      {
        default: 5,
        min: 1,
        max: 100,
        integer: true,
        unit: 'count',
      },
    ),
  ],
};

export const exchange: KindSpec = {
  kind: 'exchange',
  group: 'messaging',
  icon: 'exchange',
  color: '#f97316',
  name: L('RabbitMQ exchange'),
  description: L(
    'Routes each published message to the queues whose bindings match its routing key or headers.',
  ),
  props: [
    choice(
      'exchangeType',
      L('Type'),
      L('Direct: exact key; topic: patterns with * and #; fanout: every queue; headers: header match.'),
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
  name: L('Event bus'),
  description: L('Publish/subscribe: every subscriber gets its own copy of each event.'),
  props: [
    flag(
      'durable',
      L('Durable'),
      L('Keep events for a subscriber that is down and deliver them when it returns.'),
      false,
    ),
  ],
};

export const topic: KindSpec = {
  kind: 'topic',
  group: 'kafka',
  icon: 'topic',
  color: '#111827',
  name: L('Kafka topic'),
  description: L(
    'A partitioned, ordered log; consumer groups read it at their own offsets and can replay it.',
  ),
  props: [
    num(
      'partitions',
      L('Partitions'),
      L('A key always lands in the same partition; order holds within a partition.'),
      {
        default: 6,
        min: 1,
        max: 128,
        integer: true,
        unit: 'count',
      },
    ),
    num('retentionMs', L('Retention time'), L('Records older than this are deleted; 0 keeps them forever.'), {
      default: 0,
      min: 0,
      max: 31_536_000_000,
      unit: 'ms',
    }),
    num('retentionRecords', L('Retention size'), L('Records kept per partition; 0 means no limit.'), {
      default: 0,
      min: 0,
      max: 100_000_000,
      integer: true,
      unit: 'count',
    }),
    choice(
      'keylessPartitioner',
      L('Records without a key'),
      L('Sticky fills one partition per batch (the Kafka default); round robin spreads them one by one.'),
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
  name: L('Kafka Streams'),
  description: L(
    'Reads a topic, filters, maps or counts in windows, and writes the result to another topic.',
  ),
  props: [
    choice(
      'operation',
      L('Operation'),
      L('What it does to each record.'),
      [opt('filter', 'Filter'), opt('map', 'Map'), opt('windowCount', 'Tumbling-window count')],
      'filter',
    ),
    num('passPct', L('Records kept'), L('Share of records that pass the filter.'), {
      default: 50,
      min: 0,
      max: 100,
      unit: 'percent',
      visibleWhen: { key: 'operation', oneOf: ['filter'] },
    }),
    num('windowMs', L('Window'), L('Length of each tumbling window; one count per key per window.'), {
      default: 10_000,
      min: 10,
      max: 86_400_000,
      unit: 'ms',
      visibleWhen: { key: 'operation', oneOf: ['windowCount'] },
    }),
    num('processingMs', L('Processing time'), L('Time spent on each record.'), {
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
  name: L('Kafka Connect'),
  description: L(
    'A connector: a source copies a database or provider into a topic; a sink writes a topic into a database.',
  ),
  props: [
    choice(
      'connectorMode',
      L('Connector'),
      L('Source reads into Kafka; sink writes out of Kafka.'),
      [opt('source', 'Source'), opt('sink', 'Sink')],
      'source',
    ),
    num('batchSize', L('Batch size'), L('Records moved per batch.'), {
      default: 100,
      min: 1,
      max: 100_000,
      integer: true,
      unit: 'count',
    }),
    num('pollIntervalMs', L('Poll interval'), L('How often it reads its source.'), {
      default: 1000,
      min: 10,
      max: 3_600_000,
      unit: 'ms',
    }),
  ],
};

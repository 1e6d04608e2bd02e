import { choice, flag, L, num, opt } from '../props';
import type { KindSpec } from './kindSpec';

export const queue: KindSpec = {
  kind: 'queue',
  group: 'messaging',
  icon: 'queue',
  color: '#ea580c',
  name: L('Message queue', 'Черга повідомлень'),
  description: L(
    'Buffers messages in order; consumers compete for them and acknowledge each one.',
    'Буферизує повідомлення за порядком; споживачі конкурують за них і підтверджують кожне.',
  ),
  props: [
    num('capacity', L('Capacity', 'Місткість'), L('Messages it can hold.', 'Скільки повідомлень вміщує.'), {
      default: 10_000,
      min: 1,
      max: 1_000_000,
      integer: true,
      unit: 'count',
    }),
    choice(
      'overflow',
      L('When full', 'Коли переповнена'),
      L(
        'Refuse new messages, or drop the oldest to make room.',
        'Відхиляти нові повідомлення або відкидати найстаріші.',
      ),
      [
        opt('rejectNew', 'Reject new', 'Відхиляти нові'),
        opt('dropOldest', 'Drop oldest', 'Відкидати найстаріші'),
      ],
      'rejectNew',
    ),
    num(
      'maxDeliveries',
      L('Max deliveries', 'Макс. доставок'),
      L(
        'After this many failed deliveries a message goes to the dead-letter queue.',
        'Після стількох невдалих доставок повідомлення йде в чергу недоставлених.',
      ),
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
  name: L('RabbitMQ exchange', 'Обмінник RabbitMQ'),
  description: L(
    'Routes each published message to the queues whose bindings match its routing key or headers.',
    'Спрямовує кожне повідомлення в черги, привʼязки яких збігаються з ключем маршрутизації чи заголовками.',
  ),
  props: [
    choice(
      'exchangeType',
      L('Type', 'Тип'),
      L(
        'Direct: exact key; topic: patterns with * and #; fanout: every queue; headers: header match.',
        'Direct: точний ключ; topic: шаблони з * і #; fanout: усі черги; headers: збіг заголовків.',
      ),
      [
        opt('direct', 'Direct', 'Direct'),
        opt('topic', 'Topic', 'Topic'),
        opt('fanout', 'Fanout', 'Fanout'),
        opt('headers', 'Headers', 'Headers'),
      ],
      'topic',
    ),
  ],
};

export const eventBus: KindSpec = {
  kind: 'eventBus',
  group: 'messaging',
  icon: 'eventBus',
  color: '#ca8a04',
  name: L('Event bus', 'Шина подій'),
  description: L(
    'Publish/subscribe: every subscriber gets its own copy of each event.',
    'Публікація/підписка: кожен підписник отримує власну копію кожної події.',
  ),
  props: [
    flag(
      'durable',
      L('Durable', 'Стійка'),
      L(
        'Keep events for a subscriber that is down and deliver them when it returns.',
        'Зберігати події для підписника, що не працює, і доставити, коли повернеться.',
      ),
      false,
    ),
  ],
};

export const topic: KindSpec = {
  kind: 'topic',
  group: 'kafka',
  icon: 'topic',
  color: '#111827',
  name: L('Kafka topic', 'Топік Kafka'),
  description: L(
    'A partitioned, ordered log; consumer groups read it at their own offsets and can replay it.',
    'Розбитий на партиції впорядкований журнал; групи споживачів читають його зі своїх зсувів і можуть перечитати.',
  ),
  props: [
    num(
      'partitions',
      L('Partitions', 'Партиції'),
      L(
        'A key always lands in the same partition; order holds within a partition.',
        'Ключ завжди потрапляє в ту саму партицію; порядок гарантовано в межах партиції.',
      ),
      {
        default: 6,
        min: 1,
        max: 128,
        integer: true,
        unit: 'count',
      },
    ),
    num(
      'retentionMs',
      L('Retention time', 'Час зберігання'),
      L(
        'Records older than this are deleted; 0 keeps them forever.',
        'Записи, старші за це, видаляються; 0 зберігає назавжди.',
      ),
      {
        default: 0,
        min: 0,
        max: 31_536_000_000,
        unit: 'ms',
      },
    ),
    num(
      'retentionRecords',
      L('Retention size', 'Обсяг зберігання'),
      L('Records kept per partition; 0 means no limit.', 'Записів на партицію; 0 означає без обмеження.'),
      {
        default: 0,
        min: 0,
        max: 100_000_000,
        integer: true,
        unit: 'count',
      },
    ),
    choice(
      'keylessPartitioner',
      L('Records without a key', 'Записи без ключа'),
      L(
        'Sticky fills one partition per batch (the Kafka default); round robin spreads them one by one.',
        'Sticky заповнює одну партицію на пакет (типово в Kafka); по колу розкладає по одному.',
      ),
      [opt('sticky', 'Sticky', 'Sticky'), opt('roundRobin', 'Round robin', 'По колу')],
      'sticky',
    ),
  ],
};

export const streams: KindSpec = {
  kind: 'streams',
  group: 'kafka',
  icon: 'streams',
  color: '#4338ca',
  name: L('Kafka Streams', 'Kafka Streams'),
  description: L(
    'Reads a topic, filters, maps or counts in windows, and writes the result to another topic.',
    'Читає топік, фільтрує, перетворює або рахує у вікнах і пише результат в інший топік.',
  ),
  props: [
    choice(
      'operation',
      L('Operation', 'Операція'),
      L('What it does to each record.', 'Що робить із кожним записом.'),
      [
        opt('filter', 'Filter', 'Фільтр'),
        opt('map', 'Map', 'Перетворення'),
        opt('windowCount', 'Tumbling-window count', 'Підрахунок у вікні'),
      ],
      'filter',
    ),
    num(
      'passPct',
      L('Records kept', 'Залишені записи'),
      L('Share of records that pass the filter.', 'Частка записів, що проходять фільтр.'),
      {
        default: 50,
        min: 0,
        max: 100,
        unit: 'percent',
        visibleWhen: { key: 'operation', oneOf: ['filter'] },
      },
    ),
    num(
      'windowMs',
      L('Window', 'Вікно'),
      L(
        'Length of each tumbling window; one count per key per window.',
        'Довжина кожного вікна; один підсумок на ключ за вікно.',
      ),
      {
        default: 10_000,
        min: 10,
        max: 86_400_000,
        unit: 'ms',
        visibleWhen: { key: 'operation', oneOf: ['windowCount'] },
      },
    ),
    num(
      'processingMs',
      L('Processing time', 'Час обробки'),
      L('Time spent on each record.', 'Час на кожен запис.'),
      { default: 1, min: 0, max: 60_000, unit: 'ms' },
    ),
  ],
};

export const connect: KindSpec = {
  kind: 'connect',
  group: 'kafka',
  icon: 'connect',
  color: '#0f766e',
  name: L('Kafka Connect', 'Kafka Connect'),
  description: L(
    'A connector: a source copies a database or provider into a topic; a sink writes a topic into a database.',
    'Конектор: source копіює базу чи провайдера в топік; sink записує топік у базу даних.',
  ),
  props: [
    choice(
      'connectorMode',
      L('Connector', 'Конектор'),
      L('Source reads into Kafka; sink writes out of Kafka.', 'Source читає в Kafka; sink пише з Kafka.'),
      [opt('source', 'Source', 'Source'), opt('sink', 'Sink', 'Sink')],
      'source',
    ),
    num(
      'batchSize',
      L('Batch size', 'Розмір пакета'),
      L('Records moved per batch.', 'Записів за один пакет.'),
      { default: 100, min: 1, max: 100_000, integer: true, unit: 'count' },
    ),
    num(
      'pollIntervalMs',
      L('Poll interval', 'Інтервал опитування'),
      L('How often it reads its source.', 'Як часто читає джерело.'),
      { default: 1000, min: 10, max: 3_600_000, unit: 'ms' },
    ),
  ],
};

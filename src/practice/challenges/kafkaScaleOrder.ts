import { backlogAtEnd, idleInstances, keyOrderBreaks, peakLag } from '../measures';
import type { Challenge } from '../types';
import { diagram, L } from './diagram';

const start = diagram(
  'Challenge: billing falls behind',
  [
    ['shop', 'client', 'Shop', 0, 100, { mode: 'async', rate: 20 }],
    ['orders', 'topic', 'orders (6 partitions)', 280, 100, { partitions: 6 }],
    ['billing', 'service', 'Billing', 560, 100, { instances: 1, serviceTimeMs: 100 }],
  ],
  [
    ['e1', 'shop', 'orders', { keyCount: 0 }],
    ['e2', 'orders', 'billing', { consumerGroup: 'billing' }],
  ],
);

const reference = diagram(
  'Challenge: billing falls behind (a solution)',
  [
    ['shop', 'client', 'Shop', 0, 100, { mode: 'async', rate: 20 }],
    ['orders', 'topic', 'orders (6 partitions)', 280, 100, { partitions: 6 }],
    ['billing', 'service', 'Billing', 560, 100, { instances: 6, serviceTimeMs: 100 }],
  ],
  [
    ['e1', 'shop', 'orders', { keyCount: 1000 }],
    ['e2', 'orders', 'billing', { consumerGroup: 'billing' }],
  ],
);

/** Practises tutorial 9: scale a consumer group up to its partitions, with keys keeping each customer in order. */
export const kafkaScaleOrder: Challenge = {
  id: 'kafka-scale-order',
  title: L('Billing falls behind', 'Білінг не встигає'),
  tutorial: 'kafka',
  brief: L(
    'The shop writes about 20 orders a second to the topic *orders*, 6 partitions; one *Billing* instance reads them at about 10 a second, so its lag only grows. The shop writes the records without a key, so a customer’s orders land in any partition, and Billing may charge a cancellation before the order it cancels. About 1,000 customers place orders. At 40 s one Billing instance crashes, and at 60 s it is back.\n\nWhat must hold on every run of the check:\n\n- the group’s lag never goes above 150 records;\n- at most 30 records are left uncommitted at the end;\n- every customer’s orders are read in order: records carry the customer as their key;\n- no Billing instance sits idle without a partition.\n\nYou may change Billing’s instances, the topic’s partitions and the wires’ settings. Keep *Shop*, *orders* and *Billing*; the check keeps Billing at about 100 ms a record.',
    'Магазин пише в топік *orders* (6 партицій) близько 20 замовлень на секунду; один екземпляр *Billing* читає їх приблизно по 10 на секунду, тож його відставання лише зростає. Магазин пише записи без ключа, тож замовлення одного клієнта потрапляють у будь-яку партицію, і Billing може списати скасування раніше за замовлення, яке воно скасовує. Замовляють близько 1000 клієнтів. На 40-й секунді один екземпляр Billing падає, а на 60-й повертається.\n\nЩо має виконуватися в кожному прогоні перевірки:\n\n- відставання групи ніколи не перевищує 150 записів;\n- наприкінці незафіксованими лишаються не більше 30 записів;\n- замовлення кожного клієнта читаються по порядку: ключ запису — клієнт;\n- жоден екземпляр Billing не простоює без партиції.\n\nМожна змінювати кількість екземплярів Billing, партиції топіка й налаштування зʼєднань. Залиште *Shop*, *orders* і *Billing*; перевірка тримає в Billing близько 100 мс на запис.',
  ),
  start,
  durationMs: 90_000,
  conditions: [
    { at: 0, nodeProps: { id: 'shop', props: { mode: 'async', rate: 20 } } },
    { at: 0, nodeProps: { id: 'billing', props: { serviceTimeMs: 100 } } },
    { at: 40_000, fault: { kind: 'instanceDown', nodeId: 'billing' } },
    { at: 60_000, fault: { kind: 'instanceUp', nodeId: 'billing' } },
  ],
  goals: [
    {
      id: 'lag',
      label: L('Highest lag of the group', 'Найбільше відставання групи'),
      target: L('at most 150 records', 'не більше 150 записів'),
      op: 'atMost',
      limit: 150,
      unit: 'count',
      measure: peakLag,
    },
    {
      id: 'drained',
      label: L('Records uncommitted at the end', 'Незафіксовані записи наприкінці'),
      target: L('at most 30', 'не більше 30'),
      op: 'atMost',
      limit: 30,
      unit: 'count',
      measure: backlogAtEnd,
    },
    {
      id: 'order',
      label: L(
        'Reasons a customer’s orders may be read out of order',
        'Причини, з яких замовлення клієнта можуть читатися не по порядку',
      ),
      target: L('none', 'жодної'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: keyOrderBreaks('billing'),
    },
    {
      id: 'idle',
      label: L('Billing instances without a partition', 'Екземпляри Billing без партиції'),
      target: L('none', 'жодного'),
      op: 'atMost',
      limit: 0,
      unit: 'instances',
      measure: idleInstances('billing'),
    },
  ],
  reference,
  naive: { doc: start, fails: 'lag' },
};

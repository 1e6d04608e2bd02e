import { backlogAtEnd, messagesLost, p95Of, serviceInstances } from '../measures';
import type { Challenge } from '../types';
import { diagram, L } from './diagram';

const start = diagram(
  'Challenge: the sale',
  [
    ['shop', 'client', 'Shop', 0, 100, { mode: 'async', rate: 4 }],
    ['jobs', 'queue', 'Label jobs', 280, 100],
    ['labels', 'service', 'Label printer', 560, 100, { instances: 1, serviceTimeMs: 200 }],
  ],
  [
    ['e1', 'shop', 'jobs', { latencyMs: 10 }],
    ['e2', 'jobs', 'labels'],
  ],
);

const reference = diagram(
  'Challenge: the sale (a solution)',
  [
    ['shop', 'client', 'Shop', 0, 100, { mode: 'async', rate: 4 }],
    ['jobs', 'queue', 'Label jobs', 280, 100],
    ['labels', 'service', 'Label printer', 560, 100, { instances: 5, serviceTimeMs: 200 }],
  ],
  [
    ['e1', 'shop', 'jobs', { latencyMs: 10 }],
    ['e2', 'jobs', 'labels', { prefetch: 1 }],
  ],
);

/** Practises tutorial 7: competing consumers keep a queue's wait bounded when the load jumps. */
export const competingConsumers: Challenge = {
  id: 'competing-consumers',
  title: L('The sale', 'Розпродаж'),
  tutorial: 'queues',
  brief: L(
    'The shop publishes a shipping-label job for every order into *Label jobs*; one *Label printer* takes them, 200 ms each on average. On a normal day that is 4 orders a second. From 20 s to 60 s a sale brings about 14 a second, and a label printed half a minute late misses the courier.\n\nWhat must hold on every run of the check:\n\n- the p95 of a job’s time from publish to acknowledgement is at most 1 s;\n- at most 10 jobs are still waiting at the end of the run;\n- nothing is lost;\n- the diagram runs at most 5 service instances in all: printers cost money.\n\nYou may change the printer’s instances, the wire’s prefetch and the queue. Keep *Shop*, *Label jobs* and *Label printer*: the check scripts the shop’s rate and keeps a label at 200 ms.',
    'Магазин публікує в *Label jobs* завдання на друк етикетки для кожного замовлення; один *Label printer* бере їх, у середньому по 200 мс на кожне. У звичайний день це 4 замовлення на секунду. З 20-ї по 60-ту секунду розпродаж приносить близько 14 на секунду, а етикетка, надрукована на пів хвилини пізніше, не встигає до курʼєра.\n\nЩо має виконуватися в кожному прогоні перевірки:\n\n- p95 часу завдання від публікації до підтвердження — не більше 1 с;\n- наприкінці прогону чекають не більше 10 завдань;\n- нічого не губиться;\n- у діаграмі загалом не більше 5 екземплярів сервісів: принтери коштують грошей.\n\nМожна змінювати кількість екземплярів принтера, prefetch на зʼєднанні та налаштування черги. Залиште *Shop*, *Label jobs* і *Label printer*: перевірка задає частоту магазину й тримає 200 мс на етикетку.',
  ),
  start,
  durationMs: 90_000,
  conditions: [
    { at: 0, nodeProps: { id: 'shop', props: { mode: 'async', rate: 4 } } },
    { at: 0, nodeProps: { id: 'labels', props: { serviceTimeMs: 200 } } },
    { at: 20_000, nodeProps: { id: 'shop', props: { rate: 14 } } },
    { at: 60_000, nodeProps: { id: 'shop', props: { rate: 4 } } },
  ],
  goals: [
    {
      id: 'p95',
      label: L('p95 from publish to acknowledgement', 'p95 від публікації до підтвердження'),
      target: L('at most 1 s', 'не більше 1 с'),
      op: 'atMost',
      limit: 1000,
      unit: 'ms',
      measure: p95Of('jobs'),
    },
    {
      id: 'drained',
      label: L('Jobs still waiting at the end', 'Завдання, що ще чекають наприкінці'),
      target: L('at most 10', 'не більше 10'),
      op: 'atMost',
      limit: 10,
      unit: 'count',
      measure: backlogAtEnd,
    },
    {
      id: 'lost',
      label: L('Jobs lost', 'Втрачені завдання'),
      target: L('none', 'жодного'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: messagesLost,
    },
    {
      id: 'cost',
      label: L('Service instances in the diagram', 'Екземпляри сервісів у діаграмі'),
      target: L('at most 5', 'не більше 5'),
      op: 'atMost',
      limit: 5,
      unit: 'instances',
      measure: serviceInstances,
    },
  ],
  reference,
  naive: { doc: start, fails: 'p95' },
};

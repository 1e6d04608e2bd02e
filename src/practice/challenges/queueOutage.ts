import { backlogAtEnd, requestsLost, serviceInstances } from '../measures';
import type { Challenge } from '../types';
import { diagram, L } from './diagram';

const start = diagram(
  'Challenge: invoicing goes down',
  [
    ['checkout', 'client', 'Checkout', 0, 100, { mode: 'async', rate: 10 }],
    ['invoicing', 'service', 'Invoicing', 320, 100, { instances: 2, serviceTimeMs: 150 }],
  ],
  [['e1', 'checkout', 'invoicing', { latencyMs: 10 }]],
);

const reference = diagram(
  'Challenge: invoicing goes down (a solution)',
  [
    ['checkout', 'client', 'Checkout', 0, 100, { mode: 'async', rate: 10 }],
    ['jobs', 'queue', 'Invoice jobs', 280, 100],
    ['invoicing', 'service', 'Invoicing', 560, 100, { instances: 3, serviceTimeMs: 150 }],
  ],
  [
    ['e1', 'checkout', 'jobs', { latencyMs: 10 }],
    ['e2', 'jobs', 'invoicing', { prefetch: 1 }],
  ],
);

/** Practises tutorial 7: a queue rides out the consumer's outage, and spare capacity drains it. */
export const queueOutage: Challenge = {
  id: 'queue-outage',
  title: L('Invoicing goes down', 'Invoicing падає'),
  tutorial: 'queues',
  brief: L(
    'Checkout sends an invoice job about 10 times a second straight to *Invoicing*. An invoice takes Invoicing about 150 ms, so its 2 instances handle about 13 a second. Tonight Invoicing is redeployed: it is down from 60 s to 90 s. It keeps at most 100 requests waiting in memory; everything beyond that is answered `503`, and those invoices are lost.\n\nWhat must hold on every run of the check:\n\n- not one invoice is lost: no error at Checkout, nothing dropped on the way;\n- by the end of the run (130 s, 40 s after Invoicing is back) at most 20 invoice jobs are still waiting;\n- the diagram runs at most 4 service instances in all.\n\nYou may add components and change wires and settings. Keep *Checkout* and *Invoicing*: the check stops and starts Invoicing, keeps its in-memory limit at 100 and an invoice at 150 ms.',
    'Checkout надсилає завдання на рахунок приблизно 10 разів на секунду напряму в *Invoicing*. Рахунок займає в Invoicing близько 150 мс, тож його 2 екземпляри встигають близько 13 на секунду. Сьогодні вночі Invoicing перерозгортають: він не працює з 60-ї по 90-ту секунду. У памʼяті він тримає не більше 100 запитів, що чекають; на решту відповідає `503`, і ці рахунки губляться.\n\nЩо має виконуватися в кожному прогоні перевірки:\n\n- не губиться жоден рахунок: жодної помилки в Checkout, нічого не відкинуто дорогою;\n- наприкінці прогону (130 с, через 40 с після повернення Invoicing) чекають не більше 20 завдань на рахунки;\n- у діаграмі загалом не більше 4 екземплярів сервісів.\n\nМожна додавати компоненти й змінювати зʼєднання та налаштування. Залиште *Checkout* і *Invoicing*: перевірка зупиняє й запускає Invoicing, тримає його ліміт у памʼяті на 100, а рахунок — на 150 мс.',
  ),
  start,
  durationMs: 130_000,
  conditions: [
    { at: 0, nodeProps: { id: 'checkout', props: { rate: 10 } } },
    { at: 0, nodeProps: { id: 'invoicing', props: { backlogLimit: 100, serviceTimeMs: 150 } } },
    { at: 60_000, fault: { kind: 'stop', nodeId: 'invoicing' } },
    { at: 90_000, fault: { kind: 'start', nodeId: 'invoicing' } },
  ],
  goals: [
    {
      id: 'lost',
      label: L('Invoices lost', 'Втрачені рахунки'),
      target: L('none', 'жодного'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: requestsLost,
    },
    {
      id: 'drained',
      label: L('Invoice jobs still waiting at the end', 'Завдання, що ще чекають наприкінці'),
      target: L('at most 20', 'не більше 20'),
      op: 'atMost',
      limit: 20,
      unit: 'count',
      measure: backlogAtEnd,
    },
    {
      id: 'cost',
      label: L('Service instances in the diagram', 'Екземпляри сервісів у діаграмі'),
      target: L('at most 4', 'не більше 4'),
      op: 'atMost',
      limit: 4,
      unit: 'instances',
      measure: serviceInstances,
    },
  ],
  reference,
  naive: { doc: start, fails: 'lost' },
};

import { completedPerSecond, deadLettered, messagesLost, p95Of, serviceInstances } from '../measures';
import type { Challenge } from '../types';
import { diagram, L } from './diagram';

const start = diagram(
  'Challenge: invoices that keep failing',
  [
    ['checkout', 'client', 'Checkout', 0, 100, { mode: 'async', rate: 8 }],
    ['jobs', 'queue', 'Invoice jobs', 280, 100, { maxDeliveries: 50 }],
    ['invoicing', 'service', 'Invoicing', 560, 100, { instances: 2, serviceTimeMs: 100 }],
  ],
  [
    ['e1', 'checkout', 'jobs', { latencyMs: 10 }],
    ['e2', 'jobs', 'invoicing', { prefetch: 1 }],
  ],
);

const reference = diagram(
  'Challenge: invoices that keep failing (a solution)',
  [
    ['checkout', 'client', 'Checkout', 0, 100, { mode: 'async', rate: 8 }],
    ['jobs', 'queue', 'Invoice jobs', 280, 100, { maxDeliveries: 2 }],
    ['invoicing', 'service', 'Invoicing', 560, 100, { instances: 2, serviceTimeMs: 100 }],
    ['dead', 'queue', 'Failed invoices', 560, 300],
  ],
  [
    ['e1', 'checkout', 'jobs', { latencyMs: 10 }],
    ['e2', 'jobs', 'invoicing', { prefetch: 1 }],
    ['e3', 'jobs', 'dead'],
  ],
);

/** Practises tutorial 7: bounded redelivery and a dead-letter queue keep failing messages from eating the worker. */
export const deadLetter: Challenge = {
  id: 'dead-letter',
  title: L('Invoices that keep failing', 'Рахунки, що раз у раз не проходять'),
  tutorial: 'queues',
  brief: L(
    'Checkout publishes about 8 invoice jobs a second into *Invoice jobs*, and two *Invoicing* instances render them, 100 ms each. From 10 s on, a partner sends malformed orders, and Invoicing fails 6 attempts in 10; trying a job again is no more likely to work than the first time. A failed job goes back to the head of the queue and is tried again, up to 50 times: the instances spend their time on jobs that fail again and again, and the good ones wait behind them.\n\nWhat must hold on every run of the check:\n\n- the queue keeps moving: the p95 from publish to acknowledgement is at most 1.5 s;\n- Invoicing still completes at least 4 invoices a second: a job is worth a second try;\n- nothing is lost: a job that keeps failing is kept in a dead-letter queue, for someone to look at;\n- at least one job ends in the dead-letter queue;\n- the diagram runs at most 2 service instances in all.\n\nYou may add components and change the queue, its wires and their settings. Keep *Checkout*, *Invoice jobs* and *Invoicing*: the check sets the failures and keeps a render at 100 ms.',
    'Checkout публікує в *Invoice jobs* близько 8 завдань на рахунки на секунду, а два екземпляри *Invoicing* формують їх, по 100 мс на кожне. З 10-ї секунди партнер надсилає зіпсовані замовлення, і 6 спроб Invoicing із 10 завершуються помилкою; повторна спроба вдається не частіше за першу. Невдале завдання повертається на початок черги й пробується знову, до 50 разів: екземпляри витрачають час на завдання, що раз у раз не проходять, а справні чекають за ними.\n\nЩо має виконуватися в кожному прогоні перевірки:\n\n- черга рухається: p95 від публікації до підтвердження — не більше 1,5 с;\n- Invoicing і далі завершує щонайменше 4 рахунки на секунду: друга спроба варта того;\n- нічого не губиться: завдання, що раз у раз не проходить, зберігається в черзі недоставлених повідомлень, щоб хтось його переглянув;\n- щонайменше одне завдання потрапляє в чергу недоставлених;\n- у діаграмі загалом не більше 2 екземплярів сервісів.\n\nМожна додавати компоненти й змінювати чергу, її зʼєднання та їхні налаштування. Залиште *Checkout*, *Invoice jobs* і *Invoicing*: перевірка задає збої й тримає 100 мс на рахунок.',
  ),
  start,
  durationMs: 60_000,
  conditions: [
    { at: 0, nodeProps: { id: 'checkout', props: { mode: 'async', rate: 8 } } },
    { at: 0, nodeProps: { id: 'invoicing', props: { serviceTimeMs: 100 } } },
    { at: 10_000, fault: { kind: 'errors', nodeId: 'invoicing', pct: 60 } },
  ],
  goals: [
    {
      id: 'p95',
      label: L('p95 from publish to acknowledgement', 'p95 від публікації до підтвердження'),
      target: L('at most 1.5 s', 'не більше 1,5 с'),
      op: 'atMost',
      limit: 1500,
      unit: 'ms',
      measure: p95Of('jobs'),
    },
    {
      id: 'throughput',
      label: L('Invoices completed a second', 'Рахунків за секунду'),
      target: L('at least 4', 'щонайменше 4'),
      op: 'atLeast',
      limit: 4,
      unit: 'perSecond',
      measure: completedPerSecond('invoicing'),
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
      id: 'deadLettered',
      label: L('Jobs kept in a dead-letter queue', 'Завдання в черзі недоставлених'),
      target: L('at least 1', 'щонайменше 1'),
      op: 'atLeast',
      limit: 1,
      unit: 'count',
      measure: deadLettered,
    },
    {
      id: 'cost',
      label: L('Service instances in the diagram', 'Екземпляри сервісів у діаграмі'),
      target: L('at most 2', 'не більше 2'),
      op: 'atMost',
      limit: 2,
      unit: 'instances',
      measure: serviceInstances,
    },
  ],
  reference,
  naive: { doc: start, fails: 'p95' },
};

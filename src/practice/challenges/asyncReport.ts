import { acknowledgementP95, clientErrors, completedPerSecond, serviceInstances } from '../measures';
import type { Challenge } from '../types';
import { diagram, L } from './diagram';

const start = diagram(
  'Challenge: a report that blocks',
  [
    ['web', 'client', 'Accounting app', 0, 100, { mode: 'sync', rate: 5, users: 1 }],
    ['reports', 'service', 'Reports', 320, 100, { serviceTimeMs: 800, instances: 2 }],
  ],
  [['e1', 'web', 'reports', { latencyMs: 20 }]],
);

const reference = diagram(
  'Challenge: a report that blocks (a solution)',
  [
    ['web', 'client', 'Accounting app', 0, 100, { mode: 'async', rate: 5 }],
    ['reports', 'service', 'Reports', 320, 100, { serviceTimeMs: 800, instances: 6 }],
  ],
  [['e1', 'web', 'reports', { latencyMs: 20 }]],
);

/** Practises tutorial 1: a slow report service, called so that the app is not held while it works. */
export const asyncReport: Challenge = {
  id: 'async-report',
  title: L('A report that blocks', 'Звіт, що блокує'),
  tutorial: 'sync-async',
  brief: L(
    'The accounting app asks *Reports* for a PDF about 5 times a second. Building one takes about 800 ms, and the app calls synchronously: each click freezes the page until the PDF is ready, and most clicks are never served.\n\nWhat must hold on every run of the check:\n\n- the app hears back quickly: the p95 of its wait for the first answer is at most 300 ms;\n- Reports builds at least 4 reports a second;\n- no request ends in an error;\n- the diagram runs at most 8 service instances in all.\n\nYou may change the app’s mode, the wire and Reports’ instances and backlog. Keep *Accounting app* and *Reports*: the check asks for 5 reports a second and an 800 ms build whatever the diagram says.',
    'Застосунок бухгалтерії просить у *Reports* PDF-звіт приблизно 5 разів на секунду. Один звіт будується близько 800 мс, а застосунок викликає синхронно: кожне клацання заморожує сторінку, доки PDF не готовий, і більшість клацань так і не обслуговуються.\n\nЩо має виконуватися в кожному прогоні перевірки:\n\n- застосунок швидко отримує відповідь: p95 очікування першої відповіді — не більше 300 мс;\n- Reports будує щонайменше 4 звіти на секунду;\n- жоден запит не завершується помилкою;\n- у діаграмі загалом не більше 8 екземплярів сервісів.\n\nМожна змінювати режим застосунку, зʼєднання, кількість екземплярів і ліміт черги Reports. Залиште *Accounting app* і *Reports*: перевірка задає 5 звітів на секунду й 800 мс на звіт, хоч би що було в діаграмі.',
  ),
  start,
  durationMs: 90_000,
  conditions: [
    { at: 0, nodeProps: { id: 'web', props: { rate: 5 } } },
    { at: 0, nodeProps: { id: 'reports', props: { serviceTimeMs: 800 } } },
  ],
  goals: [
    {
      id: 'ack',
      label: L('p95 wait for the first answer', 'p95 очікування першої відповіді'),
      target: L('at most 300 ms', 'не більше 300 мс'),
      op: 'atMost',
      limit: 300,
      unit: 'ms',
      measure: acknowledgementP95,
    },
    {
      id: 'throughput',
      label: L('Reports built per second', 'Звітів за секунду'),
      target: L('at least 4', 'щонайменше 4'),
      op: 'atLeast',
      limit: 4,
      unit: 'perSecond',
      measure: completedPerSecond('reports'),
    },
    {
      id: 'errors',
      label: L('Requests that ended in an error', 'Запити, що завершилися помилкою'),
      target: L('none', 'жодного'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: clientErrors,
    },
    {
      id: 'cost',
      label: L('Service instances in the diagram', 'Екземпляри сервісів у діаграмі'),
      target: L('at most 8', 'не більше 8'),
      op: 'atMost',
      limit: 8,
      unit: 'instances',
      measure: serviceInstances,
    },
  ],
  reference,
  naive: { doc: start, fails: 'throughput' },
};

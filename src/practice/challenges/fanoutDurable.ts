import { clientErrors, eventsLost, eventsWaitingAtEnd } from '../measures';
import type { Challenge } from '../types';
import { diagram, type EdgeRow, L, type NodeRow } from './diagram';

const nodes: NodeRow[] = [
  ['shop', 'client', 'Shop', 0, 140, { mode: 'async', rate: 8 }],
  ['orders', 'service', 'Orders', 260, 140, { instances: 2, serviceTimeMs: 30 }],
  ['bus', 'eventBus', 'Order events', 520, 140],
  ['stock', 'service', 'Inventory', 800, 140, { serviceTimeMs: 20 }],
  ['stats', 'service', 'Analytics', 800, 280, { serviceTimeMs: 20 }],
];
const email = (x: number): NodeRow => ['email', 'service', 'E-mail', x, 0, { serviceTimeMs: 40 }];
const edges: EdgeRow[] = [
  ['e1', 'shop', 'orders', { latencyMs: 20 }],
  ['e2', 'orders', 'bus'],
  ['e4', 'bus', 'stock'],
  ['e5', 'bus', 'stats'],
];

const start = diagram(
  'Challenge: nobody misses an order',
  [...nodes, email(800)],
  [...edges, ['e3', 'bus', 'email']],
);
const reference = diagram(
  'Challenge: nobody misses an order (a solution)',
  [...nodes, ['mail', 'queue', 'e-mail queue', 800, 0], email(1060)],
  [...edges, ['e6', 'bus', 'mail'], ['e7', 'mail', 'email', { prefetch: 1 }]],
);

/** Practises tutorial 2: a durable subscription (a queue of the subscriber's own) keeps events while it is down. */
export const fanoutDurable: Challenge = {
  id: 'fanout-durable',
  title: L('Nobody misses an order', 'Жодного пропущеного замовлення'),
  tutorial: 'event-driven',
  brief: L(
    '*Orders* publishes an event for each of about 8 orders a second to the bus *Order events*; *E-mail*, *Inventory* and *Analytics* each get a copy. E-mail is redeployed from 30 s to 60 s, and the bus hands copies only to subscribers that are up: every order placed in those 30 seconds gets no confirmation e-mail.\n\nWhat must hold on every run of the check:\n\n- no subscriber loses an event: none missed while it was down, none cut off as it stopped, none refused when it came back;\n- by the end of the run at most 10 events are still waiting to be handled;\n- the shop sees no errors: Orders must not depend on E-mail being up.\n\nYou may change the bus, the subscribers’ settings and the wires, and add components. Keep *Shop*, *Orders*, *Order events* and the three subscribers; the check stops and starts E-mail.',
    '*Orders* публікує подію про кожне з приблизно 8 замовлень на секунду в шину *Order events*; *E-mail*, *Inventory* і *Analytics* отримують по копії. E-mail перерозгортають з 30-ї по 60-ту секунду, а шина передає копії лише підписникам, що працюють: жодне замовлення, оформлене за ці 30 секунд, не отримує листа-підтвердження.\n\nЩо має виконуватися в кожному прогоні перевірки:\n\n- жоден підписник не втрачає подій: ні пропущених, поки він не працював, ні обірваних, коли він зупинявся, ні відхилених, коли він повернувся;\n- наприкінці прогону обробки чекають не більше 10 подій;\n- магазин не бачить помилок: Orders не має залежати від того, чи працює E-mail.\n\nМожна змінювати шину, налаштування підписників і зʼєднання, а також додавати компоненти. Залиште *Shop*, *Orders*, *Order events* і трьох підписників; перевірка зупиняє й запускає E-mail.',
  ),
  start,
  durationMs: 90_000,
  conditions: [
    { at: 0, nodeProps: { id: 'shop', props: { mode: 'async', rate: 8 } } },
    { at: 30_000, fault: { kind: 'stop', nodeId: 'email' } },
    { at: 60_000, fault: { kind: 'start', nodeId: 'email' } },
  ],
  goals: [
    {
      id: 'lost',
      label: L('Events lost by subscribers', 'Події, втрачені підписниками'),
      target: L('none', 'жодної'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: eventsLost,
    },
    {
      id: 'drained',
      label: L('Events still waiting at the end', 'Події, що ще чекають наприкінці'),
      target: L('at most 10', 'не більше 10'),
      op: 'atMost',
      limit: 10,
      unit: 'count',
      measure: eventsWaitingAtEnd,
    },
    {
      id: 'errors',
      label: L('Errors seen by the shop', 'Помилки, які бачить магазин'),
      target: L('none', 'жодної'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: clientErrors,
    },
  ],
  reference,
  naive: { doc: start, fails: 'lost' },
};

import { completedPerSecond, errorsAt, receivedBy } from '../measures';
import type { Challenge } from '../types';
import { diagram, L } from './diagram';

const start = diagram(
  'Challenge: a bursty partner',
  [
    ['app', 'client', 'Partner app', 0, 100, { mode: 'async', rate: 8 }],
    ['orders', 'service', 'Orders', 320, 100, { instances: 2, serviceTimeMs: 100 }],
  ],
  [['e1', 'app', 'orders', { latencyMs: 20 }]],
);

const reference = diagram(
  'Challenge: a bursty partner (a solution)',
  [
    ['app', 'client', 'Partner app', 0, 100, { mode: 'async', rate: 8 }],
    ['gw', 'gateway', 'API gateway', 280, 100, { rateLimit: true, rateLimitRps: 14, rateLimitBurst: 10 }],
    ['orders', 'service', 'Orders', 560, 100, { instances: 2, serviceTimeMs: 100 }],
  ],
  [
    ['e1', 'app', 'gw', { latencyMs: 20 }],
    ['e2', 'gw', 'orders', { route: '/orders' }],
  ],
);

/** Practises tutorial 3: a gateway's rate limit between a bursty client and a service with fixed capacity. */
export const gatewayRateLimit: Challenge = {
  id: 'gateway-rate-limit',
  title: L('A bursty partner', 'Партнер зі сплесками'),
  tutorial: 'api-gateway',
  brief: L(
    'A partner’s app calls *Orders* directly, about 8 times a second. Every now and then its nightly sync fires: for 20 seconds it sends about 50 requests a second. Orders, with its 2 instances, handles about 20 a second; during the burst its backlog fills and it answers `503` to everyone.\n\nWhat must hold on every run of the check:\n\n- Orders receives at most 18 requests a second, on average over the run;\n- Orders answers no errors (no `503`);\n- the partner still gets at least 10 successful answers a second: turning it away entirely is not protection.\n\nYou may add components and change wires and settings. Keep *Partner app* and *Orders*; the check scripts the partner’s traffic (8 a second, 50 a second from 5 s to 25 s) whatever its settings say.',
    'Застосунок партнера викликає *Orders* напряму, приблизно 8 разів на секунду. Час від часу спрацьовує його нічна синхронізація: 20 секунд поспіль він надсилає близько 50 запитів на секунду. Orders із 2 екземплярами встигає близько 20 на секунду; під час сплеску його черга запитів переповнюється, і він відповідає `503` усім.\n\nЩо має виконуватися в кожному прогоні перевірки:\n\n- Orders отримує не більше 18 запитів на секунду, у середньому за прогін;\n- Orders не відповідає помилками (жодного `503`);\n- партнер і далі отримує щонайменше 10 успішних відповідей на секунду: просто відмовити йому в усьому — це не захист.\n\nМожна додавати компоненти й змінювати зʼєднання та налаштування. Залиште *Partner app* і *Orders*; перевірка задає трафік партнера (8 на секунду, 50 на секунду з 5-ї по 25-ту секунду), хоч би що було в його налаштуваннях.',
  ),
  start,
  durationMs: 30_000,
  conditions: [
    { at: 0, nodeProps: { id: 'app', props: { mode: 'async', rate: 8, honourRetryAfter: true } } },
    { at: 5_000, nodeProps: { id: 'app', props: { rate: 50 } } },
    { at: 25_000, nodeProps: { id: 'app', props: { rate: 8 } } },
  ],
  goals: [
    {
      id: 'load',
      label: L('Requests reaching Orders', 'Запити, що доходять до Orders'),
      target: L('at most 18 a second, on average', 'не більше 18 на секунду, у середньому'),
      op: 'atMost',
      limit: 18,
      unit: 'perSecond',
      measure: receivedBy('orders'),
    },
    {
      id: 'no503',
      label: L('Errors answered by Orders', 'Помилки, якими відповів Orders'),
      target: L('none', 'жодної'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: errorsAt('orders'),
    },
    {
      id: 'served',
      label: L('Successful answers to the partner', 'Успішні відповіді партнерові'),
      target: L('at least 10 a second', 'щонайменше 10 на секунду'),
      op: 'atLeast',
      limit: 10,
      unit: 'perSecond',
      measure: completedPerSecond('app'),
    },
  ],
  reference,
  naive: { doc: start, fails: 'no503' },
};

import type { EventBusSummary, RunSummary } from '../../engine';
import { ownValues } from '../../model';
import {
  all,
  chain,
  fanOut,
  faultApplied,
  metricAtLeast,
  metricAtMost,
  prop,
  ranFor,
  running,
  wired,
} from '../goals';
import type { Tutorial } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

const buses = (s: RunSummary): EventBusSummary[] => ownValues(s.eventBuses);

/** Events published by the busiest bus whose every subscriber (at least `min` of them) got each one. */
const fannedOut =
  (min: number) =>
  (s: RunSummary): number =>
    Math.max(
      0,
      ...buses(s).map((b) => {
        const copies = ownValues(b.delivered);
        return copies.length >= min && copies.every((n) => n === b.published) ? b.published : 0;
      }),
    );

/** The fewest copies any subscriber of a bus with at least `min` subscribers received. */
const leastDelivered =
  (min: number) =>
  (s: RunSummary): number =>
    Math.max(
      0,
      ...buses(s).map((b) => {
        const copies = ownValues(b.delivered);
        return copies.length >= min ? Math.min(...copies) : 0;
      }),
    );

const missed = (s: RunSummary) =>
  buses(s).reduce((n, b) => n + ownValues(b.missed).reduce((a, m) => a + m, 0), 0);
const waiting = (s: RunSummary) => buses(s).reduce((n, b) => n + b.waiting, 0);

/** Tutorial 2: one order event, fanned out by a bus to services that do not know each other. */
export const eventDriven: Tutorial = {
  id: 'event-driven',
  section: 'Event Driven Architecture',
  title: L('Event-driven architecture', 'Подієво-орієнтована архітектура'),
  summary: L(
    'Publish one event and let an event bus hand a copy to every service that cares; then see what a subscriber that is down misses, and how a durable bus keeps it for later.',
    'Опублікуйте одну подію, і нехай шина подій передасть копію кожному сервісу, якому вона потрібна; потім подивіться, що пропускає підписник, який не працює, і як стійка шина зберігає це для нього.',
  ),
  minutes: 8,
  start: null,
  roles: {
    shop: { kind: 'client' },
    bus: { kind: 'eventBus' },
    orders: { kind: 'service', wiredTo: 'bus' },
    email: { kind: 'service', wiredFrom: 'bus' },
    stock: { kind: 'service', wiredFrom: 'bus' },
    analytics: { kind: 'service', wiredFrom: 'bus' },
  },
  steps: [
    {
      id: 'publisher',
      title: L('A shop and its order service', 'Магазин і сервіс замовлень'),
      body: L(
        'Every time a customer places an order, something has to happen elsewhere: a confirmation e-mail, a stock update, a line in the sales report.\n\nAdd a *Client* (the shop) and a *Service* (Orders), and wire the client to the service.',
        'Щоразу, коли покупець оформлює замовлення, щось має статися деінде: лист-підтвердження, оновлення залишків на складі, рядок у звіті про продажі.\n\nДодайте *Клієнта* (магазин) і *Сервіс* (Замовлення) та зʼєднайте клієнта із сервісом.',
      ),
      target: { type: 'palette', kind: 'service' },
      goal: wired('client', 'service'),
      keep: 'stay',
      hint: L(
        'Client is under “Clients”, Service under “Services and gateways”. Then drag from the dot on the client’s right edge onto the service.',
        'Клієнт — у розділі «Клієнти», Сервіс — у «Сервіси та шлюзи». Потім потягніть від точки на правому краї клієнта до сервісу.',
      ),
      why: L(
        'Orders is the service that knows an order happened. The question of this tutorial is how everyone else finds out.',
        'Сервіс замовлень знає, що замовлення сталося. Питання цього уроку — як про це дізнаються всі інші.',
      ),
      showMe: [
        { do: 'add', kind: 'client', at: { x: 40, y: 200 }, label: L('Shop', 'Магазин') },
        { do: 'add', kind: 'service', at: { x: 300, y: 200 }, label: L('Orders', 'Замовлення') },
        { do: 'connect', from: 'shop', to: 'orders' },
      ],
    },
    {
      id: 'bus',
      title: L('Publish to an event bus', 'Публікуйте в шину подій'),
      body: L(
        'Instead of calling each interested service, Orders will *publish an event*, “order placed”, and carry on.\n\nAdd an *Event bus* from the “Messaging” group and wire Orders to it.',
        'Замість того щоб викликати кожен зацікавлений сервіс, Замовлення *публікуватиме подію* «замовлення оформлено» і працюватиме далі.\n\nДодайте *Шину подій* із групи «Обмін повідомленнями» і зʼєднайте з нею сервіс замовлень.',
      ),
      target: { type: 'palette', kind: 'eventBus' },
      goal: chain('client', 'service', 'eventBus'),
      keep: 'stay',
      hint: L(
        'Event bus is in the “Messaging” group of the palette. Drag from Orders’ right edge onto the bus.',
        'Шина подій — у групі «Обмін повідомленнями» палітри. Потягніть від правого краю сервісу замовлень до шини.',
      ),
      why: L(
        'Orders now sends one event per order to one place, and no longer needs to know who listens.',
        'Тепер Замовлення надсилає одну подію на замовлення в одне місце і більше не мусить знати, хто її слухає.',
      ),
      showMe: [
        { do: 'add', kind: 'eventBus', at: { x: 560, y: 200 }, label: L('Order events', 'Події замовлень') },
        { do: 'connect', from: 'orders', to: 'bus' },
      ],
    },
    {
      id: 'subscribers',
      title: L('Subscribe two services', 'Підпишіть два сервіси'),
      body: L(
        'Add two more services, *E-mail* and *Inventory*, and wire the bus to each. A wire from the bus is a *subscription*: the service gets its own copy of every event.',
        'Додайте ще два сервіси, *Пошта* і *Склад*, і зʼєднайте шину з кожним. Дріт від шини — це *підписка*: сервіс отримує власну копію кожної події.',
      ),
      target: { type: 'node', role: 'bus' },
      goal: fanOut('eventBus', 'service', 2),
      keep: 'stay',
      hint: L(
        'Add two Services to the right of the bus, then drag from the bus’s right edge onto each of them.',
        'Додайте два Сервіси праворуч від шини, потім потягніть від правого краю шини до кожного з них.',
      ),
      why: L(
        'Two subscribers, and Orders has not changed at all: it still publishes one event to the bus.',
        'Два підписники, а Замовлення не змінилося зовсім: воно так само публікує одну подію в шину.',
      ),
      showMe: [
        { do: 'add', kind: 'service', at: { x: 840, y: 80 }, label: L('E-mail', 'Пошта') },
        { do: 'connect', from: 'bus', to: 'email' },
        { do: 'add', kind: 'service', at: { x: 840, y: 240 }, label: L('Inventory', 'Склад') },
        { do: 'connect', from: 'bus', to: 'stock' },
      ],
    },
    {
      id: 'run-fanout',
      title: L('One event, a copy for each', 'Одна подія — копія кожному'),
      body: L(
        'Press *Run* and let it go for 10 simulated seconds. Select the bus and compare what it published with what each subscriber received.',
        'Натисніть *Запустити* й дайте попрацювати 10 змодельованих секунд. Виберіть шину й порівняйте, скільки вона опублікувала і скільки отримав кожен підписник.',
      ),
      target: { type: 'run', control: 'play' },
      goal: all(running, ranFor(10_000), metricAtLeast(fannedOut(2), 25)),
      keep: 'once',
      hint: L(
        'Run is the button at the top. If the clock moves but nothing arrives, check that the bus is wired to both services.',
        'Запустити — кнопка вгорі. Якщо годинник іде, а нічого не надходить, перевірте, що шину зʼєднано з обома сервісами.',
      ),
      why: L(
        'In 10 s Orders published about 40 events and each subscriber received every one of them: 40 publishes became 80 deliveries, and the bus, not Orders, made the copies.',
        'За 10 с Замовлення опублікувало близько 40 подій, і кожен підписник отримав усі: 40 публікацій перетворилися на 80 доставок, і копії робила шина, а не Замовлення.',
      ),
      showMe: [{ do: 'run' }],
      runFor: 10_000,
    },
    {
      id: 'third-subscriber',
      title: L('A new subscriber, nothing else changed', 'Новий підписник, більше нічого не змінено'),
      body: L(
        'Marketing wants sales figures. Add an *Analytics* service and subscribe it to the bus, without touching Orders. Keep the run going.',
        'Маркетингу потрібні цифри продажів. Додайте сервіс *Аналітика* й підпишіть його на шину, не торкаючись Замовлень. Нехай прогін триває.',
      ),
      target: { type: 'palette', kind: 'service' },
      goal: all(fanOut('eventBus', 'service', 3), metricAtLeast(leastDelivered(3), 20)),
      keep: 'once',
      hint: L(
        'Add a Service and drag from the bus onto it. Rewiring restarts the run from zero; that is expected.',
        'Додайте Сервіс і потягніть від шини до нього. Нове зʼєднання перезапускає прогін із нуля — так і має бути.',
      ),
      why: L(
        'Analytics now gets every order, and Orders was not edited, redeployed or even told: its response time did not move (about 100 ms, with two subscribers or three). That is the decoupling events buy: publishers do not know their subscribers.',
        'Аналітика тепер отримує кожне замовлення, а Замовлення ніхто не редагував, не розгортав наново і навіть не попередив: час його відповіді не змінився (близько 100 мс, хоч із двома підписниками, хоч із трьома). Саме таку незалежність дають події: видавці не знають своїх підписників.',
      ),
      showMe: [
        { do: 'add', kind: 'service', at: { x: 840, y: 400 }, label: L('Analytics', 'Аналітика') },
        { do: 'connect', from: 'bus', to: 'analytics' },
        { do: 'run' },
      ],
      runFor: 6_000,
    },
    {
      id: 'subscriber-down',
      title: L('A subscriber goes down', 'Підписник падає'),
      body: L(
        'Right-click the *E-mail* service and choose *Stop*. Let the run go on while it is down, and watch what the bus counts for E-mail.',
        'Клацніть правою кнопкою на сервісі *Пошта* й оберіть *Зупинити*. Нехай прогін триває, поки він не працює, і стежте, що шина рахує для Пошти.',
      ),
      target: { type: 'node', role: 'email' },
      goal: all(prop('eventBus', 'durable', false), metricAtLeast(missed, 30)),
      keep: 'once',
      hint: L(
        'Faults are in the right-click menu of a component while the run is going (or at the bottom of its inspector). Press Run first if the clock is not moving.',
        'Збої — у контекстному меню компонента (права кнопка), поки триває прогін, або внизу його інспектора. Якщо годинник стоїть, спершу натисніть «Запустити».',
      ),
      why: L(
        'In about 8 s down, E-mail missed 30 events while the other two got every one, and those 30 are gone: when E-mail comes back, those customers never get their confirmation. A plain bus hands copies only to the subscribers that are up at that moment.',
        'Приблизно за 8 с простою Пошта пропустила 30 подій, тоді як два інші підписники отримали всі, і ці 30 уже не повернути: коли Пошта запрацює, ці покупці так і не отримають підтвердження. Звичайна шина передає копії лише тим підписникам, які працюють саме в цю мить.',
      ),
      showMe: [{ do: 'fault', role: 'email', fault: 'stop' }],
      runFor: 10_000,
    },
    {
      id: 'durable',
      title: L('Make the bus durable', 'Зробіть шину стійкою'),
      body: L(
        'E-mail is still down. Select the bus and turn on *Durable*: from now on the bus keeps each event for a subscriber that is down. Watch its *waiting* events grow.',
        'Пошта досі не працює. Виберіть шину й увімкніть *Стійка*: відтепер шина зберігає кожну подію для підписника, який не працює. Стежте, як зростає кількість подій, що *чекають*.',
      ),
      target: { type: 'field', key: 'durable' },
      goal: all(prop('eventBus', 'durable', true), metricAtLeast(waiting, 20)),
      keep: 'once',
      hint: L(
        'Click the bus on the canvas; Durable is its only setting. Leave E-mail stopped for now.',
        'Клацніть шину на полотні; «Стійка» — її єдине налаштування. Пошту поки що не запускайте.',
      ),
      why: L(
        'The other subscribers still get their copies at once; only E-mail’s wait for it. A durable subscription is what message brokers call a queue per subscriber.',
        'Інші підписники, як і раніше, отримують копії одразу; чекають лише копії для Пошти. Стійка підписка — це те, що брокери повідомлень називають окремою чергою для кожного підписника.',
      ),
      showMe: [{ do: 'set', role: 'bus', key: 'durable', value: true }],
      runFor: 6_000,
    },
    {
      id: 'comeback',
      title: L('Bring E-mail back', 'Поверніть Пошту'),
      body: L(
        'Right-click E-mail and choose *Start again*. Watch the bus hand over what it kept.',
        'Клацніть правою кнопкою на Пошті й оберіть *Запустити знову*. Подивіться, як шина віддає те, що зберегла.',
      ),
      target: { type: 'node', role: 'email' },
      goal: all(
        prop('eventBus', 'durable', true),
        faultApplied('start', 'service'),
        metricAtMost(waiting, 0),
      ),
      keep: 'once',
      hint: L(
        'The right-click menu of a stopped service offers “Start again”.',
        'У контекстному меню зупиненого сервісу є пункт «Запустити знову».',
      ),
      why: L(
        'The 20 or so events kept for E-mail arrived the moment it started, and it missed none of the orders placed while the bus was durable. They arrive all at once, though: a subscriber coming back must be able to take the burst.',
        'Близько 20 подій, збережених для Пошти, надійшли, щойно вона запрацювала, і жодного замовлення, оформленого, поки шина була стійкою, вона не пропустила. Але надходять вони всі разом: підписник, що повертається, має витримати такий сплеск.',
      ),
      showMe: [{ do: 'fault', role: 'email', fault: 'start' }],
      runFor: 2_000,
    },
  ],
  check: {
    question: L(
      'Billing subscribes to “order placed” and must not lose a single one, even while it is being redeployed. What does it need?',
      'Білінг підписаний на «замовлення оформлено» і не має втратити жодної події, навіть поки його розгортають наново. Що йому потрібно?',
    ),
    options: [
      {
        text: L(
          'A durable subscription, so events wait for it while it is down',
          'Стійка підписка, щоб події чекали на нього, поки він не працює',
        ),
        correct: true,
      },
      {
        text: L(
          'Orders should call Billing directly instead of publishing',
          'Замовлення має викликати Білінг напряму замість публікації',
        ),
        correct: false,
      },
      {
        text: L('More instances of Orders', 'Більше екземплярів сервісу замовлень'),
        correct: false,
      },
    ],
    explanation: L(
      'A plain bus delivers only to subscribers that are up, so a deploy window loses events. A durable subscription keeps them until Billing is back. Calling Billing directly would tie Orders to Billing’s uptime, and more Orders instances change nothing on the receiving side.',
      'Звичайна шина доставляє лише тим підписникам, що працюють, тож під час розгортання події губляться. Стійка підписка зберігає їх, доки Білінг не повернеться. Прямий виклик Білінгу привʼязав би Замовлення до його доступності, а більше екземплярів Замовлень нічого не змінює на боці отримувача.',
    ),
  },
  challenge: 'fanout-durable',
};

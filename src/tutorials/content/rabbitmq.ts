import type { ExchangeSummary, RunSummary } from '../../engine';
import { own, ownEntries, ownValues, parseWeightedList } from '../../model';
import { all, metricAtLeast, metricAtMost, prop, wired, wireProp } from '../goals';
import type { Goal, Tutorial } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

const exchangesOf = (s: RunSummary) => ownValues(s.exchanges);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const routed = (s: RunSummary) => sum(exchangesOf(s).map((x) => sum(ownValues(x.routed))));
const unroutable = (s: RunSummary) => sum(exchangesOf(s).map((x) => x.unroutable));
const toAlternate = (s: RunSummary) => sum(exchangesOf(s).map((x) => x.toAlternate));

/** Some exchange whose summary passes `test`. */
const someExchange =
  (test: (x: ExchangeSummary, id: string, s: RunSummary) => boolean): Goal =>
  ({ run }) =>
    run.summary !== null && ownEntries(run.summary.exchanges).some(([id, x]) => test(x, id, run.summary!));

/**
 * A topic exchange copied at least `copies` messages to more than one queue: its copies (one per
 * matching binding) exceed the messages it routed.
 */
const copiedByTopic = (copies: number): Goal =>
  someExchange(
    (x, id, s) =>
      x.type === 'topic' && sum(ownValues(x.routed)) - (own(s.nodes, id)?.completed ?? 0) >= copies,
  );

/** A fanout exchange bound to at least `queues` queues, each of which got (nearly) every message. */
const fannedOut = (queues: number, atLeast: number): Goal =>
  someExchange((x) => {
    const counts = ownValues(x.routed);
    if (x.type !== 'fanout' || counts.length < queues) return false;
    const least = Math.min(...counts);
    return least >= atLeast && least >= 0.95 * Math.max(...counts);
  });

/** Tutorial 8: one exchange, its four types, bindings, and an alternate exchange for what matches nothing. */
export const rabbitmq: Tutorial = {
  id: 'rabbitmq',
  section: 'RabbitMQ',
  title: L('RabbitMQ exchanges', 'Обмінники RabbitMQ'),
  summary: L(
    'Route one stream of shop events to the queues that want them: direct, topic, fanout and headers exchanges, bindings, and what becomes of a message that matches no binding.',
    'Спрямуйте один потік подій магазину в ті черги, яким він потрібен: обмінники direct, topic, fanout і headers, привʼязки, і що стається з повідомленням, яке не збігається з жодною привʼязкою.',
  ),
  minutes: 10,
  start: null,
  roles: {
    shop: { kind: 'client' },
    events: { kind: 'exchange', wiredFrom: 'shop' },
    orders: { kind: 'queue', wiredFrom: 'events' },
    audit: { kind: 'queue', wiredFrom: 'events' },
    mailer: { kind: 'queue', wiredFrom: 'events' },
    alternate: { kind: 'exchange', wiredFrom: 'events' },
    unrouted: { kind: 'queue', wiredFrom: 'alternate' },
  },
  steps: [
    {
      id: 'publish',
      title: L('Publish to an exchange', 'Публікуйте в обмінник'),
      body: L(
        'In RabbitMQ a publisher does not write to a queue: it sends each message to an *exchange* with a *routing key*, and the exchange decides which queues get a copy.\n\nAdd a *Client* (the shop) and a *RabbitMQ exchange*, and wire the shop to it. Select the wire and set *Routing keys* to `order.created:3, order.cancelled:1, payment.failed:1`: three kinds of event, the numbers are their weights.',
        'У RabbitMQ відправник не пише в чергу: він надсилає кожне повідомлення в *обмінник* із *ключем маршрутизації*, а обмінник вирішує, які черги отримають копію.\n\nДодайте *Клієнта* (магазин) і *Обмінник RabbitMQ* та зʼєднайте з ним магазин. Виберіть зʼєднання й задайте *Ключі маршрутизації* `order.created:3, order.cancelled:1, payment.failed:1`: три види подій, числа — їхня вага.',
      ),
      target: { type: 'field', key: 'routingKeys' },
      goal: all(
        wired('client', 'exchange'),
        wireProp('client', 'exchange', 'routingKeys', (v) => parseWeightedList(String(v ?? '')).length >= 2),
      ),
      keep: 'stay',
      hint: L(
        'The exchange is under “Messaging”. After wiring, click the wire itself: Routing keys is among its settings.',
        'Обмінник — у розділі «Обмін повідомленнями». Після зʼєднання клацніть сам дріт: «Ключі маршрутизації» — серед його налаштувань.',
      ),
      why: L(
        'The shop now says *what happened* (`order.created`), not *who must hear about it*. A new listener later is a new binding in the broker; the shop’s code does not change.',
        'Тепер магазин повідомляє, *що сталося* (`order.created`), а не *хто має про це почути*. Новий слухач згодом — це нова привʼязка в брокері, а код магазину не змінюється.',
      ),
      showMe: [
        { do: 'add', kind: 'client', at: { x: 40, y: 200 }, label: L('Shop', 'Магазин') },
        { do: 'set', role: 'shop', key: 'rate', value: 10 },
        { do: 'add', kind: 'exchange', at: { x: 320, y: 200 }, label: L('shop.events', 'shop.events') },
        { do: 'connect', from: 'shop', to: 'events' },
        {
          do: 'setWire',
          from: 'shop',
          to: 'events',
          key: 'routingKeys',
          value: 'order.created:3, order.cancelled:1, payment.failed:1',
        },
      ],
    },
    {
      id: 'direct',
      title: L('Direct: the exact key', 'Direct: точний ключ'),
      body: L(
        'Set the exchange’s *Type* to *Direct*. Add a *Message queue* for order handling and wire the exchange to it: that wire is a *binding*. Set its *Binding key* to `order.created`.\n\nPress *Run* and compare what the queue receives with what the shop sends.',
        'Задайте обмінникові *Тип* — *Direct*. Додайте *Чергу повідомлень* для обробки замовлень і зʼєднайте з нею обмінник: це зʼєднання — *привʼязка*. Задайте їй *Ключ привʼязки* `order.created`.\n\nНатисніть *Запустити* й порівняйте, що отримує черга, з тим, що надсилає магазин.',
      ),
      target: { type: 'field', key: 'exchangeType' },
      goal: all(
        prop('exchange', 'exchangeType', 'direct'),
        metricAtLeast(routed, 30),
        metricAtLeast(unroutable, 1),
      ),
      keep: 'once',
      hint: L(
        'Type is the exchange’s only setting. The binding key is set on the wire from the exchange to the queue.',
        '«Тип» — єдине налаштування обмінника. Ключ привʼязки задається на зʼєднанні від обмінника до черги.',
      ),
      why: L(
        'Only `order.created` matches, about 60% of the messages (weight 3 of 5). The other 40% matched no binding: the exchange dropped them as *unroutable*, and the shop was never told.',
        'Збігається лише `order.created` — близько 60% повідомлень (вага 3 із 5). Решта 40% не збіглися з жодною привʼязкою: обмінник відкинув їх як *немаршрутизовані*, а магазин про це так і не дізнався.',
      ),
      showMe: [
        { do: 'set', role: 'events', key: 'exchangeType', value: 'direct' },
        { do: 'add', kind: 'queue', at: { x: 620, y: 40 }, label: L('order handling', 'обробка замовлень') },
        { do: 'connect', from: 'events', to: 'orders' },
        { do: 'setWire', from: 'events', to: 'orders', key: 'bindingKey', value: 'order.created' },
        { do: 'run' },
      ],
      runFor: 10_000,
    },
    {
      id: 'topic',
      title: L('Topic: patterns', 'Topic: шаблони'),
      body: L(
        'A *topic* exchange matches dotted keys against patterns: `*` stands for exactly one word, `#` for any number of words.\n\nSet *Type* to *Topic* and change the order binding to `order.*`. Then add a second queue (audit), wire the exchange to it and bind it with `#`.',
        'Обмінник *topic* порівнює ключі, розділені крапками, із шаблонами: `*` означає рівно одне слово, `#` — будь-яку кількість слів.\n\nЗадайте *Тип* — *Topic* і змініть привʼязку замовлень на `order.*`. Потім додайте другу чергу (аудит), зʼєднайте з нею обмінник і привʼяжіть її з `#`.',
      ),
      target: { type: 'field', key: 'bindingKey' },
      goal: all(prop('exchange', 'exchangeType', 'topic'), copiedByTopic(20)),
      keep: 'once',
      hint: L(
        'Both bindings are set on their wires: `order.*` on the wire to the order queue, `#` on the wire to the audit queue.',
        'Обидві привʼязки задаються на їхніх зʼєднаннях: `order.*` — на зʼєднанні з чергою замовлень, `#` — на зʼєднанні з чергою аудиту.',
      ),
      why: L(
        '`order.*` now takes about 80% of the messages (created and cancelled), `#` takes all of them, and none is unroutable. One published message, two copies: the broker does the routing, once, for every consumer.',
        '`order.*` тепер забирає близько 80% повідомлень (created і cancelled), `#` — усі, і немаршрутизованих немає. Одне опубліковане повідомлення — дві копії: маршрутизацію робить брокер, один раз, для всіх споживачів.',
      ),
      showMe: [
        { do: 'set', role: 'events', key: 'exchangeType', value: 'topic' },
        { do: 'setWire', from: 'events', to: 'orders', key: 'bindingKey', value: 'order.*' },
        { do: 'add', kind: 'queue', at: { x: 620, y: 200 }, label: L('audit', 'аудит') },
        { do: 'connect', from: 'events', to: 'audit' },
        { do: 'setWire', from: 'events', to: 'audit', key: 'bindingKey', value: '#' },
      ],
      runFor: 10_000,
    },
    {
      id: 'fanout',
      title: L('Fanout: everyone gets everything', 'Fanout: усім усе'),
      body: L(
        'A new mailer wants every event as well. Set *Type* to *Fanout*, then add a third queue (mailer) and wire the exchange to it.\n\nFanout ignores keys altogether: every bound queue gets every message.',
        'Новий сервіс розсилок теж хоче всі події. Задайте *Тип* — *Fanout*, потім додайте третю чергу (розсилки) і зʼєднайте з нею обмінник.\n\nFanout узагалі не зважає на ключі: кожна привʼязана черга отримує кожне повідомлення.',
      ),
      target: { type: 'field', key: 'exchangeType' },
      goal: fannedOut(3, 30),
      keep: 'once',
      hint: L(
        'If the three queues’ counts differ, some were counted before the switch to Fanout: press Reset, then Run.',
        'Якщо лічильники трьох черг різняться, частину порахували ще до перемикання на Fanout: натисніть «Скинути», потім «Запустити».',
      ),
      why: L(
        'All three queues received exactly the same messages, whatever their binding keys say. Fanout is the simplest routing there is, and the right one when every consumer wants everything.',
        'Усі три черги отримали рівно ті самі повідомлення, хоч би що було в їхніх ключах привʼязки. Fanout — найпростіша маршрутизація, і саме вона потрібна, коли кожен споживач хоче все.',
      ),
      showMe: [
        { do: 'set', role: 'events', key: 'exchangeType', value: 'fanout' },
        { do: 'add', kind: 'queue', at: { x: 620, y: 360 }, label: L('mailer', 'розсилки') },
        { do: 'connect', from: 'events', to: 'mailer' },
      ],
      runFor: 10_000,
    },
    {
      id: 'headers',
      title: L('Headers: match attributes', 'Headers: збіг атрибутів'),
      body: L(
        'A *headers* exchange ignores the routing key and matches the message’s headers instead.\n\nSet *Type* to *Headers*. On the shop’s wire set *Routing keys* to `format=pdf; type=report:3, format=csv; type=report:1` (for a headers exchange they are headers). Then set the order queue’s *Binding key* to `x-match=all; format=pdf`.',
        'Обмінник *headers* не зважає на ключ маршрутизації, а порівнює заголовки повідомлення.\n\nЗадайте *Тип* — *Headers*. На зʼєднанні магазину задайте *Ключі маршрутизації* `format=pdf; type=report:3, format=csv; type=report:1` (для обмінника headers це заголовки). Потім задайте черзі замовлень *Ключ привʼязки* `x-match=all; format=pdf`.',
      ),
      target: { type: 'field', key: 'bindingKey' },
      goal: all(prop('exchange', 'exchangeType', 'headers'), metricAtLeast(unroutable, 1)),
      keep: 'once',
      hint: L(
        'Three settings: the exchange’s Type, the routing keys on the wire from the shop, and the binding key on the wire to the order queue.',
        'Три налаштування: «Тип» обмінника, ключі маршрутизації на зʼєднанні від магазину й ключ привʼязки на зʼєднанні з чергою замовлень.',
      ),
      why: L(
        'The PDF reports, about three quarters, reach the order queue. The other two queues’ bindings ask for headers these messages do not carry, so the CSV reports match nothing and vanish as unroutable, one message in four.',
        'PDF-звіти — приблизно три чверті — доходять до черги замовлень. Привʼязки двох інших черг вимагають заголовків, яких у цих повідомлень немає, тож CSV-звіти не збігаються ні з чим і зникають як немаршрутизовані — кожне четверте повідомлення.',
      ),
      showMe: [
        { do: 'set', role: 'events', key: 'exchangeType', value: 'headers' },
        {
          do: 'setWire',
          from: 'shop',
          to: 'events',
          key: 'routingKeys',
          value: 'format=pdf; type=report:3, format=csv; type=report:1',
        },
        { do: 'setWire', from: 'events', to: 'orders', key: 'bindingKey', value: 'x-match=all; format=pdf' },
      ],
      runFor: 10_000,
    },
    {
      id: 'alternate',
      title: L('Catch what matches nothing', 'Перехопіть те, що ні з чим не збігається'),
      body: L(
        'Add a second *RabbitMQ exchange* and set its *Type* to *Fanout*. Wire the first exchange to it: the wire makes it the *alternate exchange*, which gets every message that matches no binding. Then add a queue (unrouted) and wire the alternate exchange to it.',
        'Додайте другий *Обмінник RabbitMQ* і задайте йому *Тип* — *Fanout*. Зʼєднайте з ним перший обмінник: це зʼєднання робить його *альтернативним обмінником*, який отримує кожне повідомлення, що не збіглося з жодною привʼязкою. Потім додайте чергу (немаршрутизовані) і зʼєднайте з нею альтернативний обмінник.',
      ),
      target: { type: 'palette', kind: 'exchange' },
      goal: all(wired('exchange', 'exchange'), metricAtLeast(toAlternate, 5), metricAtMost(unroutable, 0)),
      keep: 'once',
      hint: L(
        'Make the alternate exchange a Fanout: with any other type its own bindings would have to match, and the messages would be unroutable there too.',
        'Зробіть альтернативний обмінник типу Fanout: з іншим типом мали б збігтися вже його привʼязки, і повідомлення стали б немаршрутизованими й там.',
      ),
      why: L(
        'Now nothing is lost: every CSV report went to the alternate exchange and waits in its queue, and unroutable stays at 0. A growing queue there tells you a publisher is sending something no one expected.',
        'Тепер нічого не губиться: кожен CSV-звіт пішов в альтернативний обмінник і чекає в його черзі, а немаршрутизованих — 0. Якщо ця черга росте, значить, хтось публікує те, чого ніхто не чекав.',
      ),
      showMe: [
        { do: 'add', kind: 'exchange', at: { x: 320, y: 420 }, label: L('unrouted.ae', 'unrouted.ae') },
        { do: 'set', role: 'alternate', key: 'exchangeType', value: 'fanout' },
        { do: 'add', kind: 'queue', at: { x: 620, y: 520 }, label: L('unrouted', 'немаршрутизовані') },
        { do: 'connect', from: 'alternate', to: 'unrouted' },
        { do: 'connect', from: 'events', to: 'alternate' },
      ],
      runFor: 10_000,
    },
  ],
  check: {
    question: L(
      'Invoice events (`invoice.paid`, `invoice.overdue`) must reach billing, and every event of any kind must also reach the audit log. Which exchange fits?',
      'Події рахунків (`invoice.paid`, `invoice.overdue`) мають доходити до білінгу, а кожна подія будь-якого виду — ще й до журналу аудиту. Який обмінник підходить?',
    ),
    options: [
      {
        text: L(
          'Fanout, with the billing queue bound by `invoice.*`',
          'Fanout, а черга білінгу привʼязана з `invoice.*`',
        ),
        correct: false,
      },
      {
        text: L(
          'Topic, with billing bound by `invoice.*` and audit by `#`',
          'Topic: білінг привʼязаний з `invoice.*`, аудит — з `#`',
        ),
        correct: true,
      },
      {
        text: L('Direct, with the audit queue bound by `#`', 'Direct, а черга аудиту привʼязана з `#`'),
        correct: false,
      },
    ],
    explanation: L(
      'A fanout exchange ignores binding keys, so billing would get every event. A direct exchange compares keys exactly, so `#` only matches a message whose key is literally `#`. A topic exchange gives each queue the pattern it needs.',
      'Обмінник fanout не зважає на ключі привʼязки, тож білінг отримував би всі події. Обмінник direct порівнює ключі точно, тож `#` збігається лише з повідомленням, ключ якого буквально `#`. Обмінник topic дає кожній черзі потрібний їй шаблон.',
    ),
  },
  challenge: 'rabbit-topic-routing',
};

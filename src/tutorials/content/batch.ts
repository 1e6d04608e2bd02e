import type { RunSummary } from '../../engine';
import { ownValues } from '../../model';
import { all, chain, metricAtLeast, metricAtMost, prop, ranFor, totalOf, wired } from '../goals';
import type { Tutorial } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

const batchesOf = (s: RunSummary) => ownValues(s.batches);
/** The largest mean batch size of any batch processor. */
const meanBatchSize = (s: RunSummary) => Math.max(0, ...batchesOf(s).map((b) => b.meanBatchSize));
/** Batches sent because the window ended, over every batch processor. */
const flushedByWindow = (s: RunSummary) => batchesOf(s).reduce((n, b) => n + b.flushedByWindow, 0);
/** The worst p95 latency of a batch processor (arrival to answer, its wait in the batch included). */
const batchP95 = (s: RunSummary) => {
  const p95s = ownValues(s.nodes)
    .filter((n) => n.kind === 'batch' && n.latency.count > 0)
    .map((n) => n.latency.p95);
  return p95s.length ? Math.max(...p95s) : Number.POSITIVE_INFINITY;
};
const databaseCalls = totalOf('database', (n) => n.received);

/** Tutorial 6: sensor readings written one by one, then in batches; connections saved, latency paid. */
export const batch: Tutorial = {
  id: 'batch',
  section: 'Batch Processing',
  title: L('Batch processing', 'Пакетна обробка'),
  summary: L(
    'Collect readings into batches before writing them: count the connections you save and the latency each reading pays for it.',
    'Збирайте показники в пакети, перш ніж записувати їх: порахуйте заощаджені зʼєднання й затримку, якою кожен показник за це платить.',
  ),
  minutes: 7,
  start: null,
  roles: {
    sensors: { kind: 'client' },
    batcher: { kind: 'batch' },
    warehouse: { kind: 'database' },
  },
  steps: [
    {
      id: 'add-sensors',
      title: L('Add sensors that send readings', 'Додайте датчики, що надсилають показники'),
      body: L(
        'A fleet of sensors sends readings all the time, and every reading must end up in the warehouse database.\n\nAdd a *Client*, set its *Mode* to *Asynchronous* (a sensor does not wait for the write) and its *Request rate* to `50` per second.',
        'Парк датчиків безперервно надсилає показники, і кожен має потрапити в базу даних сховища.\n\nДодайте *Клієнта*, задайте *Режим* — *Асинхронний* (датчик не чекає на запис) і *Частоту запитів* — `50` на секунду.',
      ),
      target: { type: 'palette', kind: 'client' },
      goal: all(
        prop('client', 'mode', 'async'),
        prop('client', 'rate', (v) => Number(v) >= 20),
      ),
      keep: 'stay',
      hint: L(
        'Click Client in the palette. In the inspector on the right choose Asynchronous under Mode, then type 50 into Request rate.',
        'Клацніть «Клієнт» у палітрі. В інспекторі праворуч оберіть «Асинхронний» у полі «Режим», потім введіть 50 у поле «Частота запитів».',
      ),
      why: L(
        'Fifty readings a second is 3,000 a minute. Written one by one, that is 3,000 calls to the database a minute, each with its own connection, transaction and network round trip.',
        'Пʼятдесят показників на секунду — це 3000 за хвилину. Якщо записувати їх поодинці, це 3000 звернень до бази за хвилину, і кожне зі своїм зʼєднанням, транзакцією та мережевим переходом.',
      ),
      showMe: [
        { do: 'add', kind: 'client', at: { x: 80, y: 160 }, label: L('Sensors', 'Датчики') },
        { do: 'set', role: 'sensors', key: 'mode', value: 'async' },
        { do: 'set', role: 'sensors', key: 'rate', value: 50 },
      ],
    },
    {
      id: 'add-batcher',
      title: L('Put a batch processor in between', 'Поставте між ними пакетний обробник'),
      body: L(
        'A *Batch processor* collects items and sends them on together: when it holds *Batch size* items, or when its *Window* has passed since the first one, whichever comes first.\n\nAdd one and wire the sensors to it.',
        '*Пакетний обробник* збирає елементи й передає їх далі разом: коли набралося стільки, скільки задано в *Розмірі пакета*, або коли від першого з них минуло *Вікно* — що станеться раніше.\n\nДодайте його й зʼєднайте з ним датчики.',
      ),
      target: { type: 'palette', kind: 'batch' },
      goal: wired('client', 'batch'),
      keep: 'stay',
      hint: L(
        'The Batch processor is under “Services and gateways”. Then drag from the small dot on the sensors’ right edge onto it.',
        '«Пакетний обробник» — у розділі «Сервіси та шлюзи». Потім потягніть від маленької точки на правому краї датчиків до нього.',
      ),
      why: L(
        'Nothing changes for the sensors: they still send one reading at a time. Batching is a decision of the receiving side.',
        'Для датчиків нічого не змінюється: вони й далі надсилають по одному показнику. Пакетування — рішення сторони, що приймає.',
      ),
      showMe: [
        { do: 'add', kind: 'batch', at: { x: 380, y: 160 }, label: L('Batcher', 'Пакетувальник') },
        { do: 'connect', from: 'sensors', to: 'batcher' },
      ],
    },
    {
      id: 'add-warehouse',
      title: L('Wire it to the warehouse', 'Зʼєднайте його зі сховищем'),
      body: L(
        'Add a *Database* (the warehouse) and wire the batch processor to it. Each batch becomes one call to the database.\n\nThe warehouse only stores readings, so set its *Writes* to `100` %.',
        'Додайте *Базу даних* (сховище) і зʼєднайте з нею пакетний обробник. Кожен пакет стає одним зверненням до бази.\n\nСховище лише зберігає показники, тож задайте йому *Частку записів* `100` %.',
      ),
      target: { type: 'palette', kind: 'database' },
      goal: all(
        chain('client', 'batch', 'database'),
        prop('database', 'writePct', (v) => Number(v) >= 50),
      ),
      keep: 'stay',
      hint: L(
        'Database is under “Services and gateways”. Drag from the batch processor’s right edge onto it, then type 100 into its Writes.',
        '«База даних» — у розділі «Сервіси та шлюзи». Потягніть від правого краю пакетного обробника до неї, потім введіть 100 у поле «Частка записів».',
      ),
      why: L(
        'The database now sees as many requests as there are batches, not as many as there are readings.',
        'Тепер база бачить стільки запитів, скільки є пакетів, а не стільки, скільки показників.',
      ),
      showMe: [
        { do: 'add', kind: 'database', at: { x: 680, y: 160 }, label: L('Warehouse', 'Сховище') },
        { do: 'connect', from: 'batcher', to: 'warehouse' },
        { do: 'set', role: 'warehouse', key: 'writePct', value: 100 },
      ],
    },
    {
      id: 'one-by-one',
      title: L('First, no batching at all', 'Спершу — зовсім без пакетів'),
      body: L(
        'To have something to compare with, set the batch processor’s *Batch size* to `1`: every reading goes on alone.\n\nPress *Run* and let it go for 10 simulated seconds. Select the database and watch its *Received* count; select the batch processor and note its latency.',
        'Щоб було з чим порівнювати, задайте пакетному обробнику *Розмір пакета* `1`: кожен показник іде далі сам.\n\nНатисніть *Запустити* й дайте попрацювати 10 змодельованих секунд. Виберіть базу даних і стежте за лічильником *Отримано*; виберіть пакетний обробник і запамʼятайте його затримку.',
      ),
      target: { type: 'field', key: 'batchSize' },
      goal: all(prop('batch', 'batchSize', 1), ranFor(10_000), metricAtLeast(databaseCalls, 200)),
      keep: 'once',
      hint: L(
        'Select the batch processor, type 1 into Batch size and press Enter, then press Run at the top.',
        'Виберіть пакетний обробник, введіть 1 у поле «Розмір пакета» й натисніть Enter, потім натисніть «Запустити» вгорі.',
      ),
      why: L(
        'About 500 readings meant about 500 database calls: one connection each. In return each reading waited only for its own write: about 25 ms on average.',
        'Близько 500 показників — це близько 500 звернень до бази, по зʼєднанню на кожен. Зате кожен показник чекав лише на власний запис — у середньому близько 25 мс.',
      ),
      showMe: [{ do: 'set', role: 'batcher', key: 'batchSize', value: 1 }, { do: 'run' }],
      runFor: 11_000,
    },
    {
      id: 'batches-of-20',
      title: L('Batches of 20', 'Пакети по 20'),
      body: L(
        'Set *Batch size* to `20`. Then press *Reset* and *Run*, so the figures start from zero, and let it run for 10 seconds again.\n\nCompare the database’s *Received* with the batch processor’s *Connections saved*, and look at the batch processor’s latency now.',
        'Задайте *Розмір пакета* `20`. Потім натисніть *Скинути* і *Запустити*, щоб показники почалися з нуля, і знову дайте попрацювати 10 секунд.\n\nПорівняйте *Отримано* бази даних із *Заощаджено зʼєднань* пакетного обробника й подивіться, якою тепер стала його затримка.',
      ),
      target: { type: 'field', key: 'batchSize' },
      goal: all(
        prop('batch', 'batchSize', (v) => Number(v) >= 10),
        ranFor(10_000),
        metricAtLeast(meanBatchSize, 10),
      ),
      keep: 'once',
      hint: L(
        'Type 20 into Batch size. Reset is next to Run; press it, then Run.',
        'Введіть 20 у поле «Розмір пакета». Кнопка «Скинути» — поруч із «Запустити»: натисніть її, потім «Запустити».',
      ),
      why: L(
        'The same number of readings now took 26 database calls instead of about 500: 95% fewer connections. The price is the wait: a reading sits in the batch until 19 others arrive, and the mean latency went from about 25 ms to about 200 ms.',
        'Та сама кількість показників тепер вмістилася в 26 звернень до бази замість приблизно 500: на 95% менше зʼєднань. Ціна — очікування: показник сидить у пакеті, доки не надійдуть ще 19, і середня затримка зросла з приблизно 25 мс до приблизно 200 мс.',
      ),
      showMe: [{ do: 'set', role: 'batcher', key: 'batchSize', value: 20 }, { do: 'reset' }, { do: 'run' }],
      runFor: 11_000,
    },
    {
      id: 'big-batch',
      title: L('A batch that never fills', 'Пакет, що не встигає наповнитися'),
      body: L(
        'Bigger batches save even more, don’t they? Set *Batch size* to `200`, then *Reset* and *Run* for 10 seconds.\n\nAt 50 readings a second, 200 take four seconds to collect, so the one-second *Window* sends each batch before it is full. Watch the *Mean batch size* and the latency.',
        'Більші пакети заощаджують ще більше, чи не так? Задайте *Розмір пакета* `200`, потім *Скинути* і *Запустити* на 10 секунд.\n\nПри 50 показниках на секунду 200 збираються чотири секунди, тож односекундне *Вікно* відправляє кожен пакет раніше, ніж він заповниться. Стежте за *Середнім розміром пакета* й затримкою.',
      ),
      target: { type: 'field', key: 'batchSize' },
      goal: all(
        prop('batch', 'batchSize', (v) => Number(v) >= 100),
        ranFor(10_000),
        metricAtLeast(flushedByWindow, 3),
      ),
      keep: 'once',
      hint: L(
        'Type 200 into Batch size, press Reset, then Run.',
        'Введіть 200 у поле «Розмір пакета», натисніть «Скинути», потім «Запустити».',
      ),
      why: L(
        'Only 9 calls in 10 seconds, of about 53 readings each: the window closed every batch, not the size. But now a reading may wait up to a whole second: the mean latency is about 530 ms, and the slowest 5% waited about a second.',
        'Лише 9 звернень за 10 секунд, у кожному близько 53 показників: кожен пакет закрило вікно, а не розмір. Але тепер показник може чекати до цілої секунди: середня затримка — близько 530 мс, а найповільніші 5% чекали близько секунди.',
      ),
      showMe: [{ do: 'set', role: 'batcher', key: 'batchSize', value: 200 }, { do: 'reset' }, { do: 'run' }],
      runFor: 11_000,
    },
    {
      id: 'short-window',
      title: L('Shorten the window', 'Скоротіть вікно'),
      body: L(
        'The *Window* is the longest a reading waits for company: your latency budget. Set it to `200` ms, then *Reset* and *Run* for 10 seconds.',
        '*Вікно* — найдовший час, який показник чекає на компанію, тобто ваш бюджет затримки. Задайте його `200` мс, потім *Скинути* і *Запустити* на 10 секунд.',
      ),
      target: { type: 'field', key: 'windowMs' },
      goal: all(
        prop('batch', 'windowMs', (v) => Number(v) <= 300),
        ranFor(10_000),
        metricAtMost(batchP95, 400),
      ),
      keep: 'once',
      hint: L(
        'Window is just below Batch size in the inspector: type 200, press Reset, then Run.',
        'Поле «Вікно» — одразу під «Розміром пакета» в інспекторі: введіть 200, натисніть «Скинути», потім «Запустити».',
      ),
      why: L(
        'About 46 calls instead of about 500 still saves over 90% of the connections, and 95% of the readings now wait less than 250 ms. The size bounds a batch when traffic is heavy; the window bounds the wait when it is light.',
        'Близько 46 звернень замість приблизно 500 — це все ще понад 90% заощаджених зʼєднань, а 95% показників тепер чекають менше ніж 250 мс. Розмір обмежує пакет, коли трафік великий; вікно обмежує очікування, коли трафік малий.',
      ),
      showMe: [{ do: 'set', role: 'batcher', key: 'windowMs', value: 200 }, { do: 'reset' }, { do: 'run' }],
      runFor: 11_000,
    },
  ],
  check: {
    question: L(
      'A backend takes 300 readings a second into one database, and the dashboards may be up to 2 seconds behind. How should it write them?',
      'Бекенд приймає 300 показників на секунду в одну базу даних, а дашборди можуть відставати до 2 секунд. Як йому їх записувати?',
    ),
    options: [
      {
        text: L(
          'One write per reading: it is always the fastest',
          'Один запис на показник: так завжди найшвидше',
        ),
        correct: false,
      },
      {
        text: L(
          'Batches of up to 200 readings, with a window of 1 second',
          'Пакетами до 200 показників із вікном 1 секунда',
        ),
        correct: true,
      },
      {
        text: L(
          'Batches of exactly 10,000 readings, sent only when full',
          'Пакетами рівно по 10 000 показників, лише коли пакет повний',
        ),
        correct: false,
      },
    ],
    explanation: L(
      'Try it with 40 ms writes and a pool of 10 connections: at 300 a second, one write per reading keeps the pool busy almost all the time, so readings queue for a connection and wait about 800 ms on average. Batches of 200 fill in under a second and need 1–2 writes a second (readings wait about 400 ms on average), and the window caps the wait when traffic drops. A batch of 10,000 takes over half a minute to fill: far beyond the 2 seconds allowed.',
      'Спробуйте із записами по 40 мс і пулом на 10 зʼєднань: при 300 на секунду один запис на показник тримає пул зайнятим майже весь час, тож показники стоять у черзі за зʼєднанням і чекають у середньому близько 800 мс. Пакети по 200 наповнюються менш ніж за секунду й потребують 1–2 записи на секунду (показник чекає в середньому близько 400 мс), а вікно обмежує очікування, коли трафік спадає. Пакет на 10 000 наповнюється понад пів хвилини — далеко за межами дозволених 2 секунд.',
    ),
  },
  challenge: 'batch-latency',
};

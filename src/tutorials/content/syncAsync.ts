import { ownValues } from '../../model';
import { all, kindPresent, metricAtLeast, prop, ranFor, running, wired } from '../goals';
import type { Tutorial } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

/** Tutorial 1: one slow service, called synchronously and then asynchronously. */
export const syncAsync: Tutorial = {
  id: 'sync-async',
  section: 'Synchronous vs Asynchronous APIs',
  title: L('Synchronous vs asynchronous APIs', 'Синхронні та асинхронні API'),
  summary: L(
    'Call one slow service both ways and see what waiting costs: throughput, 202 Accepted, callbacks that arrive out of order.',
    'Викличте один повільний сервіс обома способами й подивіться, чого коштує очікування: пропускна здатність, 202 Accepted, callbacks, що приходять не по порядку.',
  ),
  minutes: 6,
  start: null,
  roles: { client: { kind: 'client' }, reports: { kind: 'service' } },
  steps: [
    {
      id: 'add-client',
      title: L('Add a client', 'Додайте клієнта'),
      body: L(
        'A *client* is whoever calls the API: a web page, a mobile app, another service.\n\nDrag *Client* from the palette onto the canvas, or click it.',
        '*Клієнт* — той, хто викликає API: вебсторінка, мобільний застосунок, інший сервіс.\n\nПеретягніть *Клієнт* із палітри на полотно або просто клацніть його.',
      ),
      target: { type: 'palette', kind: 'client' },
      goal: kindPresent('client'),
      keep: 'stay',
      hint: L(
        'The Client is the first item under “Clients” on the left.',
        'Клієнт — перший пункт у розділі «Клієнти» ліворуч.',
      ),
      why: L(
        'Every pattern here starts with someone asking for something; the client is where latency is felt.',
        'Кожен патерн тут починається з того, що хтось про щось просить; саме клієнт відчуває затримку.',
      ),
      showMe: [{ do: 'add', kind: 'client', at: { x: 80, y: 160 } }],
    },
    {
      id: 'add-service',
      title: L('Add a slow service', 'Додайте повільний сервіс'),
      body: L(
        'Add a *Service*: it will build reports. Then, in the inspector on the right, set its *Mean service time* to `600` ms or more: a report takes a while.',
        'Додайте *Сервіс*: він будуватиме звіти. Потім в інспекторі праворуч задайте *Середній час обробки* `600` мс або більше: звіт будується довго.',
      ),
      target: { type: 'field', key: 'serviceTimeMs' },
      goal: prop('service', 'serviceTimeMs', (v) => Number(v) >= 500),
      keep: 'stay',
      hint: L(
        'Select the service on the canvas; its settings appear on the right. Type 600 into “Mean service time” and press Enter.',
        'Виберіть сервіс на полотні; його налаштування зʼявляться праворуч. Введіть 600 у «Середній час обробки» і натисніть Enter.',
      ),
      why: L(
        'Long operations are where synchronous and asynchronous APIs part ways; a 5 ms call rarely needs anything but a plain request.',
        'Саме на довгих операціях синхронні й асинхронні API розходяться; виклик на 5 мс рідко потребує чогось, крім звичайного запиту.',
      ),
      showMe: [
        { do: 'add', kind: 'service', at: { x: 400, y: 160 }, label: L('Reports', 'Звіти') },
        { do: 'set', role: 'reports', key: 'serviceTimeMs', value: 600 },
      ],
    },
    {
      id: 'wire',
      title: L('Wire the client to the service', 'Зʼєднайте клієнта із сервісом'),
      body: L(
        'Drag from the client’s right edge (its output) onto the service. The wire is an HTTP call.',
        'Потягніть від правого краю клієнта (його виходу) до сервісу. Цей дріт — HTTP-виклик.',
      ),
      target: { type: 'node', role: 'client' },
      goal: wired('client', 'service'),
      keep: 'stay',
      hint: L(
        'Press on the small dot at the right side of the client, hold, and release over the service.',
        'Натисніть на маленьку точку праворуч на клієнті, утримуйте й відпустіть над сервісом.',
      ),
      why: L('Now the client has someone to ask.', 'Тепер клієнтові є кого питати.'),
      showMe: [{ do: 'connect', from: 'client', to: 'reports' }],
    },
    {
      id: 'run-sync',
      title: L('Run it synchronously', 'Запустіть синхронно'),
      body: L(
        'The client is *synchronous*: its user sends a request and waits for the answer before sending the next.\n\nPress *Run* and let it go for 10 simulated seconds. Watch the client’s throughput in the metrics.',
        'Клієнт *синхронний*: його користувач надсилає запит і чекає на відповідь, перш ніж надіслати наступний.\n\nНатисніть *Запустити* й дайте йому попрацювати 10 змодельованих секунд. Стежте за пропускною здатністю клієнта в метриках.',
      ),
      target: { type: 'run', control: 'play' },
      goal: all(running, prop('client', 'mode', 'sync'), ranFor(10_000)),
      keep: 'once',
      hint: L(
        'Run is the blue button at the top; the clock next to it counts simulated time.',
        'Запустити — синя кнопка вгорі; годинник поруч рахує змодельований час.',
      ),
      why: L(
        'The user asked for 5 requests a second but managed fewer than 2: each one waited 600 ms. A synchronous caller’s throughput is capped by the latency it waits for, not by what the service could do.',
        'Користувач хотів 5 запитів на секунду, а встиг менше ніж 2: кожен чекав 600 мс. Пропускна здатність синхронного клієнта обмежена затримкою, на яку він чекає, а не можливостями сервісу.',
      ),
      showMe: [{ do: 'run' }],
      runFor: 11_000,
    },
    {
      id: 'go-async',
      title: L('Make the client asynchronous', 'Зробіть клієнта асинхронним'),
      body: L(
        'Select the client and set its *Mode* to *Asynchronous*. Now the service answers at once with `202 Accepted` and sends the report later to a callback.',
        'Виберіть клієнта й задайте *Режим* — *Асинхронний*. Тепер сервіс одразу відповідає `202 Accepted`, а звіт надсилає пізніше на callback.',
      ),
      target: { type: 'field', key: 'mode' },
      goal: prop('client', 'mode', 'async'),
      keep: 'stay',
      hint: L(
        'The Mode list is the first setting of the client in the inspector.',
        'Список «Режим» — перше налаштування клієнта в інспекторі.',
      ),
      why: L(
        'The caller is free as soon as the work is accepted; the work itself takes as long as before.',
        'Клієнт вільний, щойно роботу прийнято; сама робота триває стільки ж, як і раніше.',
      ),
      showMe: [{ do: 'set', role: 'client', key: 'mode', value: 'async' }],
    },
    {
      id: 'accepted',
      title: L('Count the 202s', 'Порахуйте відповіді 202'),
      body: L(
        'Keep the run going (press *Run* if it stopped) until the service has accepted 20 requests with `202`. Compare the client’s throughput with the synchronous run.',
        'Нехай прогін триває (натисніть *Запустити*, якщо він зупинився), доки сервіс не прийме 20 запитів із `202`. Порівняйте пропускну здатність клієнта із синхронним прогоном.',
      ),
      target: { type: 'run', control: 'play' },
      goal: metricAtLeast((s) => ownValues(s.asyncClients).reduce((n, c) => n + c.accepted, 0), 20),
      keep: 'once',
      hint: L(
        'If the clock is not moving, press Run. Changing the mode may have restarted the run from zero.',
        'Якщо годинник стоїть, натисніть «Запустити». Зміна режиму могла перезапустити прогін із нуля.',
      ),
      why: L(
        'Now all 5 requests a second get in: the answer is an acknowledgement, not the report. The work did not get faster: one instance still builds fewer than 2 reports a second, so its backlog grows. The cost moved elsewhere: the service must queue the work, and the client must handle a callback and match it to its request.',
        'Тепер проходять усі 5 запитів на секунду: відповідь — це підтвердження, а не звіт. Робота не пришвидшилася: один екземпляр і далі будує менше ніж 2 звіти на секунду, тож його черга росте. Ціна перемістилася: сервіс має ставити роботу в чергу, а клієнт — обробити callback і зіставити його із запитом.',
      ),
      showMe: [{ do: 'run' }],
      runFor: 8_000,
    },
    {
      id: 'out-of-order',
      title: L('Results out of order', 'Результати не по порядку'),
      body: L(
        'Real reports do not all take the same time. Give the service *4* instances (5 reports a second at 600 ms keep 3 of them busy) and set its *Service time* to *Exponential*. Run until a callback arrives before an earlier request’s.',
        'Справжні звіти будуються різний час. Дайте сервісу *4* екземпляри (5 звітів на секунду по 600 мс займають 3 з них) і задайте *Розподіл часу обробки* — *Експоненційний*. Запустіть і дочекайтеся, щоб callback прийшов раніше, ніж для попереднього запиту.',
      ),
      target: { type: 'field', key: 'serviceTime' },
      goal: metricAtLeast((s) => ownValues(s.asyncClients).reduce((n, c) => n + c.outOfOrder, 0), 1),
      keep: 'once',
      hint: L(
        'Select the service: set Instances to 4 and Service time to Exponential, then keep the run going.',
        'Виберіть сервіс: задайте «Екземпляри» — 4 і «Розподіл часу обробки» — «Експоненційний», і нехай прогін триває.',
      ),
      why: L(
        'With parallel work, a later request can finish first. An asynchronous client must not assume order: it matches each callback to its request by a correlation id.',
        'Коли робота йде паралельно, пізніший запит може завершитися першим. Асинхронний клієнт не може покладатися на порядок: він зіставляє кожен callback зі своїм запитом за correlation id.',
      ),
      showMe: [
        { do: 'set', role: 'reports', key: 'instances', value: 4 },
        { do: 'set', role: 'reports', key: 'serviceTime', value: 'exponential' },
        { do: 'run' },
      ],
      runFor: 15_000,
    },
  ],
  check: {
    question: L(
      'Building an export takes about 30 seconds. What should the mobile app’s API do?',
      'Формування експорту триває близько 30 секунд. Що має робити API для мобільного застосунку?',
    ),
    options: [
      {
        text: L(
          'Keep the request open until the file is ready',
          'Тримати запит відкритим, доки файл не буде готовий',
        ),
        correct: false,
      },
      {
        text: L(
          'Answer 202 Accepted at once and deliver the file by callback or a status URL',
          'Одразу відповісти 202 Accepted, а файл віддати через callback або URL статусу',
        ),
        correct: true,
      },
      {
        text: L('Raise the client’s timeout to 60 seconds', 'Збільшити таймаут клієнта до 60 секунд'),
        correct: false,
      },
    ],
    explanation: L(
      'A 30-second open request holds a connection and a user the whole time, and fails on every flaky mobile network. Accepting the job and notifying later frees both; the client then has to cope with results arriving late and out of order.',
      'Відкритий на 30 секунд запит увесь цей час тримає зʼєднання й користувача та обривається на кожній нестабільній мобільній мережі. Прийняти завдання й повідомити пізніше — звільняє обох; зате клієнт має впоратися з результатами, що приходять пізно й не по порядку.',
    ),
  },
  challenge: 'async-report',
};

import type { PollingSummary, RunSummary, WebhookSummary } from '../../engine';
import { ownValues } from '../../model';
import { all, faultActive, kindPresent, metricAtLeast, prop, running, wired, wireProp } from '../goals';
import type { Tutorial } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

const pollers = (s: RunSummary): PollingSummary[] => ownValues(s.pollingClients);
const hooks = (s: RunSummary): WebhookSummary[] => ownValues(s.webhooks);
const sum = <T>(items: T[], figure: (t: T) => number) => items.reduce((n, t) => n + figure(t), 0);

const polls = (s: RunSummary) => sum(pollers(s), (p) => p.polls);
const emptyPolls = (s: RunSummary) => sum(pollers(s), (p) => p.emptyPolls);
const changesSeenByPolling = (s: RunSummary) => sum(pollers(s), (p) => p.changesSeen);
const delivered = (s: RunSummary) => sum(hooks(s), (h) => h.delivered);
const rejected = (s: RunSummary) => sum(hooks(s), (h) => h.rejectedSignatures);
const forgedAccepted = (s: RunSummary) => sum(hooks(s), (h) => h.acceptedForged);
const retries = (s: RunSummary) => sum(hooks(s), (h) => h.retries);
/** Deliveries processed beyond the changes there were: duplicates that did their work twice. */
const processedTwice = (s: RunSummary) => Math.max(0, ...hooks(s).map((h) => h.processed - h.delivered));
const duplicatesDropped = (s: RunSummary) => sum(hooks(s), (h) => h.duplicatesDropped);

/** Tutorial 5: asking for changes again and again, against being told; then making push safe. */
export const webhooksPolling: Tutorial = {
  id: 'webhooks-polling',
  section: 'Webhooks vs Polling',
  title: L('Webhooks vs polling', 'Вебхуки та опитування'),
  summary: L(
    'Learn about a payment provider’s changes by asking, then by being told; count the wasted polls and the seconds of staleness, then make the webhook safe with signatures, retries and an idempotent receiver.',
    'Дізнавайтеся про зміни в платіжного провайдера спершу запитами, потім повідомленнями від нього; порахуйте марні опитування й секунди застарілості, а тоді зробіть вебхук безпечним: підписи, повтори й ідемпотентний отримувач.',
  ),
  minutes: 10,
  start: null,
  roles: {
    poller: { kind: 'client' },
    provider: { kind: 'provider' },
    receiver: { kind: 'service' },
  },
  steps: [
    {
      id: 'provider',
      title: L('A payment provider', 'Платіжний провайдер'),
      body: L(
        'Your shop takes card payments through an outside provider. A payment’s status changes on *their* side (authorised, captured, refunded), and your shop needs to know.\n\nAdd a *Third-party provider* from the “Clients” group. By default its data changes about once every 10 s.',
        'Ваш магазин приймає оплату карткою через зовнішнього провайдера. Статус платежу змінюється на *його* боці (авторизовано, списано, повернено), а магазин має про це дізнатися.\n\nДодайте *Стороннього провайдера* з групи «Клієнти». Типово його дані змінюються приблизно раз на 10 с.',
      ),
      target: { type: 'palette', kind: 'provider' },
      goal: kindPresent('provider'),
      keep: 'stay',
      hint: L(
        'Third-party provider is the second item under “Clients” in the palette.',
        'Сторонній провайдер — другий пункт у розділі «Клієнти» палітри.',
      ),
      why: L(
        'The changes happen where you cannot see them; the only question is how you find out.',
        'Зміни відбуваються там, де ви їх не бачите; питання лише в тому, як ви про них дізнаєтеся.',
      ),
      showMe: [
        {
          do: 'add',
          kind: 'provider',
          at: { x: 340, y: 200 },
          label: L('Payment provider', 'Платіжний провайдер'),
        },
      ],
    },
    {
      id: 'poller',
      title: L('Ask every 5 seconds', 'Питайте кожні 5 секунд'),
      body: L(
        'Add a *Client*, set its *Mode* to *Polling* and wire it to the provider. It will ask “anything new?” every 5 s (its *Poll interval*).',
        'Додайте *Клієнта*, задайте йому *Режим* — *Опитування* і зʼєднайте його з провайдером. Він питатиме «є щось нове?» кожні 5 с (*Інтервал опитування*).',
      ),
      target: { type: 'field', key: 'mode' },
      goal: all(prop('client', 'mode', 'polling'), wired('client', 'provider')),
      keep: 'stay',
      hint: L(
        'Mode is the first setting of the client. The wire goes from the client to the provider.',
        'Режим — перше налаштування клієнта. Дріт іде від клієнта до провайдера.',
      ),
      why: L(
        'Polling is the simplest integration there is: the provider needs nothing but an API to read.',
        'Опитування — найпростіша інтеграція з можливих: провайдерові досить мати API для читання.',
      ),
      showMe: [
        {
          do: 'add',
          kind: 'client',
          at: { x: 40, y: 200 },
          label: L('Shop (poller)', 'Магазин (опитування)'),
        },
        { do: 'set', role: 'poller', key: 'mode', value: 'polling' },
        { do: 'connect', from: 'poller', to: 'provider' },
      ],
    },
    {
      id: 'run-polling',
      title: L('Count the wasted polls', 'Порахуйте марні опитування'),
      body: L(
        'Set the speed to *5×* and press *Run*. Let the client poll at least 12 times, then select it and read *Empty polls* and *Mean staleness*: how long a change waited before the client saw it.',
        'Задайте швидкість *5×* і натисніть *Запустити*. Нехай клієнт опитає провайдера щонайменше 12 разів, потім виберіть його й подивіться на *Порожні опитування* та *Середню застарілість*: скільки зміна чекала, перш ніж клієнт її побачив.',
      ),
      target: { type: 'run', control: 'speed' },
      goal: all(running, metricAtLeast(polls, 12), metricAtLeast(emptyPolls, 1)),
      keep: 'once',
      hint: L(
        'The speed list is next to Run. At 5× a minute of simulated time takes 12 s.',
        'Список швидкості — поруч із «Запустити». На 5× хвилина змодельованого часу минає за 12 с.',
      ),
      why: L(
        'With a change every 10 s and a poll every 5 s, about 6 polls in 10 come back empty (61% in a long run), and a change waits 2.5 s on average before anyone sees it. Poll twice as often and you halve the wait but waste even more requests.',
        'Коли зміна стається раз на 10 с, а опитування — кожні 5 с, приблизно 6 опитувань із 10 повертаються порожніми (61% на довгому прогоні), а зміна чекає в середньому 2,5 с, перш ніж її хтось побачить. Опитуйте вдвічі частіше — і вдвічі скоротите очікування, але марних запитів стане ще більше.',
      ),
      showMe: [{ do: 'speed', value: 5 }, { do: 'run' }],
      runFor: 60_000,
    },
    {
      id: 'webhook',
      title: L('Let the provider call you', 'Нехай провайдер викликає вас'),
      body: L(
        'Add a *Service*, the webhook receiver, and wire the *provider* to it. Now the provider sends each change to your endpoint the moment it happens: a *webhook*.',
        'Додайте *Сервіс* — отримувача вебхуків — і зʼєднайте з ним *провайдера*. Тепер провайдер надсилає кожну зміну на вашу адресу, щойно вона стається: це *вебхук*.',
      ),
      target: { type: 'palette', kind: 'service' },
      goal: wired('provider', 'service'),
      keep: 'stay',
      hint: L(
        'This wire starts at the provider’s right edge and ends on the service.',
        'Цей дріт починається на правому краї провайдера й закінчується на сервісі.',
      ),
      why: L(
        'The direction flipped: instead of you asking them, they tell you. It needs a public endpoint on your side.',
        'Напрямок змінився: не ви питаєте їх, а вони повідомляють вас. Для цього на вашому боці потрібна публічна адреса.',
      ),
      showMe: [
        {
          do: 'add',
          kind: 'service',
          at: { x: 640, y: 200 },
          label: L('Webhook receiver', 'Отримувач вебхуків'),
        },
        { do: 'connect', from: 'provider', to: 'receiver' },
      ],
    },
    {
      id: 'run-push',
      title: L('Push against poll', 'Push проти опитування'),
      body: L(
        'Keep the run going until the receiver has got at least 4 changes. Compare the receiver’s *Delivery* time with the poller’s *Mean staleness*: both learn of the same changes.',
        'Нехай прогін триває, доки отримувач не дістане щонайменше 4 зміни. Порівняйте час *Доставки* в отримувача із *Середньою застарілістю* в клієнта, що опитує: обидва дізнаються про ті самі зміни.',
      ),
      target: { type: 'node', role: 'receiver' },
      goal: all(metricAtLeast(delivered, 4), metricAtLeast(changesSeenByPolling, 3)),
      keep: 'once',
      hint: L(
        'Rewiring restarted the run; press Run if the clock stopped. Changes come about every 10 s, so this takes a simulated minute or so.',
        'Нове зʼєднання перезапустило прогін; натисніть «Запустити», якщо годинник зупинився. Зміни стаються приблизно раз на 10 с, тож це займе десь змодельовану хвилину.',
      ),
      why: L(
        'Each change reached the receiver in about 2 ms, the time of a single hop, with nobody asking, while the poller learnt of the same changes about 2.5 s late and kept sending empty polls in between. For changes that are rare and urgent, push wins on both counts.',
        'Кожна зміна дійшла до отримувача приблизно за 2 мс — час одного переходу, і ніхто не питав, — тоді як клієнт, що опитує, дізнавався про ті самі зміни із запізненням близько 2,5 с і між ними надсилав порожні опитування. Для рідкісних і термінових змін push виграє за обома показниками.',
      ),
      showMe: [{ do: 'run' }],
      runFor: 70_000,
    },
    {
      id: 'signatures',
      title: L('Check who is calling', 'Перевірте, хто дзвонить'),
      body: L(
        'A webhook endpoint is a public URL: anyone can send it a fake “payment captured”. Select the provider and set *Forged deliveries* to `20` % (an attacker at work) and *Change rate* to `2` per second (a busy day).\n\nThe wire already has *Verify signature* on: the receiver checks a signature over the body and a timestamp.',
        'Адреса вебхука — публічний URL: будь-хто може надіслати на неї підроблене «платіж списано». Виберіть провайдера й задайте *Підроблені доставки* — `20` % (працює зловмисник) і *Частоту змін* — `2` за секунду (напружений день).\n\nНа дроті вже ввімкнено *Перевіряти підпис*: отримувач перевіряє підпис тіла й мітки часу.',
      ),
      target: { type: 'field', key: 'forgedPct' },
      goal: all(
        wireProp('provider', 'service', 'verifySignature', true),
        metricAtLeast(rejected, 4),
        (ctx) => ctx.run.summary !== null && forgedAccepted(ctx.run.summary) === 0,
      ),
      keep: 'once',
      hint: L(
        'Both settings are on the provider. Leave Verify signature on the wire switched on.',
        'Обидва налаштування — у провайдера. «Перевіряти підпис» на дроті лишіть увімкненим.',
      ),
      why: L(
        'Every forged delivery was rejected and none was processed. Switch verification off and each of them would have marked a payment as paid.',
        'Кожну підроблену доставку відхилено, жодну не оброблено. Вимкніть перевірку — і кожна з них позначила б платіж як оплачений.',
      ),
      showMe: [
        { do: 'set', role: 'provider', key: 'forgedPct', value: 20 },
        { do: 'set', role: 'provider', key: 'changeRate', value: 2 },
      ],
      runFor: 20_000,
    },
    {
      id: 'retries',
      title: L('The receiver fails', 'Отримувач збоїть'),
      body: L(
        'Right-click the receiver and choose *Fail 50% of requests*. A failed delivery is not lost: the provider tries again, waiting longer each time (1 s, 2 s, 4 s...), up to 6 attempts.',
        'Клацніть правою кнопкою на отримувачі й оберіть *Збій 50% запитів*. Невдала доставка не губиться: провайдер пробує знову, щоразу чекаючи довше (1 с, 2 с, 4 с...), до 6 спроб.',
      ),
      target: { type: 'node', role: 'receiver' },
      goal: all(faultActive('service', 'errorPct'), metricAtLeast(retries, 10)),
      keep: 'once',
      hint: L(
        'The fault menu opens on right-click while the run is going.',
        'Меню збоїв відкривається правою кнопкою, поки триває прогін.',
      ),
      why: L(
        'Half the attempts fail, yet almost every change still arrives, a few seconds late: with 6 attempts at 50% only about 1 change in 64 runs out of them. Retries with backoff turn an unreliable receiver into late delivery instead of lost data.',
        'Половина спроб невдала, але майже кожна зміна все одно доходить, лише на кілька секунд пізніше: за 6 спроб по 50% вичерпує їх лише приблизно 1 зміна з 64. Повтори із затримкою перетворюють ненадійного отримувача на пізню доставку, а не на втрачені дані.',
      ),
      showMe: [{ do: 'fault', role: 'receiver', fault: 'errors', pct: 50 }],
      runFor: 15_000,
    },
    {
      id: 'duplicates',
      title: L('The same event, twice', 'Та сама подія двічі'),
      body: L(
        'Webhooks are delivered *at least once*: a retry after a lost acknowledgement, or the provider’s own hiccup, sends an event again. Set the provider’s *Duplicate deliveries* to `20` % and watch what the receiver processes.',
        'Вебхуки доставляються *щонайменше один раз*: повтор після втраченого підтвердження чи збій у самого провайдера надсилає подію ще раз. Задайте провайдеру *Дублікати доставок* — `20` % і подивіться, що обробляє отримувач.',
      ),
      target: { type: 'field', key: 'duplicatePct' },
      goal: all(prop('service', 'idempotent', false), metricAtLeast(processedTwice, 5)),
      keep: 'once',
      hint: L(
        'Duplicate deliveries is a setting of the provider. Keep the run going.',
        'Дублікати доставок — налаштування провайдера. Нехай прогін триває.',
      ),
      why: L(
        'The receiver processed more deliveries than there were changes: each extra one is a payment recorded twice, an order shipped twice or a second confirmation e-mail.',
        'Отримувач обробив більше доставок, ніж було змін: кожна зайва — це платіж, записаний двічі, замовлення, відправлене двічі, або другий лист-підтвердження.',
      ),
      showMe: [{ do: 'set', role: 'provider', key: 'duplicatePct', value: 20 }],
      runFor: 15_000,
    },
    {
      id: 'idempotent',
      title: L('Process each event once', 'Обробляйте кожну подію один раз'),
      body: L(
        'Select the receiver and turn on *Idempotent receiver*: it remembers the ids of the events it has handled and drops a delivery it has already seen.',
        'Виберіть отримувача й увімкніть *Ідемпотентний отримувач*: він памʼятає ідентифікатори оброблених подій і відкидає доставку, яку вже бачив.',
      ),
      target: { type: 'field', key: 'idempotent' },
      goal: all(prop('service', 'idempotent', true), metricAtLeast(duplicatesDropped, 5)),
      keep: 'once',
      hint: L(
        'Idempotent receiver is a switch near the bottom of the service’s inspector.',
        'Ідемпотентний отримувач — перемикач унизу інспектора сервісу.',
      ),
      why: L(
        'Duplicates are now dropped at the door, so every change is processed exactly once however many times it arrives. Signatures, retries and idempotency together are what make webhooks safe to rely on.',
        'Тепер дублікати відкидаються на вході, тож кожна зміна обробляється рівно один раз, хоч скільки разів вона надійде. Підписи, повтори та ідемпотентність разом і роблять вебхуки надійними.',
      ),
      showMe: [{ do: 'set', role: 'receiver', key: 'idempotent', value: true }],
      runFor: 20_000,
    },
  ],
  check: {
    question: L(
      'Your app must react within a second when a customer’s subscription changes, which happens a few times a year per customer. Which integration fits?',
      'Застосунок має реагувати протягом секунди, коли змінюється підписка клієнта, а це буває кілька разів на рік для кожного клієнта. Яка інтеграція підходить?',
    ),
    options: [
      {
        text: L('Poll every customer every second', 'Опитувати кожного клієнта щосекунди'),
        correct: false,
      },
      {
        text: L(
          'Webhooks, with signature checks, retries and an idempotent receiver',
          'Вебхуки з перевіркою підпису, повторами та ідемпотентним отримувачем',
        ),
        correct: true,
      },
      {
        text: L('Poll every customer once an hour', 'Опитувати кожного клієнта раз на годину'),
        correct: false,
      },
    ],
    explanation: L(
      'Polling every second would send about 31 million requests a year per customer to find a handful of changes; polling hourly is cheap but up to an hour late. A webhook arrives within a hop of the change, and the signature, retries and idempotency make it safe to act on.',
      'Опитування щосекунди — це близько 31 мільйона запитів на рік для кожного клієнта, щоб знайти кілька змін; опитування раз на годину дешеве, але запізнюється аж на годину. Вебхук надходить за один перехід після зміни, а підпис, повтори та ідемпотентність роблять його безпечним для дій.',
    ),
  },
  challenge: 'webhooks-budget',
};

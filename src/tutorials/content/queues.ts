import type { RunSummary } from '../../engine';
import { ownValues } from '../../model';
import {
  all,
  chain,
  faultActive,
  metricAtLeast,
  not,
  prop,
  queueDepthAtLeast,
  queueFellBack,
  ranFor,
  running,
  wired,
  wireProp,
} from '../goals';
import type { Tutorial } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

const queuesOf = (s: RunSummary) => ownValues(s.queues);
const acked = (s: RunSummary) => queuesOf(s).reduce((n, q) => n + q.acked, 0);
const redelivered = (s: RunSummary) => queuesOf(s).reduce((n, q) => n + q.redelivered, 0);
const deadLettered = (s: RunSummary) => queuesOf(s).reduce((n, q) => n + q.deadLettered, 0);
/** The most instances of one consumer that have handled at least one message. */
const instancesAtWork = (s: RunSummary) =>
  Math.max(0, ...ownValues(s.consumers).map((c) => c.consumed.filter((n) => n > 0).length));

/** Tutorial 7: a queue between checkout and an invoice worker, through an outage, at scale, with failures. */
export const queues: Tutorial = {
  id: 'queues',
  section: 'Messaging Queues',
  title: L('Message queues', 'Черги повідомлень'),
  summary: L(
    'Put a queue between checkout and an invoice worker: ride out the worker’s outage, share the work among competing consumers, and see what acknowledgements, prefetch and dead letters are for.',
    'Поставте чергу між оформленням замовлення й обробником рахунків: переживіть збій обробника, розділіть роботу між конкурентними споживачами й побачте, навіщо потрібні підтвердження, prefetch і черга недоставлених повідомлень.',
  ),
  minutes: 10,
  start: null,
  roles: {
    checkout: { kind: 'client' },
    jobs: { kind: 'queue', wiredFrom: 'checkout' },
    worker: { kind: 'service', wiredFrom: 'jobs' },
    dead: { kind: 'queue', wiredFrom: 'jobs' },
  },
  steps: [
    {
      id: 'add-queue',
      title: L('Publish into a queue', 'Публікуйте в чергу'),
      body: L(
        'Checkout has to hand invoice jobs to a worker without waiting for it.\n\nAdd a *Client* (checkout) and a *Message queue*, and wire the client to the queue: each of its requests becomes a message in the queue.',
        'Оформлення замовлення має передавати завдання на рахунки обробникові, не чекаючи на нього.\n\nДодайте *Клієнта* (оформлення замовлення) і *Чергу повідомлень* та зʼєднайте клієнта з чергою: кожен його запит стає повідомленням у черзі.',
      ),
      target: { type: 'palette', kind: 'queue' },
      goal: wired('client', 'queue'),
      keep: 'stay',
      hint: L(
        'The Message queue is under “Messaging”. Drag from the small dot on the client’s right edge onto it.',
        '«Черга повідомлень» — у розділі «Обмін повідомленнями». Потягніть від маленької точки на правому краї клієнта до неї.',
      ),
      why: L(
        'The publisher only needs the queue to be up. Who consumes, how many consumers there are and whether they are running right now is no longer its concern.',
        'Відправникові потрібно лише, щоб працювала черга. Хто споживає, скільки є споживачів і чи працюють вони саме зараз — уже не його клопіт.',
      ),
      showMe: [
        { do: 'add', kind: 'client', at: { x: 80, y: 160 }, label: L('Checkout', 'Оформлення') },
        { do: 'add', kind: 'queue', at: { x: 380, y: 160 }, label: L('Invoice jobs', 'Завдання на рахунки') },
        { do: 'connect', from: 'checkout', to: 'jobs' },
      ],
    },
    {
      id: 'add-worker',
      title: L('Add a consumer', 'Додайте споживача'),
      body: L(
        'Add a *Service* (the invoice worker) and wire the queue to it. The queue delivers each message to the worker and keeps it until the worker sends an *acknowledgement* (ack): only then is the message gone.',
        'Додайте *Сервіс* (обробник рахунків) і зʼєднайте з ним чергу. Черга доставляє кожне повідомлення обробникові й тримає його, доки той не надішле *підтвердження* (ack): лише тоді повідомлення зникає.',
      ),
      target: { type: 'palette', kind: 'service' },
      goal: chain('client', 'queue', 'service'),
      keep: 'stay',
      hint: L(
        'Service is under “Services and gateways”. Then drag from the queue’s right edge onto it.',
        '«Сервіс» — у розділі «Сервіси та шлюзи». Потім потягніть від правого краю черги до нього.',
      ),
      why: L(
        'The queue is now a buffer between two sides that run at their own pace: checkout publishes when customers pay, the worker consumes when it can.',
        'Тепер черга — буфер між двома сторонами, що працюють у власному темпі: оформлення публікує, коли клієнти платять, а обробник споживає, коли може.',
      ),
      showMe: [
        {
          do: 'add',
          kind: 'service',
          at: { x: 680, y: 160 },
          label: L('Invoice worker', 'Обробник рахунків'),
        },
        { do: 'connect', from: 'jobs', to: 'worker' },
      ],
    },
    {
      id: 'run',
      title: L('Run it', 'Запустіть'),
      body: L(
        'Press *Run* and let it go for 10 simulated seconds. Watch the queue’s *Depth*: the messages waiting for a consumer.',
        'Натисніть *Запустити* й дайте попрацювати 10 змодельованих секунд. Стежте за *Глибиною* черги — кількістю повідомлень, що чекають на споживача.',
      ),
      target: { type: 'run', control: 'play' },
      goal: all(running, ranFor(10_000), metricAtLeast(acked, 20)),
      keep: 'once',
      hint: L(
        'Run is the button at the top; the clock next to it counts simulated time.',
        '«Запустити» — кнопка вгорі; годинник поруч рахує змодельований час.',
      ),
      why: L(
        'Checkout sends 5 messages a second and the worker can handle about 10, so it keeps up: the depth stays at 0, and a message is acknowledged on average about a tenth of a second after it was published.',
        'Оформлення надсилає 5 повідомлень на секунду, а обробник встигає близько 10, тож він не відстає: глибина тримається на 0, а повідомлення підтверджується в середньому приблизно за десяту частку секунди після публікації.',
      ),
      showMe: [{ do: 'run' }],
      runFor: 11_000,
    },
    {
      id: 'outage',
      title: L('Stop the consumer', 'Зупиніть споживача'),
      body: L(
        'The worker crashes, or is being redeployed. Right-click it and choose *Stop*.\n\nKeep the run going and watch the queue’s depth until at least 40 messages are waiting.',
        'Обробник падає або його саме перерозгортають. Клацніть його правою кнопкою й оберіть *Зупинити*.\n\nНехай прогін триває; стежте за глибиною черги, доки в ній не чекатиме щонайменше 40 повідомлень.',
      ),
      target: { type: 'node', role: 'worker' },
      goal: all(faultActive('service', 'stopped'), queueDepthAtLeast(40)),
      keep: 'once',
      hint: L(
        'Faults are in the menu you get by right-clicking a component while the run is going.',
        'Збої — у меню, яке відкривається правою кнопкою на компоненті під час прогону.',
      ),
      why: L(
        'Checkout did not notice: it got no errors, because it only ever talks to the queue. The messages are not lost, only late: the queue holds them in order until someone consumes them.',
        'Оформлення нічого не помітило: жодної помилки, бо воно спілкується лише з чергою. Повідомлення не втрачено, вони лише запізнюються: черга зберігає їх по порядку, доки хтось їх не спожиє.',
      ),
      showMe: [{ do: 'fault', role: 'worker', fault: 'stop' }],
      runFor: 10_000,
    },
    {
      id: 'recover',
      title: L('Start it again', 'Запустіть його знову'),
      body: L(
        'Right-click the worker and choose *Start again*. Watch the depth fall back to zero.',
        'Клацніть обробник правою кнопкою й оберіть *Запустити знову*. Стежте, як глибина повертається до нуля.',
      ),
      target: { type: 'node', role: 'worker' },
      goal: all(not(faultActive('service', 'stopped')), queueFellBack(40, 0)),
      keep: 'once',
      hint: L(
        'Same menu as before: right-click the stopped worker.',
        'Те саме меню, що й раніше: клацніть правою кнопкою зупинений обробник.',
      ),
      why: L(
        'The worker drains the backlog with its spare capacity (it can handle about twice what keeps arriving), so the 40-odd waiting messages were gone within a few seconds. Every message published during the outage was delivered and acknowledged: late, but not lost.',
        'Обробник розбирає накопичене своїм запасом потужності (він встигає приблизно вдвічі більше, ніж надходить), тож понад 40 повідомлень, що чекали, зникли за кілька секунд. Кожне повідомлення, опубліковане під час збою, доставлено й підтверджено: із запізненням, але без втрат.',
      ),
      showMe: [{ do: 'fault', role: 'worker', fault: 'start' }],
      runFor: 15_000,
    },
    {
      id: 'competing',
      title: L('Competing consumers', 'Конкурентні споживачі'),
      body: L(
        'Sales pick up: set checkout’s *Request rate* to `20`. One worker cannot keep up with that, so give it `4` *Instances*. Each instance is a *competing consumer*: the queue hands every message to exactly one of them.\n\nThen press *Reset* and *Run*, and let it go for 15 seconds.',
        'Продажі зростають: задайте оформленню *Частоту запитів* `20`. Один обробник цього не витягне, тож дайте йому `4` *Екземпляри*. Кожен екземпляр — *конкурентний споживач*: черга віддає кожне повідомлення рівно одному з них.\n\nПотім натисніть *Скинути* і *Запустити* й дайте попрацювати 15 секунд.',
      ),
      target: { type: 'field', key: 'instances' },
      goal: all(ranFor(15_000), metricAtLeast(instancesAtWork, 3)),
      keep: 'once',
      hint: L(
        'Select the client for Request rate, the worker for Instances; Reset is next to Run.',
        '«Частота запитів» — у клієнта, «Екземпляри» — в обробника; «Скинути» — поруч із «Запустити».',
      ),
      why: L(
        'The four instances shared about 300 messages almost evenly, 70 to 80 each, without talking to each other: the queue is the only coordinator. To scale the consumers you add instances; the publisher changes nothing.',
        'Чотири екземпляри поділили близько 300 повідомлень майже порівну, по 70–80 на кожен, не домовляючись між собою: єдиний координатор — черга. Щоб масштабувати споживачів, ви додаєте екземпляри, а відправник нічого не змінює.',
      ),
      showMe: [
        { do: 'set', role: 'checkout', key: 'rate', value: 20 },
        { do: 'set', role: 'worker', key: 'instances', value: 4 },
        { do: 'reset' },
        { do: 'run' },
      ],
      runFor: 16_000,
    },
    {
      id: 'prefetch',
      title: L('Prefetch: how much each one holds', 'Prefetch: скільки тримає кожен'),
      body: L(
        'Each instance may hold up to *Prefetch* unacknowledged messages at once (10 by default): handy when the network is slow, but messages held by a busy instance cannot go to an idle one.\n\nSelect the wire from the queue to the worker, set *Prefetch* to `1`, then *Reset* and *Run* for 15 seconds. Compare the queue’s depth and latency with the last run.',
        'Кожен екземпляр може тримати до *Prefetch* непідтверджених повідомлень одночасно (типово 10): це зручно, коли мережа повільна, але повідомлення, які тримає зайнятий екземпляр, не дістануться вільному.\n\nВиберіть зʼєднання від черги до обробника, задайте *Prefetch* `1`, потім *Скинути* і *Запустити* на 15 секунд. Порівняйте глибину й затримку черги з попереднім прогоном.',
      ),
      target: { type: 'field', key: 'prefetch' },
      goal: all(
        wireProp('queue', 'service', 'prefetch', (v) => Number(v) <= 2),
        ranFor(15_000),
        metricAtLeast(acked, 100),
      ),
      keep: 'once',
      hint: L(
        'Click the wire between the queue and the worker: its settings, Prefetch among them, appear in the inspector.',
        'Клацніть зʼєднання між чергою та обробником: його налаштування, зокрема Prefetch, зʼявляться в інспекторі.',
      ),
      why: L(
        'With prefetch 10 the queue looked empty (depth 0) while messages waited inside busy instances. With prefetch 1 they wait in the queue, and the first instance to become free takes the next one: the slowest 5% of messages now go from publish to ack in about 300 ms instead of about 330 ms. A small gain at this load, and it grows with it: at 30 messages a second it is about 420 ms instead of about 650 ms.',
        'З prefetch 10 черга здавалася порожньою (глибина 0), а повідомлення тим часом чекали всередині зайнятих екземплярів. З prefetch 1 вони чекають у черзі, і наступне бере той екземпляр, що звільнився першим: тепер найповільніші 5% повідомлень проходять шлях від публікації до підтвердження приблизно за 300 мс замість приблизно 330 мс. За такого навантаження виграш невеликий, але він росте разом із ним: при 30 повідомленнях на секунду це приблизно 420 мс замість приблизно 650 мс.',
      ),
      showMe: [
        { do: 'setWire', from: 'jobs', to: 'worker', key: 'prefetch', value: 1 },
        { do: 'reset' },
        { do: 'run' },
      ],
      runFor: 16_000,
    },
    {
      id: 'acks',
      title: L('Failures and redelivery', 'Збої та повторна доставка'),
      body: L(
        'Not every invoice goes through the first time. Set the worker’s *Error rate* to `30` %.\n\nA failed delivery is acknowledged *negatively*: the queue puts the message back at the head and delivers it again, maybe to another instance. Watch *Redelivered*.',
        'Не кожен рахунок виходить з першої спроби. Задайте обробникові *Частку помилок* `30` %.\n\nНевдалу доставку підтверджують *негативно*: черга повертає повідомлення на початок і доставляє його знову, можливо, іншому екземпляру. Стежте за лічильником *Доставлено повторно*.',
      ),
      target: { type: 'field', key: 'errorRatePct' },
      goal: all(
        prop('service', 'errorRatePct', (v) => Number(v) >= 10),
        metricAtLeast(redelivered, 30),
      ),
      keep: 'once',
      hint: L(
        'Select the worker; Error rate is among its settings in the inspector.',
        'Виберіть обробник; «Частка помилок» — серед його налаштувань в інспекторі.',
      ),
      why: L(
        'About three deliveries in ten failed and were simply tried again, and nothing was lost. That is *at-least-once* delivery: a message may be handled more than once (say, a worker crashes after doing the work but before its ack), so consumers should be idempotent.',
        'Приблизно три доставки з десяти не вдалися й були просто повторені, і нічого не загубилося. Це доставка *щонайменше один раз*: повідомлення можуть обробити більше ніж раз (скажімо, обробник падає, уже виконавши роботу, але ще не надіславши підтвердження), тож споживачі мають бути ідемпотентними.',
      ),
      showMe: [{ do: 'set', role: 'worker', key: 'errorRatePct', value: 30 }],
      runFor: 10_000,
    },
    {
      id: 'dead-letter',
      title: L('Dead letters', 'Черга недоставлених повідомлень'),
      body: L(
        'Some messages fail again and again. Add a second *Message queue* (dead letters) and wire the jobs queue to it: that wire makes it the *dead-letter queue*. Then set the jobs queue’s *Max deliveries* to `3`.\n\nA message that fails 3 times is moved to the dead-letter queue instead of being retried for ever.',
        'Деякі повідомлення раз у раз не вдається обробити. Додайте другу *Чергу повідомлень* (недоставлені) і зʼєднайте з нею чергу завдань: це зʼєднання робить її *чергою недоставлених повідомлень*. Потім задайте черзі завдань *Макс. доставок* `3`.\n\nПовідомлення, яке тричі не вдалося обробити, переходить у чергу недоставлених, а не повторюється без кінця.',
      ),
      target: { type: 'field', key: 'maxDeliveries' },
      goal: all(wired('queue', 'queue'), metricAtLeast(deadLettered, 1)),
      keep: 'once',
      hint: L(
        'Drag from the jobs queue’s right edge onto the new queue, then select the jobs queue and type 3 into Max deliveries.',
        'Потягніть від правого краю черги завдань до нової черги, потім виберіть чергу завдань і введіть 3 у поле «Макс. доставок».',
      ),
      why: L(
        'Only a message that fails three times running goes there: the chance is 0.3 × 0.3 × 0.3 ≈ 2.7%, and a minute of this run parks about 25 of some 1,250 messages while the rest go through. Without a dead-letter queue they would be dropped; with one, someone can look at them, fix the cause and publish them again.',
        'Туди потрапляє лише повідомлення, яке тричі поспіль не вдалося обробити: імовірність цього 0,3 × 0,3 × 0,3 ≈ 2,7%, і за хвилину цього прогону там опиняється близько 25 із приблизно 1250 повідомлень, а решта проходить. Без черги недоставлених їх було б відкинуто; з нею хтось може їх переглянути, усунути причину й опублікувати знову.',
      ),
      showMe: [
        { do: 'add', kind: 'queue', at: { x: 680, y: 360 }, label: L('Dead letters', 'Недоставлені') },
        { do: 'connect', from: 'jobs', to: 'dead' },
        { do: 'set', role: 'jobs', key: 'maxDeliveries', value: 3 },
      ],
      runFor: 15_000,
    },
  ],
  check: {
    question: L(
      'The invoice worker is redeployed every night and is down for two minutes. With a queue between checkout and the worker, what happens to the invoices sent in those two minutes?',
      'Обробник рахунків щоночі перерозгортають, і дві хвилини він не працює. Що стається з рахунками, надісланими за ці дві хвилини, якщо між оформленням і обробником стоїть черга?',
    ),
    options: [
      {
        text: L(
          'They are lost and checkout must send them again',
          'Вони губляться, і оформлення має надіслати їх знову',
        ),
        correct: false,
      },
      {
        text: L(
          'They wait in the queue and are handled when the worker is back',
          'Вони чекають у черзі й обробляються, коли обробник повернеться',
        ),
        correct: true,
      },
      {
        text: L(
          'Checkout gets 503 errors until the worker is back',
          'Оформлення отримує помилки 503, доки обробник не повернеться',
        ),
        correct: false,
      },
    ],
    explanation: L(
      'The queue decouples the two sides in time: checkout only needs the queue to be up, and the messages wait, in order, until a consumer takes them. The cost is a backlog to drain afterwards, so the worker needs spare capacity, and the queue needs room for two minutes of traffic.',
      'Черга розвʼязує дві сторони в часі: оформленню потрібна лише черга, а повідомлення чекають, по порядку, доки їх не візьме споживач. Ціна — накопичене, яке потім треба розібрати, тож обробникові потрібен запас потужності, а черзі — місце для двох хвилин трафіку.',
    ),
  },
  challenge: 'queue-outage',
};

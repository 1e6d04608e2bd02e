import { choice, flag, L, num, opt, text } from '../props';
import type { KindSpec } from './kindSpec';

const up = flag(
  'up',
  L('Up', 'Працює'),
  L(
    'Whether it is running. A stopped component answers nothing.',
    'Чи запущено компонент. Зупинений компонент нічого не відповідає.',
  ),
  true,
);

export const client: KindSpec = {
  kind: 'client',
  group: 'clients',
  icon: 'client',
  color: '#2563eb',
  name: L('Client', 'Клієнт'),
  description: L(
    'A traffic source: a web or mobile app calling APIs synchronously, asynchronously or by polling.',
    'Джерело трафіку: вебзастосунок чи мобільний клієнт, що викликає API синхронно, асинхронно або опитуванням.',
  ),
  props: [
    choice(
      'mode',
      L('Mode', 'Режим'),
      L(
        'Sync waits for each response; async gets 202 at once and the result later by callback; polling asks a provider every interval.',
        'Синхронний чекає на кожну відповідь; асинхронний одразу отримує 202, а результат пізніше через callback; опитування питає провайдера з інтервалом.',
      ),
      [
        opt('sync', 'Synchronous', 'Синхронний'),
        opt('async', 'Asynchronous', 'Асинхронний'),
        opt('polling', 'Polling', 'Опитування'),
      ],
      'sync',
    ),
    num(
      'rate',
      L('Request rate', 'Частота запитів'),
      L('Requests started per second.', 'Скільки запитів починається за секунду.'),
      {
        default: 5,
        min: 0.01,
        max: 5000,
        unit: 'perSecond',
        visibleWhen: { key: 'mode', oneOf: ['sync', 'async'] },
      },
    ),
    choice(
      'arrivals',
      L('Arrivals', 'Надходження'),
      L(
        'Constant spacing, or random (Poisson) like real independent users.',
        'Рівномірно або випадково (Пуассон), як незалежні користувачі.',
      ),
      [opt('constant', 'Constant', 'Рівномірно'), opt('poisson', 'Poisson (random)', 'Пуассон (випадково)')],
      'poisson',
      { visibleWhen: { key: 'mode', oneOf: ['sync', 'async'] } },
    ),
    num(
      'users',
      L('Virtual users', 'Віртуальні користувачі'),
      L(
        'Each user waits for its response before sending the next request.',
        'Кожен користувач чекає на відповідь, перш ніж надіслати наступний запит.',
      ),
      {
        default: 1,
        min: 1,
        max: 1000,
        integer: true,
        unit: 'count',
        visibleWhen: { key: 'mode', oneOf: ['sync'] },
      },
    ),
    text(
      'paths',
      L('Request paths', 'Шляхи запитів'),
      L(
        'Weighted list of paths, e.g. "/orders:3, /users:1". A gateway routes by path prefix.',
        'Зважений список шляхів, напр. "/orders:3, /users:1". Шлюз маршрутизує за префіксом шляху.',
      ),
      '/orders',
      {
        placeholder: '/orders:3, /users:1',
        visibleWhen: { key: 'mode', oneOf: ['sync', 'async'] },
      },
    ),
    num(
      'payloadKb',
      L('Payload size', 'Розмір даних'),
      L('Size of each request body.', 'Розмір тіла кожного запиту.'),
      { default: 1, min: 0.01, max: 10000, unit: 'kb' },
    ),
    flag(
      'honourRetryAfter',
      L('Honour Retry-After', 'Дотримуватися Retry-After'),
      L(
        'A well-behaved client waits as told after a 429 before trying again.',
        'Чемний клієнт після 429 чекає вказаний час, перш ніж повторити.',
      ),
      true,
    ),
    num(
      'pollIntervalMs',
      L('Poll interval', 'Інтервал опитування'),
      L('Time between polls.', 'Час між опитуваннями.'),
      {
        default: 5000,
        min: 100,
        max: 3_600_000,
        unit: 'ms',
        visibleWhen: { key: 'mode', oneOf: ['polling'] },
      },
    ),
    num(
      'pollJitterPct',
      L('Poll jitter', 'Розкид опитування'),
      L(
        'Random spread added to each interval so clients do not poll in lockstep.',
        'Випадковий розкид інтервалу, щоб клієнти не опитували одночасно.',
      ),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
        visibleWhen: { key: 'mode', oneOf: ['polling'] },
      },
    ),
    flag(
      'conditional',
      L('Conditional requests', 'Умовні запити'),
      L(
        'Send If-None-Match; an unchanged resource answers 304 with no body.',
        'Надсилати If-None-Match; незмінений ресурс відповідає 304 без тіла.',
      ),
      true,
      {
        visibleWhen: { key: 'mode', oneOf: ['polling'] },
      },
    ),
    flag(
      'longPoll',
      L('Long polling', 'Довге опитування'),
      L(
        'The provider holds each poll open until a change happens or the timeout passes.',
        'Провайдер тримає запит відкритим, доки не станеться зміна або не мине тайм-аут.',
      ),
      false,
      {
        visibleWhen: { key: 'mode', oneOf: ['polling'] },
      },
    ),
    num(
      'longPollTimeoutMs',
      L('Long-poll timeout', 'Тайм-аут довгого опитування'),
      L(
        'How long the provider holds a long poll with no change.',
        'Скільки провайдер тримає довге опитування без змін.',
      ),
      {
        default: 30_000,
        min: 100,
        max: 600_000,
        unit: 'ms',
        visibleWhen: { key: 'longPoll', oneOf: [true] },
      },
    ),
  ],
};

export const provider: KindSpec = {
  kind: 'provider',
  group: 'clients',
  icon: 'provider',
  color: '#7c3aed',
  name: L('Third-party provider', 'Сторонній провайдер'),
  description: L(
    'An external system (payments, CRM) whose data changes; it delivers webhooks and can be polled.',
    'Зовнішня система (платежі, CRM), дані якої змінюються; надсилає вебхуки, її можна опитувати.',
  ),
  props: [
    num(
      'changeRate',
      L('Change rate', 'Частота змін'),
      L(
        'Changes per second, at random (Poisson) times.',
        'Змін за секунду, у випадкові (пуассонівські) моменти.',
      ),
      {
        default: 0.1,
        min: 0.001,
        max: 1000,
        unit: 'perSecond',
      },
    ),
    num(
      'responseTimeMs',
      L('Response time', 'Час відповіді'),
      L('How long it takes to answer a poll.', 'Скільки часу займає відповідь на опитування.'),
      { default: 50, min: 0, max: 60_000, unit: 'ms' },
    ),
    num(
      'webhookTimeoutMs',
      L('Webhook timeout', 'Тайм-аут вебхука'),
      L(
        'A delivery not acknowledged in this time counts as failed and is retried.',
        'Доставка без підтвердження за цей час вважається невдалою і повторюється.',
      ),
      {
        default: 5000,
        min: 10,
        max: 120_000,
        unit: 'ms',
      },
    ),
    num(
      'webhookMaxAttempts',
      L('Delivery attempts', 'Спроби доставки'),
      L(
        'Attempts per event before giving up, with exponential backoff and jitter.',
        'Спроб на подію до відмови, з експоненційною затримкою та розкидом.',
      ),
      {
        default: 6,
        min: 1,
        max: 30,
        integer: true,
        unit: 'count',
      },
    ),
    num(
      'webhookBackoffMs',
      L('First retry after', 'Перший повтор через'),
      L(
        'Delay before the first retry; each next one doubles.',
        'Затримка перед першим повтором; кожна наступна подвоюється.',
      ),
      {
        default: 1000,
        min: 10,
        max: 3_600_000,
        unit: 'ms',
      },
    ),
    num(
      'disableAfterMs',
      L('Disable endpoint after', 'Вимкнути ендпоінт через'),
      L(
        'An endpoint failing for this long is disabled; later changes are counted as missed.',
        'Ендпоінт, що збоїть стільки часу, вимикається; подальші зміни рахуються як пропущені.',
      ),
      {
        default: 600_000,
        min: 1000,
        max: 86_400_000,
        unit: 'ms',
      },
    ),
    num(
      'duplicatePct',
      L('Duplicate deliveries', 'Дублікати доставок'),
      L(
        'Share of events delivered twice (at-least-once delivery).',
        'Частка подій, доставлених двічі (доставка щонайменше один раз).',
      ),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
      },
    ),
    num(
      'forgedPct',
      L('Forged deliveries', 'Підроблені доставки'),
      L(
        'Share of extra deliveries with a bad signature, injected by an attacker.',
        'Частка зайвих доставок із хибним підписом, які підкидає зловмисник.',
      ),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
      },
    ),
    num(
      'replayedPct',
      L('Replayed deliveries', 'Повторно відтворені доставки'),
      L(
        'Share of old deliveries replayed with a stale timestamp.',
        'Частка старих доставок, відтворених зі застарілою міткою часу.',
      ),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
      },
    ),
    up,
  ],
};

export const service: KindSpec = {
  kind: 'service',
  group: 'services',
  icon: 'service',
  color: '#059669',
  name: L('Service', 'Сервіс'),
  description: L(
    'A microservice with parallel instances; it handles requests, calls downstream and publishes events.',
    'Мікросервіс із паралельними екземплярами; обробляє запити, викликає інші сервіси й публікує події.',
  ),
  props: [
    num(
      'instances',
      L('Instances', 'Екземпляри'),
      L(
        'Parallel workers; each handles one request at a time.',
        'Паралельні обробники; кожен обробляє один запит за раз.',
      ),
      {
        default: 1,
        min: 1,
        max: 64,
        integer: true,
        unit: 'count',
      },
    ),
    choice(
      'serviceTime',
      L('Service time', 'Час обробки'),
      L(
        'How handling time varies: constant, exponential (memoryless) or lognormal (long tail).',
        'Як змінюється час обробки: сталий, експоненційний або логнормальний (довгий хвіст).',
      ),
      [
        opt('constant', 'Constant', 'Сталий'),
        opt('exponential', 'Exponential', 'Експоненційний'),
        opt('lognormal', 'Lognormal', 'Логнормальний'),
      ],
      'exponential',
    ),
    num(
      'serviceTimeMs',
      L('Mean service time', 'Середній час обробки'),
      L('Mean time one instance spends on a request.', 'Середній час, який екземпляр витрачає на запит.'),
      {
        default: 100,
        min: 0.1,
        max: 600_000,
        unit: 'ms',
      },
    ),
    num(
      'p99Ms',
      L('p99 service time', 'p99 часу обробки'),
      L(
        '99th percentile of the lognormal distribution; must exceed the mean.',
        '99-й перцентиль логнормального розподілу; має перевищувати середнє.',
      ),
      {
        default: 400,
        min: 0.2,
        max: 3_600_000,
        unit: 'ms',
        visibleWhen: { key: 'serviceTime', oneOf: ['lognormal'] },
      },
    ),
    num(
      'backlogLimit',
      L('Backlog limit', 'Ліміт черги'),
      L(
        'Requests waiting beyond this are refused with 503.',
        'Запити понад цю кількість у черзі отримують 503.',
      ),
      {
        default: 100,
        min: 0,
        max: 100_000,
        integer: true,
        unit: 'count',
      },
    ),
    num(
      'errorRatePct',
      L('Error rate', 'Частка помилок'),
      L('Share of requests that fail with 500.', 'Частка запитів, що завершуються помилкою 500.'),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
      },
    ),
    choice(
      'downstream',
      L('Downstream calls', 'Виклики далі'),
      L(
        'Call the services it is wired to one after another, or all at once.',
        'Викликати підключені сервіси по черзі або всі одночасно.',
      ),
      [opt('sequential', 'In sequence', 'Послідовно'), opt('parallel', 'In parallel', 'Паралельно')],
      'sequential',
    ),
    flag(
      'idempotent',
      L('Idempotent receiver', 'Ідемпотентний отримувач'),
      L(
        'Remembers event ids and drops duplicates, so each event is processed once.',
        'Запамʼятовує ідентифікатори подій і відкидає дублікати, тож кожна подія обробляється один раз.',
      ),
      false,
    ),
    up,
  ],
};

export const gateway: KindSpec = {
  kind: 'gateway',
  group: 'services',
  icon: 'gateway',
  color: '#d97706',
  name: L('API Gateway', 'API-шлюз'),
  description: L(
    'One entry point: authenticates, rate-limits, routes by path, aggregates and translates protocols.',
    'Єдина точка входу: автентифікує, обмежує частоту, маршрутизує за шляхом, агрегує й перекладає протоколи.',
  ),
  props: [
    num(
      'overheadMs',
      L('Overhead', 'Накладні витрати'),
      L('Time the gateway adds to every request.', 'Час, який шлюз додає до кожного запиту.'),
      { default: 2, min: 0, max: 10_000, unit: 'ms' },
    ),
    flag(
      'auth',
      L('Authentication', 'Автентифікація'),
      L(
        'Check each token; bad tokens get 401 and never reach a service.',
        'Перевіряти кожен токен; хибні отримують 401 і не доходять до сервісів.',
      ),
      true,
    ),
    num(
      'unauthenticatedPct',
      L('Requests without a valid token', 'Запити без дійсного токена'),
      L('Share of traffic answered 401 at the gateway.', 'Частка трафіку, що отримує 401 на шлюзі.'),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
        visibleWhen: { key: 'auth', oneOf: [true] },
      },
    ),
    num(
      'forbiddenPct',
      L('Requests not authorized', 'Запити без дозволу'),
      L('Share of authenticated traffic answered 403.', 'Частка автентифікованого трафіку, що отримує 403.'),
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'percent',
        visibleWhen: { key: 'auth', oneOf: [true] },
      },
    ),
    flag(
      'rateLimit',
      L('Rate limiting', 'Обмеження частоти'),
      L(
        'A token bucket per client; over the limit answers 429 with Retry-After.',
        'Відро токенів на клієнта; понад ліміт відповідь 429 з Retry-After.',
      ),
      false,
    ),
    num(
      'rateLimitRps',
      L('Limit', 'Ліміт'),
      L('Tokens added per second for each client.', 'Токенів на секунду для кожного клієнта.'),
      {
        default: 10,
        min: 0.1,
        max: 100_000,
        unit: 'perSecond',
        visibleWhen: { key: 'rateLimit', oneOf: [true] },
      },
    ),
    num(
      'rateLimitBurst',
      L('Burst', 'Сплеск'),
      L(
        'Bucket size: how many requests may pass at once.',
        'Розмір відра: скільки запитів може пройти одразу.',
      ),
      {
        default: 5,
        min: 1,
        max: 100_000,
        integer: true,
        unit: 'count',
        visibleWhen: { key: 'rateLimit', oneOf: [true] },
      },
    ),
    flag(
      'aggregate',
      L('Aggregation', 'Агрегація'),
      L(
        'Fan each request out to every matching route in parallel and merge the answers.',
        'Розсилати кожен запит на всі відповідні маршрути паралельно та обʼєднувати відповіді.',
      ),
      false,
    ),
    num(
      'aggregateDeadlineMs',
      L('Aggregation deadline', 'Дедлайн агрегації'),
      L(
        'After this, answer with what has arrived (a partial response).',
        'Після цього відповісти тим, що надійшло (часткова відповідь).',
      ),
      {
        default: 1000,
        min: 1,
        max: 600_000,
        unit: 'ms',
        visibleWhen: { key: 'aggregate', oneOf: [true] },
      },
    ),
  ],
};

export const loadBalancer: KindSpec = {
  kind: 'loadBalancer',
  group: 'services',
  icon: 'loadBalancer',
  color: '#0891b2',
  name: L('Load balancer', 'Балансувальник'),
  description: L(
    'Spreads requests over the targets it is wired to and skips unhealthy ones.',
    'Розподіляє запити між підключеними цілями й оминає несправні.',
  ),
  props: [
    choice(
      'algorithm',
      L('Algorithm', 'Алгоритм'),
      L('How the next target is chosen.', 'Як обирається наступна ціль.'),
      [
        opt('roundRobin', 'Round robin', 'По колу'),
        opt('leastConnections', 'Least connections', 'Найменше зʼєднань'),
        opt('random', 'Random', 'Випадково'),
        opt('p2c', 'Power of two choices', 'Кращий із двох випадкових'),
      ],
      'roundRobin',
    ),
    num(
      'healthCheckIntervalMs',
      L('Health-check interval', 'Інтервал перевірки стану'),
      L(
        'A target that went down is noticed at the next check.',
        'Ціль, що впала, помічається під час наступної перевірки.',
      ),
      {
        default: 5000,
        min: 100,
        max: 600_000,
        unit: 'ms',
      },
    ),
    num(
      'overheadMs',
      L('Overhead', 'Накладні витрати'),
      L('Time added to every request.', 'Час, що додається до кожного запиту.'),
      { default: 1, min: 0, max: 10_000, unit: 'ms' },
    ),
  ],
};

export const database: KindSpec = {
  kind: 'database',
  group: 'services',
  icon: 'database',
  color: '#475569',
  name: L('Database', 'База даних'),
  description: L(
    'Stores data; reads and writes take time and share a limited connection pool.',
    'Зберігає дані; читання й запис займають час і ділять обмежений пул зʼєднань.',
  ),
  props: [
    num(
      'readMs',
      L('Read latency', 'Затримка читання'),
      L('Mean time of a read query.', 'Середній час запиту на читання.'),
      { default: 5, min: 0.1, max: 600_000, unit: 'ms' },
    ),
    num(
      'writeMs',
      L('Write latency', 'Затримка запису'),
      L('Mean time of a write.', 'Середній час запису.'),
      { default: 20, min: 0.1, max: 600_000, unit: 'ms' },
    ),
    num(
      'writePct',
      L('Writes', 'Частка записів'),
      L('Share of queries that are writes.', 'Частка запитів, що є записом.'),
      { default: 20, min: 0, max: 100, unit: 'percent' },
    ),
    num(
      'poolSize',
      L('Connection pool', 'Пул зʼєднань'),
      L(
        'Queries running at once; others wait for a connection.',
        'Запитів одночасно; решта чекає на зʼєднання.',
      ),
      {
        default: 10,
        min: 1,
        max: 10_000,
        integer: true,
        unit: 'count',
      },
    ),
    up,
  ],
};

export const batch: KindSpec = {
  kind: 'batch',
  group: 'services',
  icon: 'batch',
  color: '#be185d',
  name: L('Batch processor', 'Пакетний обробник'),
  description: L(
    'Collects items and sends them on as one batch when it is full or its window ends.',
    'Збирає елементи й надсилає їх одним пакетом, коли пакет повний або минає вікно.',
  ),
  props: [
    num(
      'batchSize',
      L('Batch size', 'Розмір пакета'),
      L('Send when this many items are collected.', 'Надіслати, коли зібрано стільки елементів.'),
      {
        default: 10,
        min: 1,
        max: 100_000,
        integer: true,
        unit: 'count',
      },
    ),
    num(
      'windowMs',
      L('Window', 'Вікно'),
      L(
        'Send what has been collected when this time has passed since the first item.',
        'Надіслати зібране, коли від першого елемента мине цей час.',
      ),
      {
        default: 1000,
        min: 1,
        max: 3_600_000,
        unit: 'ms',
      },
    ),
  ],
};

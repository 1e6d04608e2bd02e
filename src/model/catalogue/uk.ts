/**
 * The Ukrainian of the component catalogue and the wiring rules, keyed by their English (as
 * gettext does): it loads with the Ukrainian dictionary, so an English first visit does not
 * download it. Every English text of the catalogue must have an entry (catalogue/uk.test.ts).
 */
export const CATALOGUE_UK: Readonly<Record<string, string>> = {
  Up: 'Працює',
  'Whether it is running. A stopped component answers nothing.':
    'Чи запущено компонент. Зупинений компонент нічого не відповідає.',
  Client: 'Клієнт',
  'A traffic source: a web or mobile app calling APIs synchronously, asynchronously or by polling.':
    'Джерело трафіку: вебзастосунок чи мобільний клієнт, що викликає API синхронно, асинхронно або опитуванням.',
  Mode: 'Режим',
  'Sync waits for each response; async gets 202 at once and the result later by callback; polling asks a provider every interval.':
    'Синхронний чекає на кожну відповідь; асинхронний одразу отримує 202, а результат пізніше через callback; опитування питає провайдера з інтервалом.',
  Synchronous: 'Синхронний',
  Asynchronous: 'Асинхронний',
  Polling: 'Опитування',
  'Request rate': 'Частота запитів',
  'Requests started per second.': 'Скільки запитів починається за секунду.',
  Arrivals: 'Надходження',
  'Constant spacing, or random (Poisson) like real independent users.':
    'Рівномірно або випадково (Пуассон), як незалежні користувачі.',
  'Evenly spaced': 'Рівномірно',
  'Poisson (random)': 'Пуассон (випадково)',
  'Virtual users': 'Віртуальні користувачі',
  'Each user waits for its response before sending the next request.':
    'Кожен користувач чекає на відповідь, перш ніж надіслати наступний запит.',
  'Request paths': 'Шляхи запитів',
  'Weighted list of paths, e.g. "/orders:3, /users:1". A gateway routes by path prefix.':
    'Зважений список шляхів, напр. "/orders:3, /users:1". Шлюз маршрутизує за префіксом шляху.',
  'Payload size': 'Розмір даних',
  'Size of each request body.': 'Розмір тіла кожного запиту.',
  'Honour Retry-After': 'Дотримуватися Retry-After',
  'A well-behaved client waits as told after a 429 before trying again.':
    'Чемний клієнт після 429 чекає вказаний час, перш ніж повторити.',
  'Poll interval': 'Інтервал опитування',
  'Time between polls.': 'Час між опитуваннями.',
  'Poll jitter': 'Розкид опитування',
  'Random spread added to each interval so clients do not poll in lockstep.':
    'Випадковий розкид інтервалу, щоб клієнти не опитували одночасно.',
  'Conditional requests': 'Умовні запити',
  'Send If-None-Match; an unchanged resource answers 304 with no body.':
    'Надсилати If-None-Match; незмінений ресурс відповідає 304 без тіла.',
  'Long polling': 'Довге опитування',
  'The provider holds each poll open until a change happens or the timeout passes.':
    'Провайдер тримає запит відкритим, доки не станеться зміна або не мине тайм-аут.',
  'Long-poll timeout': 'Тайм-аут довгого опитування',
  'How long the provider holds a long poll with no change.':
    'Скільки провайдер тримає довге опитування без змін.',
  'Third-party provider': 'Сторонній провайдер',
  'An external system (payments, CRM) whose data changes; it delivers webhooks and can be polled.':
    'Зовнішня система (платежі, CRM), дані якої змінюються; надсилає вебхуки, її можна опитувати.',
  'Change rate': 'Частота змін',
  'Changes per second, at random (Poisson) times.': 'Змін за секунду, у випадкові (пуассонівські) моменти.',
  'Response time': 'Час відповіді',
  'How long it takes to answer a poll.': 'Скільки часу займає відповідь на опитування.',
  'Webhook timeout': 'Тайм-аут вебхука',
  'A delivery not acknowledged in this time counts as failed and is retried.':
    'Доставка без підтвердження за цей час вважається невдалою і повторюється.',
  'Delivery attempts': 'Спроби доставки',
  'Attempts per event before giving up, with exponential backoff and jitter.':
    'Спроб на подію до відмови, з експоненційною затримкою та розкидом.',
  'First retry after': 'Перший повтор через',
  'Delay before the first retry; each next one doubles.':
    'Затримка перед першим повтором; кожна наступна подвоюється.',
  'Disable endpoint after': 'Вимкнути ендпоінт через',
  'An endpoint failing for this long is disabled; later changes are counted as missed.':
    'Ендпоінт, що збоїть стільки часу, вимикається; подальші зміни рахуються як пропущені.',
  'Duplicate deliveries': 'Дублікати доставок',
  'Share of events delivered twice (at-least-once delivery).':
    'Частка подій, доставлених двічі (доставка щонайменше один раз).',
  'Forged deliveries': 'Підроблені доставки',
  'Share of extra deliveries with a bad signature, injected by an attacker.':
    'Частка зайвих доставок із хибним підписом, які підкидає зловмисник.',
  'Replayed deliveries': 'Повторно відтворені доставки',
  'Share of old deliveries replayed with a stale timestamp.':
    'Частка старих доставок, відтворених зі застарілою міткою часу.',
  Service: 'Сервіс',
  'A microservice with parallel instances; it handles requests, calls downstream and publishes events.':
    'Мікросервіс із паралельними екземплярами; обробляє запити, викликає інші сервіси й публікує події.',
  Instances: 'Екземпляри',
  'Parallel workers; each handles one request at a time.':
    'Паралельні обробники; кожен обробляє один запит за раз.',
  'Service time': 'Час обробки',
  'How handling time varies: constant, exponential (memoryless) or lognormal (long tail).':
    'Як змінюється час обробки: сталий, експоненційний або логнормальний (довгий хвіст).',
  Constant: 'Сталий',
  Exponential: 'Експоненційний',
  Lognormal: 'Логнормальний',
  'Mean service time': 'Середній час обробки',
  'Mean time one instance spends on a request.': 'Середній час, який екземпляр витрачає на запит.',
  'p99 service time': 'p99 часу обробки',
  '99th percentile of the lognormal distribution; must exceed the mean.':
    '99-й перцентиль логнормального розподілу; має перевищувати середнє.',
  'Backlog limit': 'Ліміт черги',
  'Requests waiting beyond this are refused with 503.': 'Запити понад цю кількість у черзі отримують 503.',
  'Error rate': 'Частка помилок',
  'Share of requests that fail with 500.': 'Частка запитів, що завершуються помилкою 500.',
  'Downstream calls': 'Виклики далі',
  'Call the services it is wired to one after another, or all at once.':
    'Викликати підключені сервіси по черзі або всі одночасно.',
  'In sequence': 'Послідовно',
  'In parallel': 'Паралельно',
  'Idempotent receiver': 'Ідемпотентний отримувач',
  'Remembers event ids and drops duplicates, so each event is processed once.':
    'Запамʼятовує ідентифікатори подій і відкидає дублікати, тож кожна подія обробляється один раз.',
  'API Gateway': 'API-шлюз',
  'One entry point: authenticates, rate-limits, routes by path, aggregates and translates protocols.':
    'Єдина точка входу: автентифікує, обмежує частоту, маршрутизує за шляхом, агрегує й перекладає протоколи.',
  Overhead: 'Накладні витрати',
  'Time the gateway adds to every request.': 'Час, який шлюз додає до кожного запиту.',
  Authentication: 'Автентифікація',
  'Check each token; bad tokens get 401 and never reach a service.':
    'Перевіряти кожен токен; хибні отримують 401 і не доходять до сервісів.',
  'Requests without a valid token': 'Запити без дійсного токена',
  'Share of traffic answered 401 at the gateway.': 'Частка трафіку, що отримує 401 на шлюзі.',
  'Requests not authorized': 'Запити без дозволу',
  'Share of authenticated traffic answered 403.': 'Частка автентифікованого трафіку, що отримує 403.',
  'Rate limiting': 'Обмеження частоти',
  'A token bucket per client; over the limit answers 429 with Retry-After.':
    'Відро токенів на клієнта; понад ліміт відповідь 429 з Retry-After.',
  Limit: 'Ліміт',
  'Tokens added per second for each client.': 'Токенів на секунду для кожного клієнта.',
  Burst: 'Сплеск',
  'Bucket size: how many requests may pass at once.': 'Розмір відра: скільки запитів може пройти одразу.',
  Aggregation: 'Агрегація',
  'Fan each request out to every matching route in parallel and merge the answers.':
    'Розсилати кожен запит на всі відповідні маршрути паралельно та обʼєднувати відповіді.',
  'Aggregation deadline': 'Дедлайн агрегації',
  'After this, answer with what has arrived (a partial response).':
    'Після цього відповісти тим, що надійшло (часткова відповідь).',
  'Load balancer': 'Балансувальник',
  'Spreads requests over the targets it is wired to and skips unhealthy ones.':
    'Розподіляє запити між підключеними цілями й оминає несправні.',
  Algorithm: 'Алгоритм',
  'How the next target is chosen.': 'Як обирається наступна ціль.',
  'Round robin': 'По колу',
  'Least connections': 'Найменше зʼєднань',
  Random: 'Випадково',
  'Power of two choices': 'Кращий із двох випадкових',
  'Health-check interval': 'Інтервал перевірки стану',
  'A target that went down is noticed at the next check.':
    'Ціль, що впала, помічається під час наступної перевірки.',
  'Time added to every request.': 'Час, що додається до кожного запиту.',
  Database: 'База даних',
  'Stores data; reads and writes take time and share a limited connection pool.':
    'Зберігає дані; читання й запис займають час і ділять обмежений пул зʼєднань.',
  'Read latency': 'Затримка читання',
  'Mean time of a read query.': 'Середній час запиту на читання.',
  'Write latency': 'Затримка запису',
  'Mean time of a write.': 'Середній час запису.',
  Writes: 'Частка записів',
  'Share of queries that are writes.': 'Частка запитів, що є записом.',
  'Connection pool': 'Пул зʼєднань',
  'Queries running at once; others wait for a connection.': 'Запитів одночасно; решта чекає на зʼєднання.',
  'Batch processor': 'Пакетний обробник',
  'Collects items and sends them on as one batch when it is full or its window ends.':
    'Збирає елементи й надсилає їх одним пакетом, коли пакет повний або минає вікно.',
  'Batch size': 'Розмір пакета',
  'Send when this many items are collected.': 'Надіслати, коли зібрано стільки елементів.',
  Window: 'Вікно',
  'Send what has been collected when this time has passed since the first item.':
    'Надіслати зібране, коли від першого елемента мине цей час.',
  'Message queue': 'Черга повідомлень',
  'Buffers messages in order; consumers compete for them and acknowledge each one.':
    'Буферизує повідомлення за порядком; споживачі конкурують за них і підтверджують кожне.',
  Capacity: 'Місткість',
  'Messages it can hold.': 'Скільки повідомлень вміщує.',
  'When full': 'Коли переповнена',
  'Refuse new messages, or drop the oldest to make room.':
    'Відхиляти нові повідомлення або відкидати найстаріші.',
  'Reject new': 'Відхиляти нові',
  'Drop oldest': 'Відкидати найстаріші',
  'Max deliveries': 'Макс. доставок',
  'After this many failed deliveries a message goes to the dead-letter queue.':
    'Після стількох невдалих доставок повідомлення йде в чергу недоставлених.',
  'RabbitMQ exchange': 'Обмінник RabbitMQ',
  'Routes each published message to the queues whose bindings match its routing key or headers.':
    'Спрямовує кожне повідомлення в черги, привʼязки яких збігаються з ключем маршрутизації чи заголовками.',
  Type: 'Тип',
  'Direct: exact key; topic: patterns with * and #; fanout: every queue; headers: header match.':
    'Direct: точний ключ; topic: шаблони з * і #; fanout: усі черги; headers: збіг заголовків.',
  Direct: 'Direct',
  Topic: 'Topic',
  Fanout: 'Fanout',
  Headers: 'Headers',
  'Event bus': 'Шина подій',
  'Publish/subscribe: every subscriber gets its own copy of each event.':
    'Публікація/підписка: кожен підписник отримує власну копію кожної події.',
  Durable: 'Стійка',
  'Keep events for a subscriber that is down and deliver them when it returns.':
    'Зберігати події для підписника, що не працює, і доставити, коли повернеться.',
  'Kafka topic': 'Топік Kafka',
  'A partitioned, ordered log; consumer groups read it at their own offsets and can replay it.':
    'Розбитий на партиції впорядкований журнал; групи споживачів читають його зі своїх зсувів і можуть перечитати.',
  Partitions: 'Партиції',
  'A key always lands in the same partition; order holds within a partition.':
    'Ключ завжди потрапляє в ту саму партицію; порядок гарантовано в межах партиції.',
  'Retention time': 'Час зберігання',
  'Records older than this are deleted; 0 keeps them forever.':
    'Записи, старші за це, видаляються; 0 зберігає назавжди.',
  'Retention size': 'Обсяг зберігання',
  'Records kept per partition; 0 means no limit.': 'Записів на партицію; 0 означає без обмеження.',
  'Records without a key': 'Записи без ключа',
  'Sticky fills one partition per batch (the Kafka default); round robin spreads them one by one.':
    'Sticky заповнює одну партицію на пакет (типово в Kafka); по колу розкладає по одному.',
  Sticky: 'Sticky',
  'Kafka Streams': 'Kafka Streams',
  'Reads a topic, filters, maps or counts in windows, and writes the result to another topic.':
    'Читає топік, фільтрує, перетворює або рахує у вікнах і пише результат в інший топік.',
  Operation: 'Операція',
  'What it does to each record.': 'Що робить із кожним записом.',
  Filter: 'Фільтр',
  Map: 'Перетворення',
  'Tumbling-window count': 'Підрахунок у вікні',
  'Records kept': 'Залишені записи',
  'Share of records that pass the filter.': 'Частка записів, що проходять фільтр.',
  'Length of each tumbling window; one count per key per window.':
    'Довжина кожного вікна; один підсумок на ключ за вікно.',
  'Processing time': 'Час обробки',
  'Time spent on each record.': 'Час на кожен запис.',
  'Kafka Connect': 'Kafka Connect',
  'A connector: a source copies a database or provider into a topic; a sink writes a topic into a database.':
    'Конектор: source копіює базу чи провайдера в топік; sink записує топік у базу даних.',
  Connector: 'Конектор',
  'Source reads into Kafka; sink writes out of Kafka.': 'Source читає в Kafka; sink пише з Kafka.',
  Source: 'Source',
  Sink: 'Sink',
  'Records moved per batch.': 'Записів за один пакет.',
  'How often it reads its source.': 'Як часто читає джерело.',
  'Network latency': 'Мережева затримка',
  'One-way time on this wire.': 'Час в один бік цим зʼєднанням.',
  'Route path prefix': 'Префікс шляху маршруту',
  'Requests whose path starts with this go down this wire; empty takes every path.':
    'Запити, шлях яких починається з цього, йдуть цим зʼєднанням; порожнє приймає всі шляхи.',
  Protocol: 'Протокол',
  'REST over HTTP/JSON, gRPC (binary, faster to encode) or GraphQL (one query, heavier to resolve).':
    'REST через HTTP/JSON, gRPC (бінарний, швидше кодування) або GraphQL (один запит, важчий у обробці).',
  REST: 'REST',
  gRPC: 'gRPC',
  GraphQL: 'GraphQL',
  Timeout: 'Тайм-аут',
  'Give up waiting after this; 0 waits for ever.': 'Припинити чекати після цього; 0 чекає без обмеження.',
  Retries: 'Повтори',
  'Extra attempts after a failure or timeout.': 'Додаткові спроби після збою чи тайм-ауту.',
  Backoff: 'Затримка повтору',
  'Wait before the first retry; each next one doubles.':
    'Очікування перед першим повтором; кожне наступне подвоюється.',
  Jitter: 'Розкид',
  'Randomise each backoff so retries do not arrive in waves.':
    'Випадково змінювати затримку, щоб повтори не йшли хвилями.',
  'Retry budget': 'Бюджет повторів',
  'Cap retries at a share of requests, so a failing service is not flooded.':
    'Обмежити повтори часткою запитів, щоб не завалити сервіс, що збоїть.',
  Budget: 'Бюджет',
  'Retries allowed, as a share of first attempts.': 'Дозволені повтори як частка перших спроб.',
  'Circuit breaker': 'Запобіжник',
  'After repeated failures stop calling for a while, then probe.':
    'Після низки збоїв припинити виклики на час, потім перевірити.',
  'Opens after': 'Спрацьовує після',
  'Consecutive failures that open the breaker.': 'Поспіль збоїв, після яких запобіжник розмикається.',
  'Cool-down': 'Охолодження',
  'Time open before probe requests are let through (half-open).':
    'Час у розімкненому стані до пробних запитів (напіврозімкнений).',
  'Routing keys': 'Ключі маршрутизації',
  'Weighted list, e.g. "order.created:3, order.cancelled:1". For a headers exchange, headers such as "format=pdf; type=report".':
    'Зважений список, напр. "order.created:3, order.cancelled:1". Для обмінника headers — заголовки, напр. "format=pdf; type=report".',
  'Distinct keys': 'Різних ключів',
  'Records carry one of this many keys (e.g. customer ids); 0 sends records without a key.':
    'Записи мають один із стількох ключів (напр. id клієнта); 0 — записи без ключа.',
  Prefetch: 'Prefetch',
  'Unacknowledged messages each consumer instance may hold.':
    'Скільки непідтверджених повідомлень може мати кожен екземпляр споживача.',
  'Consumer group': 'Група споживачів',
  'Instances in one group share the partitions; every group reads every record.':
    'Екземпляри однієї групи ділять партиції; кожна група читає всі записи.',
  'Partition assignor': 'Розподіл партицій',
  'Range gives each instance a contiguous block; round robin deals partitions one by one.':
    'Range дає кожному екземпляру суцільний блок; по колу роздає партиції по одній.',
  Range: 'Range',
  'Request and response': 'Запит і відповідь',
  'Polls for changes': 'Опитує про зміни',
  'Publishes messages': 'Публікує повідомлення',
  'Delivers to a consumer': 'Доставляє споживачу',
  'Binding: routes matching messages to the queue': 'Привʼязка: спрямовує відповідні повідомлення в чергу',
  'Binding key': 'Ключ привʼязки',
  'Direct: the exact routing key. Topic: a pattern where * is one word and # is zero or more. Headers: "x-match=all; format=pdf".':
    'Direct: точний ключ. Topic: шаблон, де * — одне слово, а # — нуль або більше. Headers: "x-match=all; format=pdf".',
  'Alternate exchange for unroutable messages': 'Альтернативний обмінник для немаршрутизованих',
  'Dead-letter queue': 'Черга недоставлених повідомлень',
  'Delivers webhooks': 'Доставляє вебхуки',
  'Verify signature': 'Перевіряти підпис',
  'Reject deliveries whose signature over body and timestamp is wrong.':
    'Відхиляти доставки з хибним підписом тіла й мітки часу.',
  'Timestamp tolerance': 'Допуск мітки часу',
  'Reject deliveries signed longer ago than this (replays).':
    'Відхиляти доставки, підписані давніше (повторне відтворення).',
  'Subscription: gets a copy of every event': 'Підписка: отримує копію кожної події',
  'Source connector reads changes': 'Source-конектор читає зміни',
  'Sink connector writes records': 'Sink-конектор записує дані',
  'A client sends requests to gateways, balancers and services, polls providers, or publishes messages.':
    'Клієнт надсилає запити шлюзам, балансувальникам і сервісам, опитує провайдерів або публікує повідомлення.',
  'A provider delivers webhooks to services or gateways, or is read by a source connector.':
    'Провайдер доставляє вебхуки сервісам чи шлюзам або його читає source-конектор.',
  'A service calls other services, databases and providers, or publishes events to a broker.':
    'Сервіс викликає інші сервіси, бази даних і провайдерів або публікує події в брокер.',
  'A gateway routes requests to services and balancers, or translates them into published messages.':
    'Шлюз маршрутизує запити до сервісів і балансувальників або перетворює їх на повідомлення.',
  'A load balancer spreads requests over services or gateways.':
    'Балансувальник розподіляє запити між сервісами чи шлюзами.',
  'A database answers queries and calls nobody; wire the service to the database. Only a source connector reads from it.':
    'База даних відповідає на запити й нікого не викликає; зʼєднайте сервіс із базою. Читати з неї може лише source-конектор.',
  'A batch processor sends its batches to a service, a database or a broker.':
    'Пакетний обробник надсилає пакети сервісу, базі даних або брокеру.',
  'A queue delivers to consuming services, or to another queue as its dead-letter queue.':
    'Черга доставляє споживачам-сервісам або іншій черзі як черзі недоставлених.',
  'An exchange delivers only to queues (through bindings), or to another exchange as its alternate exchange.':
    'Обмінник доставляє лише в черги (через привʼязки) або в інший обмінник як альтернативний.',
  'An event bus delivers a copy of each event to subscribing services or queues.':
    'Шина подій доставляє копію кожної події сервісам або чергам, що підписані.',
  'A topic is read by consumer groups: services, Streams processors or sink connectors.':
    'Топік читають групи споживачів: сервіси, Streams-обробники або sink-конектори.',
  'A Streams processor writes its results to a topic.': 'Streams-обробник пише результати в топік.',
  'A connector writes to a topic (source) or to a database (sink).':
    'Конектор пише в топік (source) або в базу даних (sink).',
  'A component cannot be wired to itself.': 'Компонент не можна зʼєднати з самим собою.',
  'These two are already connected.': 'Ці два компоненти вже зʼєднані.',
  'Nothing calls a client: it starts the requests. Wire from the client instead.':
    'Клієнта ніхто не викликає: він сам починає запити. Зʼєднайте від клієнта.',
};

import type { Question } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

/**
 * The four interview questions of the source sheet, in its order, with its "what to answer" as
 * the core of each model answer. They open the round.
 */
export const SEED_QUESTIONS: readonly Question[] = [
  {
    id: 'main-integration-patterns',
    topic: 'patterns',
    question: L('What are the main API integration patterns?', 'Які основні патерни інтеграції API?'),
    answer: L(
      'They are the standard ways services exchange data through APIs, and each answers a different question:\n\n- *Synchronous or asynchronous*: does the caller wait for the result, or get `202 Accepted` now and the result later?\n- *Event-driven*: a service publishes what happened, and any number of subscribers react without the publisher knowing them.\n- *API gateway*: one entry point that routes, authenticates, rate-limits and translates protocols for the services behind it.\n- *Webhooks or polling*: is the consumer told about a change, or does it keep asking?\n- *Batch processing*: many items in one call, trading a little latency for far fewer calls.\n- *Message queues and logs* (RabbitMQ, Kafka): a broker between producer and consumer, so each side runs at its own pace and survives the other’s outage.\n\nA good answer adds that real systems combine them: a gateway in front, synchronous calls where an answer is needed now, and events or queues for everything that can happen a moment later.',
      'Це типові способи, якими сервіси обмінюються даними через API, і кожен відповідає на своє питання:\n\n- *Синхронно чи асинхронно*: клієнт чекає на результат чи одразу отримує `202 Accepted`, а результат — пізніше?\n- *Подієва архітектура*: сервіс публікує те, що сталося, а будь-яка кількість підписників реагує на це, і видавець їх не знає.\n- *API-шлюз*: єдина точка входу, що маршрутизує, автентифікує, обмежує частоту й перекладає протоколи для сервісів за нею.\n- *Вебхуки чи опитування*: споживачеві повідомляють про зміну, чи він сам раз у раз питає?\n- *Пакетна обробка*: багато елементів за один виклик — трохи більша затримка в обмін на значно менше викликів.\n- *Черги повідомлень і журнали* (RabbitMQ, Kafka): брокер між відправником і споживачем, тож кожна сторона працює у власному темпі й переживає збій іншої.\n\nДобра відповідь додає, що справжні системи їх поєднують: шлюз на вході, синхронні виклики там, де відповідь потрібна зараз, а події чи черги — для всього, що може статися трохи пізніше.',
    ),
    showMe: { type: 'example', id: 'reference-50', run: true },
  },
  {
    id: 'sync-vs-async',
    topic: 'sync-async',
    question: L(
      'What is the difference between synchronous and asynchronous APIs?',
      'У чому різниця між синхронними та асинхронними API?',
    ),
    answer: L(
      'With a *synchronous* API the caller sends a request and waits, holding its connection and thread, until the answer comes. With an *asynchronous* one the service accepts the work (`202 Accepted`, or a message on a queue) and delivers the result later, by callback, webhook or a status URL.\n\nSynchronous is simpler: one request, one answer, and errors come straight back. But a waiting caller’s throughput is capped by the latency: a user who waits 680 ms for each report manages at most 1 / 0.68 ≈ 1.5 reports a second, whatever the service could do. Asynchronous frees the caller at once (in the example the 202 comes back in about 80 ms and all 4 requests a second get in), at a price: the client must match results to requests by a correlation id and cope with them arriving out of order, and the service must queue the work and report failures some other way.\n\nRule of thumb: synchronous for short operations whose answer the caller needs to carry on; asynchronous for long or unreliable ones, and for work the caller need not wait for.',
      'У *синхронному* API клієнт надсилає запит і чекає, тримаючи зʼєднання й потік, доки не прийде відповідь. В *асинхронному* сервіс приймає роботу (`202 Accepted` або повідомлення в черзі) і віддає результат пізніше — через callback, вебхук або URL статусу.\n\nСинхронний простіший: один запит — одна відповідь, а помилки повертаються одразу. Але пропускна здатність клієнта, що чекає, обмежена затримкою: користувач, який чекає на кожен звіт 680 мс, встигає щонайбільше 1 / 0,68 ≈ 1,5 звіту на секунду, хоч би скільки міг сервіс. Асинхронний звільняє клієнта одразу (у прикладі 202 повертається приблизно за 80 мс, і проходять усі 4 запити на секунду), але має ціну: клієнт мусить зіставляти результати із запитами за correlation id і впоратися з тим, що вони приходять не по порядку, а сервіс — ставити роботу в чергу й повідомляти про збої в інший спосіб.\n\nЕмпіричне правило: синхронно — для коротких операцій, без відповіді на які клієнт не може продовжити; асинхронно — для довгих чи ненадійних операцій і для роботи, на яку клієнтові не треба чекати.',
    ),
    showMe: { type: 'example', id: 'pattern-sync-vs-async', run: true },
  },
  {
    id: 'gateway-rabbitmq-kafka',
    topic: 'patterns',
    question: L(
      'What are an API gateway, RabbitMQ and Kafka used for?',
      'Для чого використовують API-шлюз (API Gateway), RabbitMQ і Kafka?',
    ),
    answer: L(
      'They solve different problems, and one system often has all three:\n\n- An *API gateway* centralises the entry point: clients talk to one address, and the gateway routes each path to its service and applies the policies every service would otherwise repeat: authentication, rate limits, protocol translation, figures per route.\n- *RabbitMQ* is a message broker for asynchronous integration between services: exchanges route each message to the right queues, consumers acknowledge what they have handled, and failed messages are delivered again or dead-lettered. It suits task queues and commands: each message handled once, by one of many workers.\n- *Kafka* is a distributed, partitioned log: records stay for the retention period after they are read, so many consumer groups read the same stream independently and can replay it. It suits event streams, high throughput and stream processing (Streams, Connect).\n\nIn short: the gateway is the synchronous front door; RabbitMQ and Kafka carry the asynchronous traffic behind it, RabbitMQ as smart routing of messages that are gone once consumed, Kafka as a history that anyone can read at their own pace.',
      'Вони розвʼязують різні задачі, і в одній системі часто є всі три:\n\n- *API-шлюз* централізує точку входу: клієнти звертаються на одну адресу, а шлюз спрямовує кожен шлях до свого сервісу й застосовує політики, які інакше повторював би кожен сервіс: автентифікацію, обмеження частоти, трансляцію протоколів, показники для кожного маршруту.\n- *RabbitMQ* — брокер повідомлень для асинхронної інтеграції сервісів: обмінники спрямовують кожне повідомлення в потрібні черги, споживачі підтверджують оброблене, а невдалі повідомлення доставляються повторно або йдуть у чергу недоставлених. Він підходить для черг завдань і команд: кожне повідомлення один раз обробляє один із багатьох обробників.\n- *Kafka* — розподілений журнал, поділений на партиції: записи лишаються на весь час зберігання й після прочитання, тож багато груп споживачів читають той самий потік незалежно й можуть його перечитати. Kafka підходить для потоків подій, великої пропускної здатності й потокової обробки (Streams, Connect).\n\nКоротко: шлюз — синхронні вхідні двері; RabbitMQ і Kafka переносять асинхронний трафік за ними: RabbitMQ — як розумна маршрутизація повідомлень, що зникають після споживання, Kafka — як історія, яку кожен читає у власному темпі.',
    ),
    showMe: { type: 'example', id: 'messaging-50', run: true },
  },
  {
    id: 'webhooks-or-polling',
    topic: 'webhooks-polling',
    question: L(
      'When are webhooks the better choice, and when is polling?',
      'Коли краще використовувати вебхуки, а коли опитування (polling)?',
    ),
    answer: L(
      '*Webhooks* when changes are rare compared with how fast you must react, and the provider can push: you learn of a change within one network hop and send no requests in between. *Polling* when the provider has no webhooks, when you cannot expose a public endpoint (behind a firewall, in a mobile app), when changes are so frequent that nearly every poll finds something, or when you want to control the load yourself.\n\nThe numbers decide it. With a change every 10 s on average and a poll every 5 s, about e^−0.5 ≈ 61% of polls come back empty, and a change waits 2.5 s on average (half the interval) before you see it; polling every second cuts the wait to 0.5 s but wastes about 90% of the polls. A webhook wins on both counts, once it is made safe: signature checks, retries with backoff on the provider’s side, and an idempotent receiver, because deliveries come at least once.\n\nMany integrations use both: webhooks for speed, and an occasional polling sweep to catch whatever a failed delivery lost.',
      '*Вебхуки* — коли зміни рідкісні порівняно з тим, як швидко треба реагувати, і провайдер уміє надсилати їх сам: ви дізнаєтеся про зміну за один мережевий перехід і між змінами не надсилаєте жодного запиту. *Опитування* — коли вебхуків у провайдера немає, коли ви не можете відкрити публічну адресу (за файрволом, у мобільному застосунку), коли зміни такі часті, що майже кожне опитування щось знаходить, або коли ви хочете самі керувати навантаженням.\n\nВирішують цифри. Якщо зміна стається в середньому раз на 10 с, а опитування — кожні 5 с, то приблизно e^−0,5 ≈ 61% опитувань повертаються порожніми, а зміна чекає в середньому 2,5 с (половину інтервалу), перш ніж ви її побачите; опитування щосекунди скорочує очікування до 0,5 с, але марними стають близько 90% опитувань. Вебхук виграє за обома показниками, якщо його зроблено безпечним: перевірка підпису, повтори із затримкою на боці провайдера та ідемпотентний отримувач, адже доставка відбувається щонайменше один раз.\n\nБагато інтеграцій поєднують обидва підходи: вебхуки — для швидкості, а зрідка ще й опитування, щоб підхопити те, що загубилося через невдалу доставку.',
    ),
    showMe: { type: 'example', id: 'pattern-webhooks-vs-polling', run: true },
  },
];

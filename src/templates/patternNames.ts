import type { Localized } from '../model';

const L = (en: string, uk: string): Localized => ({ en, uk });

/** One ready-made diagram per integration pattern: names and descriptions (the diagrams load on demand, patterns.ts). */
export const PATTERN_NAMES: readonly { id: string; name: Localized; description: Localized }[] = [
  {
    id: 'pattern-sync-vs-async',
    name: L('Sync vs async API', 'Синхронний і асинхронний API'),
    description: L(
      'The same slow service called two ways: the synchronous user waits for every answer; the asynchronous client gets 202 at once and the result later.',
      'Той самий повільний сервіс, викликаний двома способами: синхронний користувач чекає на кожну відповідь; асинхронний клієнт одразу отримує 202, а результат пізніше.',
    ),
  },
  {
    id: 'pattern-gateway',
    name: L('API gateway: auth, rate limit, routing', 'API-шлюз: автентифікація, ліміт, маршрутизація'),
    description: L(
      'A fifth of requests carry no valid token and stop at the gateway with 401; a limit of 10/s per client answers 429; /orders and /users go to their services.',
      'Пʼята частина запитів без дійсного токена зупиняється на шлюзі з 401; ліміт 10/с на клієнта відповідає 429; /orders і /users ідуть до своїх сервісів.',
    ),
  },
  {
    id: 'pattern-webhooks-vs-polling',
    name: L('Webhooks vs polling', 'Вебхуки й опитування'),
    description: L(
      'A provider changes about every 10 s. The poller asks every 5 s and mostly hears "nothing new"; the webhook receiver is told at once, checks signatures and drops duplicates.',
      'Провайдер змінюється приблизно раз на 10 с. Клієнт, що опитує кожні 5 с, здебільшого чує «нічого нового»; отримувач вебхуків дізнається одразу, перевіряє підписи й відкидає дублікати.',
    ),
  },
  {
    id: 'pattern-retries-and-breaker',
    name: L('Retry storm and circuit breaker', 'Шторм повторів і запобіжник'),
    description: L(
      'Two callers of a failing service. Without a budget, three retries multiply its load; with a retry budget and a circuit breaker the load stays near the real traffic.',
      'Два клієнти сервісу, що збоїть. Без бюджету три повтори множать навантаження; з бюджетом повторів і запобіжником навантаження лишається близьким до реального трафіку.',
    ),
  },
  {
    id: 'pattern-batching',
    name: L('Batch processing', 'Пакетна обробка'),
    description: L(
      'Events are collected into batches of 20 (or whatever arrived within a second) and written in one go: far fewer database calls, at the cost of waiting in the batch.',
      'Події збираються в пакети по 20 (або скільки надійшло за секунду) і записуються одним разом: набагато менше звернень до бази ціною очікування в пакеті.',
    ),
  },
  {
    id: 'pattern-queue-consumers',
    name: L(
      'Queue with competing consumers and a dead-letter queue',
      'Черга з конкурентними споживачами й чергою недоставлених',
    ),
    description: L(
      'Four worker instances share one queue; almost a third of jobs fail and are delivered again, and a job that fails five times goes to the dead-letter queue. Stop the workers and watch the queue buffer, then drain.',
      'Чотири екземпляри обробника ділять одну чергу; майже третина завдань збоїть і доставляється знову, а завдання, що не вдалося пʼять разів, іде в чергу недоставлених. Зупиніть обробників і дивіться, як черга накопичує, а потім спорожнюється.',
    ),
  },
  {
    id: 'pattern-rabbitmq-routing',
    name: L('RabbitMQ: topic exchange routing', 'RabbitMQ: маршрутизація через topic-обмінник'),
    description: L(
      'Orders publishes order.created, order.cancelled and payment.failed; bindings "order.*", "*.created" and "#" decide which queue gets a copy; "payment.failed" reaches only the audit queue.',
      'Orders публікує order.created, order.cancelled і payment.failed; привʼязки "order.*", "*.created" і "#" вирішують, яка черга отримає копію; "payment.failed" потрапляє лише в чергу аудиту.',
    ),
  },
  {
    id: 'pattern-kafka-groups',
    name: L('Kafka: partitions and consumer groups', 'Kafka: партиції та групи споживачів'),
    description: L(
      'Six partitions keyed by customer. The billing group has three instances (two partitions each); analytics is one instance reading everything at its own pace. Stop a billing instance to see a rebalance.',
      'Шість партицій за ключем клієнта. Група billing має три екземпляри (по дві партиції); analytics — один екземпляр, що читає все у власному темпі. Зупиніть екземпляр billing, щоб побачити перебалансування.',
    ),
  },
  {
    id: 'pattern-event-driven',
    name: L(
      'Event-driven: one event, many subscribers',
      'Подієва архітектура: одна подія, багато підписників',
    ),
    description: L(
      'Orders publishes OrderCreated once; e-mail, inventory and analytics each get their own copy and work independently. Stop one subscriber: the others carry on (and a non-durable bus drops what it missed).',
      'Orders публікує OrderCreated один раз; e-mail, склад і аналітика отримують власні копії й працюють незалежно. Зупиніть одного підписника: інші працюють далі (а нестійка шина губить пропущене).',
    ),
  },
];

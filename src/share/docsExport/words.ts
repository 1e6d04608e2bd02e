import { interpolate } from '../../i18n/core';
import type { Lang } from '../../model';

/**
 * The words the exported Mermaid and AsyncAPI texts are written in, in both languages. They load
 * with the converters (on the first export), not with the first page's dictionary.
 */
const DOCS_WORDS = {
  untitled: { en: 'Untitled diagram', uk: 'Діаграма без назви' },
  polls: { en: 'polls', uk: 'опитує' },
  webhook: { en: 'webhook', uk: 'вебхук' },
  group: { en: 'group {name}', uk: 'група {name}' },
  alternate: { en: 'alternate', uk: 'альтернативний' },
  deadLetters: { en: 'dead letters', uk: 'недоставлені' },
  cdc: { en: 'reads changes', uk: 'читає зміни' },
  writes: { en: 'writes', uk: 'записує' },
  infoDescription: {
    en: 'The messaging part of this diagram, exported from the API Integration Patterns Playground: its exchanges, queues, topics and event buses as channels, and who sends and who receives as operations.',
    uk: 'Обмін повідомленнями з цієї діаграми, експортований із Пісочниці патернів інтеграції API: обмінники, черги, топіки й шини подій як канали, а хто надсилає і хто отримує — як операції.',
  },
  exchange: { en: 'RabbitMQ exchange ({type})', uk: 'Обмінник RabbitMQ ({type})' },
  queue: { en: 'Message queue', uk: 'Черга повідомлень' },
  topic: { en: 'Kafka topic, {partitions} partitions', uk: 'Топік Kafka, партицій: {partitions}' },
  eventBus: { en: 'Event bus', uk: 'Шина подій' },
  boundTo: {
    en: 'Bound to exchange {exchange} with key {key}.',
    uk: 'Привʼязана до обмінника {exchange} з ключем {key}.',
  },
  boundAll: {
    en: 'Bound to exchange {exchange} (every message).',
    uk: 'Привʼязана до обмінника {exchange} (усі повідомлення).',
  },
  alternateOf: {
    en: 'Alternate exchange of {exchange}: gets the messages no binding of it matches.',
    uk: 'Альтернативний обмінник для {exchange}: отримує повідомлення, яким не відповідає жодна його привʼязка.',
  },
  deadLetterOf: {
    en: 'Dead-letter queue of {queue}: gets its messages after too many failed deliveries.',
    uk: 'Черга недоставлених для {queue}: отримує її повідомлення після надто багатьох невдалих доставок.',
  },
  subscribedTo: { en: 'Subscribed to the event bus {bus}.', uk: 'Підписана на шину подій {bus}.' },
  sends: { en: '{app} sends to {channel}', uk: '{app} надсилає в {channel}' },
  receives: { en: '{app} receives from {channel}', uk: '{app} отримує з {channel}' },
  routingKey: { en: 'Routing key {key}', uk: 'Ключ маршрутизації {key}' },
  headers: { en: 'Headers {headers}', uk: 'Заголовки {headers}' },
  messageOn: { en: 'Message on {channel}', uk: 'Повідомлення в {channel}' },
} satisfies Record<string, Record<Lang, string>>;

export type DocsWord = keyof typeof DOCS_WORDS;

/** A translator for the exported texts in one language. */
export type Words = (key: DocsWord, params?: Record<string, string | number>) => string;

export function docsWords(lang: Lang): Words {
  return (key, params) => interpolate(DOCS_WORDS[key][lang], params);
}

import type { Localized } from '../model';

/** A built-in diagram, opened by `#t=<id>` and listed under Examples. Loaded on demand. */
export interface Template {
  id: string;
  name: Localized;
  description: Localized;
  /** The raw document: it still goes through the share decoder like any other input. */
  load(): Promise<unknown>;
}

// Reference diagrams belong to the engine (read-only here) and load on demand; the starters are
// ours and small enough to ship with the editor.
const reference = import.meta.glob<unknown>('../engine/reference/*.json', { import: 'default' });
const starters = import.meta.glob<unknown>('./*.json', { import: 'default', eager: true });

const L = (en: string, uk: string): Localized => ({ en, uk });

/** Names and descriptions for the diagrams we know; a reference diagram added later still opens by its file name. */
const DESCRIBED: Record<string, { name: Localized; description: Localized }> = {
  'starter-gateway': {
    name: L('A gateway in front of two services', 'Шлюз перед двома сервісами'),
    description: L(
      'A web app calls an API gateway that routes /orders and /users to two services; orders are stored in a database.',
      'Вебзастосунок викликає API-шлюз, що спрямовує /orders і /users до двох сервісів; замовлення зберігаються в базі даних.',
    ),
  },
  'starter-queue': {
    name: L('A queue between two services', 'Черга між двома сервісами'),
    description: L(
      'Orders are accepted at once and handed to invoicing through a message queue.',
      'Замовлення приймаються одразу й передаються на виставлення рахунків через чергу повідомлень.',
    ),
  },
  'messaging-50': {
    name: L(
      'Reference: an event-driven shop on RabbitMQ and Kafka',
      'Еталон: подієвий магазин на RabbitMQ і Kafka',
    ),
    description: L(
      'Exchanges of every type, queues with a dead-letter queue, a 12-partition topic read by two groups, Streams, Connect and an event bus: the engine’s messaging benchmark.',
      'Обмінники всіх типів, черги з чергою недоставлених, топік на 12 партицій, який читають дві групи, Streams, Connect і шина подій: бенчмарк обміну повідомленнями рушія.',
    ),
  },
  'reference-50': {
    name: L('Reference: a web shop with 50 components', 'Еталон: інтернет-магазин із 50 компонентів'),
    description: L(
      'Partners, webhooks, polling and batching in one larger system; the engine’s benchmark diagram.',
      'Партнери, вебхуки, опитування й пакетна обробка в одній більшій системі; еталонна діаграма рушія.',
    ),
  },
};

function fileId(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.json$/, '');
}

/** Templates by id. File names are plain ASCII: sorted by code unit, without setting up a collator at start. */
function entries(files: Record<string, () => Promise<unknown>>): Template[] {
  return Object.entries(files)
    .map(([path, load]) => {
      const id = fileId(path);
      const known = DESCRIBED[id];
      return {
        id,
        name: known?.name ?? L(`Reference diagram “${id}”`, `Еталонна діаграма «${id}»`),
        description:
          known?.description ?? L('A diagram the engine is tested with.', 'Діаграма, якою тестують рушій.'),
        load,
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// One diagram per pattern: their names ship with the editor, the diagrams load when opened.
import { PATTERN_NAMES } from './patternNames';

const patterns: Template[] = PATTERN_NAMES.map((p) => ({
  ...p,
  load: async () => (await import('./patterns')).PATTERN_DOCS[p.id],
}));

/** Every built-in diagram: starters first, then one per pattern, then the reference diagrams. */
export const TEMPLATES: readonly Template[] = [
  ...entries(Object.fromEntries(Object.entries(starters).map(([path, doc]) => [path, async () => doc]))),
  ...patterns,
  ...entries(reference),
];

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

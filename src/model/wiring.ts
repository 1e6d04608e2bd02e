import { CATALOGUE } from './catalogue';
import type { EdgeKind, Localized, NodeKind } from './types';

const L = (en: string, uk: string): Localized => ({ en, uk });

interface SourceRules {
  targets: Partial<Record<NodeKind, EdgeKind>>;
  /** Why this kind connects only where it does. */
  why: Localized;
}

const publishTargets = {
  queue: 'publish',
  exchange: 'publish',
  topic: 'publish',
  eventBus: 'publish',
} as const;

/** Which kinds each kind may connect to, and what that wire means. */
export const WIRING: { readonly [K in NodeKind]: SourceRules } = {
  client: {
    targets: {
      gateway: 'call',
      loadBalancer: 'call',
      service: 'call',
      batch: 'call',
      provider: 'poll',
      ...publishTargets,
    },
    why: L(
      'A client sends requests to gateways, balancers and services, polls providers, or publishes messages.',
      'Клієнт надсилає запити шлюзам, балансувальникам і сервісам, опитує провайдерів або публікує повідомлення.',
    ),
  },
  provider: {
    targets: { service: 'webhook', gateway: 'webhook', connect: 'read' },
    why: L(
      'A provider delivers webhooks to services or gateways, or is read by a source connector.',
      'Провайдер доставляє вебхуки сервісам чи шлюзам або його читає source-конектор.',
    ),
  },
  service: {
    targets: {
      service: 'call',
      gateway: 'call',
      loadBalancer: 'call',
      database: 'call',
      provider: 'call',
      batch: 'call',
      ...publishTargets,
    },
    why: L(
      'A service calls other services, databases and providers, or publishes events to a broker.',
      'Сервіс викликає інші сервіси, бази даних і провайдерів або публікує події в брокер.',
    ),
  },
  gateway: {
    targets: { service: 'call', loadBalancer: 'call', gateway: 'call', batch: 'call', ...publishTargets },
    why: L(
      'A gateway routes requests to services and balancers, or translates them into published messages.',
      'Шлюз маршрутизує запити до сервісів і балансувальників або перетворює їх на повідомлення.',
    ),
  },
  loadBalancer: {
    targets: { service: 'call', gateway: 'call' },
    why: L(
      'A load balancer spreads requests over services or gateways.',
      'Балансувальник розподіляє запити між сервісами чи шлюзами.',
    ),
  },
  database: {
    targets: { connect: 'read' },
    why: L(
      'A database answers queries and calls nobody; wire the service to the database. Only a source connector reads from it.',
      'База даних відповідає на запити й нікого не викликає; зʼєднайте сервіс із базою. Читати з неї може лише source-конектор.',
    ),
  },
  batch: {
    targets: { service: 'call', database: 'call', ...publishTargets },
    why: L(
      'A batch processor sends its batches to a service, a database or a broker.',
      'Пакетний обробник надсилає пакети сервісу, базі даних або брокеру.',
    ),
  },
  queue: {
    targets: { service: 'consume', batch: 'consume', queue: 'deadLetter' },
    why: L(
      'A queue delivers to consuming services, or to another queue as its dead-letter queue.',
      'Черга доставляє споживачам-сервісам або іншій черзі як черзі недоставлених.',
    ),
  },
  exchange: {
    targets: { queue: 'bind', exchange: 'alternate' },
    why: L(
      'An exchange delivers only to queues (through bindings), or to another exchange as its alternate exchange.',
      'Обмінник доставляє лише в черги (через привʼязки) або в інший обмінник як альтернативний.',
    ),
  },
  eventBus: {
    targets: { service: 'subscribe', queue: 'subscribe' },
    why: L(
      'An event bus delivers a copy of each event to subscribing services or queues.',
      'Шина подій доставляє копію кожної події сервісам або чергам, що підписані.',
    ),
  },
  topic: {
    targets: { service: 'consume', streams: 'consume', connect: 'consume' },
    why: L(
      'A topic is read by consumer groups: services, Streams processors or sink connectors.',
      'Топік читають групи споживачів: сервіси, Streams-обробники або sink-конектори.',
    ),
  },
  streams: {
    targets: { topic: 'publish' },
    why: L('A Streams processor writes its results to a topic.', 'Streams-обробник пише результати в топік.'),
  },
  connect: {
    targets: { topic: 'publish', database: 'write' },
    why: L(
      'A connector writes to a topic (source) or to a database (sink).',
      'Конектор пише в топік (source) або в базу даних (sink).',
    ),
  },
};

export type ConnectionVerdict =
  | { ok: true; edgeKind: EdgeKind }
  | { ok: false; reason: 'selfLoop' | 'duplicate' | 'notAllowed' | 'intoClient'; why: Localized };

/** Whether a wire from one kind to another is allowed, and what it would mean. */
export function edgeKindBetween(source: NodeKind, target: NodeKind): EdgeKind | null {
  return WIRING[source].targets[target] ?? null;
}

/** Kinds a source may connect to, for the explanation shown with a refusal. */
export function allowedTargets(source: NodeKind): NodeKind[] {
  return Object.keys(WIRING[source].targets) as NodeKind[];
}

/** Decides a proposed connection, explaining a refusal in both languages. */
export function judgeConnection(
  source: { id: string; kind: NodeKind },
  target: { id: string; kind: NodeKind },
  existing: readonly { source: string; target: string }[],
): ConnectionVerdict {
  if (source.id === target.id) {
    return {
      ok: false,
      reason: 'selfLoop',
      why: L('A component cannot be wired to itself.', 'Компонент не можна зʼєднати з самим собою.'),
    };
  }
  if (existing.some((e) => e.source === source.id && e.target === target.id)) {
    return {
      ok: false,
      reason: 'duplicate',
      why: L('These two are already connected.', 'Ці два компоненти вже зʼєднані.'),
    };
  }
  const edgeKind = edgeKindBetween(source.kind, target.kind);
  if (edgeKind) return { ok: true, edgeKind };
  if (target.kind === 'client') {
    return {
      ok: false,
      reason: 'intoClient',
      why: L(
        'Nothing calls a client: it starts the requests. Wire from the client instead.',
        'Клієнта ніхто не викликає: він сам починає запити. Зʼєднайте від клієнта.',
      ),
    };
  }
  const s = CATALOGUE[source.kind].name;
  const t = CATALOGUE[target.kind].name;
  const rule = WIRING[source.kind].why;
  return {
    ok: false,
    reason: 'notAllowed',
    why: L(
      `${s.en} → ${t.en} is not allowed. ${rule.en}`,
      `${s.uk} → ${t.uk}: таке зʼєднання неможливе. ${rule.uk}`,
    ),
  };
}

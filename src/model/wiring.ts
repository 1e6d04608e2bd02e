import { CATALOGUE } from './catalogue';
import { L } from './localText';
import type { EdgeKind, Localized, NodeKind } from './types';

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
    ),
  },
  provider: {
    targets: { service: 'webhook', gateway: 'webhook', connect: 'read' },
    why: L('A provider delivers webhooks to services or gateways, or is read by a source connector.'),
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
    why: L('A service calls other services, databases and providers, or publishes events to a broker.'),
  },
  gateway: {
    targets: { service: 'call', loadBalancer: 'call', gateway: 'call', batch: 'call', ...publishTargets },
    why: L(
      'A gateway routes requests to services and balancers, or translates them into published messages.',
    ),
  },
  loadBalancer: {
    targets: { service: 'call', gateway: 'call' },
    why: L('A load balancer spreads requests over services or gateways.'),
  },
  database: {
    targets: { connect: 'read' },
    why: L(
      'A database answers queries and calls nobody; wire the service to the database. Only a source connector reads from it.',
    ),
  },
  batch: {
    targets: { service: 'call', database: 'call', ...publishTargets },
    why: L('A batch processor sends its batches to a service, a database or a broker.'),
  },
  queue: {
    targets: { service: 'consume', batch: 'consume', queue: 'deadLetter' },
    why: L('A queue delivers to consuming services, or to another queue as its dead-letter queue.'),
  },
  exchange: {
    targets: { queue: 'bind', exchange: 'alternate' },
    why: L(
      'An exchange delivers only to queues (through bindings), or to another exchange as its alternate exchange.',
    ),
  },
  eventBus: {
    targets: { service: 'subscribe', queue: 'subscribe' },
    why: L('An event bus delivers a copy of each event to subscribing services or queues.'),
  },
  topic: {
    targets: { service: 'consume', streams: 'consume', connect: 'consume' },
    why: L('A topic is read by consumer groups: services, Streams processors or sink connectors.'),
  },
  streams: {
    targets: { topic: 'publish' },
    why: L('A Streams processor writes its results to a topic.'),
  },
  connect: {
    targets: { topic: 'publish', database: 'write' },
    why: L('A connector writes to a topic (source) or to a database (sink).'),
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
      why: L('A component cannot be wired to itself.'),
    };
  }
  if (existing.some((e) => e.source === source.id && e.target === target.id)) {
    return {
      ok: false,
      reason: 'duplicate',
      why: L('These two are already connected.'),
    };
  }
  const edgeKind = edgeKindBetween(source.kind, target.kind);
  if (edgeKind) return { ok: true, edgeKind };
  if (target.kind === 'client') {
    return {
      ok: false,
      reason: 'intoClient',
      why: L('Nothing calls a client: it starts the requests. Wire from the client instead.'),
    };
  }
  const s = CATALOGUE[source.kind].name;
  const t = CATALOGUE[target.kind].name;
  const rule = WIRING[source.kind].why;
  return {
    ok: false,
    reason: 'notAllowed',
    why: {
      en: `${s.en} → ${t.en} is not allowed. ${rule.en}`,
      // Read when shown: the catalogue's Ukrainian loads with the language.
      get uk() {
        return `${s.uk} → ${t.uk}: таке зʼєднання неможливе. ${rule.uk}`;
      },
    },
  };
}

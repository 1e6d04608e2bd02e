/*
 * The messaging part of the diagram as an AsyncAPI 3.0 document: every exchange, queue, Kafka topic
 * and event bus is a channel (with its AMQP or Kafka binding), every wire that publishes is a `send`
 * operation of the component it starts from, every wire that delivers to a consumer or subscriber a
 * `receive` operation. Messages follow the wiring: a routing key published to an exchange reaches
 * the queues whose bindings match it (by the engine's own matching rules), the alternate exchange
 * gets what no binding matches, a dead-letter queue gets its queue's messages. What AsyncAPI has no
 * field for (an exchange's bindings to queues, dead-letter and alternate targets) is written in the
 * channel's description and in `x-` extensions.
 */
import { bindingMatches, EXCHANGE, parseBinding, parseHeaders } from '../../engine/routing';
import {
  type DiagramDocument,
  type DiagramNode,
  edgeKindOf,
  edgeProps,
  indexNodes,
  nodeProps,
  parseWeightedList,
} from '../../model';
import type { Words } from './words';
import { type Json, toYaml } from './yaml';

/** The kinds that become channels (as in precheck.ts, repeated so the dialog's chunk and this one share no module). */
const BROKER_KINDS: ReadonlySet<string> = new Set(['queue', 'exchange', 'topic', 'eventBus']);

const AMQP = '0.3.0';
const KAFKA = '0.5.0';

type Obj = { [key: string]: Json };

interface Message {
  key: string;
  name: string;
  title: string;
  /** The routing key, or for a headers exchange the "a=1; b=2" header text; null off an exchange. */
  route: string | null;
  headers: boolean;
  kafkaKey: boolean;
}

interface Channel {
  node: DiagramNode;
  key: string;
  messages: Set<string>;
  notes: string[];
  extensions: Obj;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One line of plain text (titles, summaries, addresses). */
function plain(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .trim();
}

/** A name inside CommonMark (descriptions): a code span, so no name can become a link or markup. */
function code(text: string): string {
  const t = plain(text);
  if (!t) return '""';
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(t) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A key for channels, operations and messages (`[A-Za-z0-9._-]`, safe in a `$ref` pointer). */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
}

/**
 * Stores a value under a key made from a person's text as an own property: assignment would set
 * the prototype for `__proto__`, and fails for `hasOwnProperty` when Object.prototype is frozen.
 */
function set(target: Obj, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Names JavaScript tools trip over as keys: a YAML reader may turn `__proto__` into a prototype, and
 * reference resolvers call `hasOwnProperty` on the objects they walk.
 */
const INHERITED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Keys, unique, never one of the names above. */
function uniqueKeys(): (wanted: string, fallback: string) => string {
  const used = new Set<string>();
  return (wanted, fallback) => {
    let base = slug(wanted) || slug(fallback) || 'item';
    if (INHERITED.has(base)) base = `${base}-1`;
    let key = base;
    for (let i = 2; used.has(key); i++) key = `${base}-${i}`;
    used.add(key);
    return key;
  };
}

const ref = (path: string): Obj => ({ $ref: path });

/** The engine's number for an exchange's type (the decoder only lets the four known types in). */
function exchangeType(exchange: DiagramNode): number {
  const type = String(nodeProps(exchange).exchangeType);
  return Object.hasOwn(EXCHANGE, type) ? EXCHANGE[type as keyof typeof EXCHANGE] : EXCHANGE.topic;
}

function channelSummary(node: DiagramNode, w: Words): string {
  const props = nodeProps(node);
  if (node.kind === 'exchange') return w('exchange', { type: String(props.exchangeType) });
  if (node.kind === 'topic') return w('topic', { partitions: Number(props.partitions) });
  return node.kind === 'queue' ? w('queue') : w('eventBus');
}

/** The document as data (what the YAML is written from); null when the diagram has no messaging part. */
export function asyncApiDocument(doc: DiagramDocument, w: Words): Obj | null {
  const byId = indexNodes(doc.nodes);
  const channelKey = uniqueKeys();
  const channels = new Map<string, Channel>();
  for (const node of doc.nodes) {
    if (!BROKER_KINDS.has(node.kind) || byId.get(node.id) !== node || channels.has(node.id)) continue;
    channels.set(node.id, {
      node,
      key: channelKey(node.label, node.id),
      messages: new Set(),
      notes: [],
      extensions: {},
    });
  }
  if (channels.size === 0) return null;

  const messageKey = uniqueKeys();
  const messages = new Map<string, Message>();
  /** Messages by the broker they were published to and their routing value ('' for none). */
  const published = new Map<string, string>();
  const messageFor = (broker: Channel, value: string, kafkaKey: boolean): string => {
    const id = `${broker.node.id}\u0000${value}`;
    const known = published.get(id);
    if (known) {
      if (kafkaKey) messages.get(known)!.kafkaKey = true;
      return known;
    }
    const onExchange = broker.node.kind === 'exchange';
    const headers = onExchange && nodeProps(broker.node).exchangeType === 'headers';
    const name = plain(value) || plain(broker.node.label) || broker.key;
    const key = messageKey(
      value ? `${broker.key}.${value}` : `${broker.key}.message`,
      `${broker.key}.message`,
    );
    messages.set(key, {
      key,
      name,
      title:
        value && headers
          ? w('headers', { headers: plain(value) })
          : value
            ? w('routingKey', { key: plain(value) })
            : w('messageOn', { channel: plain(broker.node.label) || broker.key }),
      route: onExchange ? value : null,
      headers,
      kafkaKey,
    });
    published.set(id, key);
    return key;
  };

  // What each publisher sends, and so what each broker holds first.
  const operationKey = uniqueKeys();
  const operations: Obj = {};
  const sends = new Map<string, string[]>();
  const edges = doc.edges.map((edge) => ({
    edge,
    kind: edgeKindOf(edge, byId),
    source: byId.get(edge.source),
    target: byId.get(edge.target),
    props: edgeProps(edge, byId),
  }));
  for (const e of edges) {
    if (e.kind !== 'publish' || !e.target) continue;
    const broker = channels.get(e.target.id);
    if (!broker) continue;
    const values =
      broker.node.kind === 'exchange' && typeof e.props.routingKeys === 'string'
        ? [...new Set(parseWeightedList(e.props.routingKeys).map((x) => x.value))]
        : [];
    const kafkaKey = broker.node.kind === 'topic' && Number(e.props.keyCount) > 0;
    const keys = (values.length > 0 ? values : ['']).map((v) => messageFor(broker, v, kafkaKey));
    for (const k of keys) broker.messages.add(k);
    sends.set(e.edge.id, keys);
  }

  // Messages move on between brokers (bindings, alternate exchanges, dead letters, subscriptions)
  // until nothing changes; each round only adds, so it ends.
  const bindingsOf = (exchange: DiagramNode) => {
    const type = exchangeType(exchange);
    return edges
      .filter((b) => b.kind === 'bind' && b.source === exchange && b.target)
      .map((b) => ({ to: b.target!, binding: parseBinding(type, String(b.props.bindingKey ?? '')) }));
  };
  const matches = (binding: ReturnType<typeof parseBinding>, m: Message) =>
    bindingMatches(binding, m.route ?? '', new Map(m.headers ? parseHeaders(m.route ?? '') : []));
  for (let changed = true, round = 0; changed && round <= channels.size + 1; round++) {
    changed = false;
    const move = (from: Channel, to: DiagramNode | undefined, keep: (m: Message) => boolean) => {
      const target = to && channels.get(to.id);
      if (!target) return;
      for (const k of from.messages) {
        if (!target.messages.has(k) && keep(messages.get(k)!)) {
          target.messages.add(k);
          changed = true;
        }
      }
    };
    for (const e of edges) {
      const from = e.source && channels.get(e.source.id);
      if (!from) continue;
      if (e.kind === 'bind') {
        const binding = parseBinding(exchangeType(from.node), String(e.props.bindingKey ?? ''));
        move(from, e.target, (m) => matches(binding, m));
      } else if (e.kind === 'alternate') {
        const bindings = bindingsOf(from.node);
        move(from, e.target, (m) => !bindings.some((b) => matches(b.binding, m)));
      } else if (e.kind === 'deadLetter' || e.kind === 'subscribe') {
        move(from, e.target, () => true);
      }
    }
  }

  // What AsyncAPI has no field for, said in words and in extensions.
  for (const e of edges) {
    const from = e.source && channels.get(e.source.id);
    const to = e.target && channels.get(e.target.id);
    if (!from || !to) continue;
    const fromName = plain(from.node.label) || from.key;
    const toName = plain(to.node.label) || to.key;
    if (e.kind === 'bind') {
      const fanout = nodeProps(from.node).exchangeType === 'fanout';
      const key = String(e.props.bindingKey ?? '').trim();
      to.notes.push(
        fanout || !key
          ? w('boundAll', { exchange: code(fromName) })
          : w('boundTo', { exchange: code(fromName), key: code(key) }),
      );
      const list = (to.extensions['x-bindings'] as Json[] | undefined) ?? [];
      to.extensions['x-bindings'] = [
        ...list,
        fanout ? { exchange: fromName } : { exchange: fromName, bindingKey: key },
      ];
    } else if (e.kind === 'alternate') {
      to.notes.push(w('alternateOf', { exchange: code(fromName) }));
      from.extensions['x-alternate-exchange'] = toName;
    } else if (e.kind === 'deadLetter') {
      to.notes.push(w('deadLetterOf', { queue: code(fromName) }));
      from.extensions['x-dead-letter-queue'] = toName;
    } else if (e.kind === 'subscribe') {
      to.notes.push(w('subscribedTo', { bus: code(fromName) }));
      const list = (to.extensions['x-subscribes-to'] as Json[] | undefined) ?? [];
      to.extensions['x-subscribes-to'] = [...list, fromName];
    }
  }

  const channelMessages = (c: Channel): Json[] =>
    [...c.messages].map((k) => ref(`#/channels/${c.key}/messages/${k}`));
  const appKeys = new Map<string, string>();
  const appKey = (node: DiagramNode) => {
    let key = appKeys.get(node.id);
    if (!key) {
      key = slug(node.label) || slug(node.id) || node.kind;
      appKeys.set(node.id, key);
    }
    return key;
  };

  for (const e of edges) {
    if (!e.source || !e.target) continue;
    if (e.kind === 'publish') {
      const c = channels.get(e.target.id);
      if (!c) continue;
      const app = plain(e.source.label) || e.source.id;
      const keys = sends.get(e.edge.id) ?? [];
      const op: Obj = {
        action: 'send',
        channel: ref(`#/channels/${c.key}`),
        title: w('sends', { app, channel: plain(c.node.label) || c.key }),
        tags: [{ name: app }],
        messages: keys.map((k) => ref(`#/channels/${c.key}/messages/${k}`)),
      };
      const routes = keys.map((k) => messages.get(k)!).filter((m) => m.route && !m.headers);
      if (c.node.kind === 'exchange' && routes.length > 0)
        op.bindings = { amqp: { cc: routes.map((m) => m.route!), bindingVersion: AMQP } };
      set(operations, operationKey(`${appKey(e.source)}.send.${c.key}`, `send.${c.key}`), op);
    } else if (e.kind === 'consume' || e.kind === 'subscribe') {
      const c = channels.get(e.source.id);
      if (!c || channels.has(e.target.id)) continue; // a queue subscribed to a bus is not an application
      const app = plain(e.target.label) || e.target.id;
      const op: Obj = {
        action: 'receive',
        channel: ref(`#/channels/${c.key}`),
        title: w('receives', { app, channel: plain(c.node.label) || c.key }),
        tags: [{ name: app }],
      };
      if (c.messages.size > 0) op.messages = channelMessages(c);
      if (c.node.kind === 'queue') op.bindings = { amqp: { ack: true, bindingVersion: AMQP } };
      if (c.node.kind === 'topic' && typeof e.props.consumerGroup === 'string' && e.props.consumerGroup)
        op.bindings = {
          kafka: { groupId: { type: 'string', enum: [plain(e.props.consumerGroup)] }, bindingVersion: KAFKA },
        };
      set(operations, operationKey(`${appKey(e.target)}.receive.${c.key}`, `receive.${c.key}`), op);
    }
  }

  const channelsOut: Obj = {};
  for (const c of channels.values()) {
    const props = nodeProps(c.node);
    const name = plain(c.node.label) || c.key;
    const out: Obj = { address: name, title: name, summary: channelSummary(c.node, w) };
    if (c.notes.length > 0) out.description = c.notes.join(' ');
    if (c.messages.size > 0)
      out.messages = Object.fromEntries([...c.messages].map((k) => [k, ref(`#/components/messages/${k}`)]));
    if (c.node.kind === 'exchange')
      out.bindings = {
        amqp: {
          is: 'routingKey',
          exchange: { name: name.slice(0, 255), type: String(props.exchangeType) },
          bindingVersion: AMQP,
        },
      };
    if (c.node.kind === 'queue')
      out.bindings = { amqp: { is: 'queue', queue: { name: name.slice(0, 255) }, bindingVersion: AMQP } };
    if (c.node.kind === 'topic') {
      // Kafka's retention.ms is -1 for "keep for ever", which the diagram writes as 0.
      const retention = Math.round(Number(props.retentionMs));
      out.bindings = {
        kafka: {
          topic: name,
          partitions: Number(props.partitions),
          topicConfiguration: { 'retention.ms': retention > 0 ? retention : -1 },
          bindingVersion: KAFKA,
        },
      };
    }
    Object.assign(out, c.extensions);
    set(channelsOut, c.key, out);
  }

  const messagesOut: Obj = {};
  for (const m of messages.values()) {
    const out: Obj = { name: m.name, title: m.title };
    if (m.headers && m.route) {
      // A header named `$ref` reads as a reference to a resolver, one named `__proto__` as a
      // prototype to JavaScript readers: such names are left out of the schema.
      const pairs = parseHeaders(m.route).filter(
        ([k]) => k !== '' && !k.startsWith('$') && !INHERITED.has(k),
      );
      out.headers = {
        type: 'object',
        properties: Object.fromEntries(
          pairs.map(([k, v]): [string, Json] => [
            k,
            v === null ? { type: 'string' } : { type: 'string', const: v },
          ]),
        ),
        required: [...new Set(pairs.map(([k]) => k))],
      };
    }
    if (m.kafkaKey) out.bindings = { kafka: { key: { type: 'string' }, bindingVersion: KAFKA } };
    set(messagesOut, m.key, out);
  }

  const title = plain(doc.name);
  return {
    asyncapi: '3.0.0',
    info: {
      title: title || w('untitled'),
      version: '1.0.0',
      description: w('infoDescription'),
    },
    channels: channelsOut,
    operations,
    ...(messages.size > 0 ? { components: { messages: messagesOut } } : {}),
  };
}

/** The AsyncAPI document as YAML; null when the diagram has no exchange, queue, topic or event bus. */
export function toAsyncApi(doc: DiagramDocument, w: Words): string | null {
  const document = asyncApiDocument(doc, w);
  return document ? toYaml(document) : null;
}

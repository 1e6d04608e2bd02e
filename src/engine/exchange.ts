import { type PropValues, parseWeightedList } from '../model';
import { CAUSE, MSG, STATUS } from './codes';
import type { Engine } from './engine';
import { type Binding, bindingMatches, EXCHANGE, parseBinding, parseHeaders } from './routing';
import { TRACE } from './trace';
import type { NodeWires } from './wires';

/**
 * A RabbitMQ exchange: each published message carries a routing key (or, for a headers exchange,
 * a set of headers) picked from its publisher's weighted list, and is copied to every queue whose
 * binding matches (direct: the exact key; topic: AMQP patterns; fanout: all; headers: x-match).
 * An unroutable message goes to the alternate exchange when one is wired, else it is counted and
 * dropped. Matches are computed once per distinct key. The routing key travels in the message's
 * `path` field (key id + 1), so an alternate exchange routes by the same key.
 */
export class ExchangeState {
  type: number = EXCHANGE.topic;
  bindings: Binding[] = [];
  /** Binding indices each routing key id matches. */
  readonly routes = new Map<number, Int32Array>();
  readonly routed: Float64Array;
  /** Per publisher edge (by edgeSlot): its routing key ids and their cumulative weights. */
  readonly keyIds: Int32Array[];
  readonly keyCumulative: Float64Array[];
  messages = 0;
  items = 0;
  unroutable = 0;
  toAlternate = 0;
  constructor(
    readonly node: number,
    /** Outgoing bind edges, to queues. */
    readonly binds: Int32Array,
    /** The alternate exchange's edge, or -1. */
    readonly alternate: number,
    publishers: number,
  ) {
    this.routed = new Float64Array(binds.length);
    this.keyIds = Array.from({ length: publishers }, () => new Int32Array(0));
    this.keyCumulative = Array.from({ length: publishers }, () => new Float64Array(0));
  }
}

/** An exchange, its bindings, its alternate exchange and the routing keys of its publishers. */
export function buildExchange(e: Engine, node: number, w: NodeWires): ExchangeState {
  const publishers = w.slottedInto('publish');
  const x = new ExchangeState(node, w.slottedOut('bind'), w.firstOut('alternate'), publishers.length);
  configureExchange(e, x, e.nodeProps[node]!);
  for (const edge of publishers) configurePublisher(e, x, edge);
  return x;
}

/** Reads an exchange's type and its bindings' keys; routes are recomputed from the next message. */
export function configureExchange(e: Engine, x: ExchangeState, p: PropValues): void {
  const t = String(p.exchangeType);
  x.type =
    t === 'direct'
      ? EXCHANGE.direct
      : t === 'fanout'
        ? EXCHANGE.fanout
        : t === 'headers'
          ? EXCHANGE.headers
          : EXCHANGE.topic;
  x.bindings = Array.from(x.binds, (edge) =>
    parseBinding(x.type, String(e.edgeProps[edge]!.bindingKey ?? '')),
  );
  x.routes.clear();
}

/** Reads a publisher edge's weighted routing keys (the edge's slot at the exchange). */
export function configurePublisher(e: Engine, x: ExchangeState, edge: number): void {
  const slot = e.edgeSlot[edge]!;
  const entries = parseWeightedList(String(e.edgeProps[edge]!.routingKeys ?? ''));
  if (entries.length === 0) entries.push({ value: '', weight: 1 });
  const total = entries.reduce((s, x) => s + x.weight, 0);
  let acc = 0;
  x.keyIds[slot] = new Int32Array(entries.map((k) => e.internRoutingKey(k.value)));
  x.keyCumulative[slot] = new Float64Array(entries.map((k) => (acc += k.weight / total)));
}

function pickKey(e: Engine, x: ExchangeState, edge: number): number {
  const slot = e.edgeSlot[edge]!;
  const ids = x.keyIds[slot];
  if (!ids || ids.length === 0) return e.internRoutingKey('');
  if (ids.length === 1) return ids[0]!;
  const u = e.rng.next();
  const cum = x.keyCumulative[slot]!;
  for (let i = 0; i < cum.length; i++) if (u < cum[i]!) return ids[i]!;
  return ids[ids.length - 1]!;
}

/** The bindings a routing key matches, computed on first use. */
export function routeFor(e: Engine, x: ExchangeState, key: number): Int32Array {
  let r = x.routes.get(key);
  if (!r) {
    const text = e.routingKeys[key]!;
    const headers = new Map(x.type === EXCHANGE.headers ? parseHeaders(text) : []);
    const matched: number[] = [];
    x.bindings.forEach((b, i) => {
      if (bindingMatches(b, text, headers)) matched.push(i);
    });
    r = new Int32Array(matched);
    x.routes.set(key, r);
  }
  return r;
}

/** A message reached the exchange: copy it to each matching binding's queue. */
export function exchangeOnMessage(e: Engine, x: ExchangeState, m: number): void {
  const jobs = e.jobs;
  const node = x.node;
  const items = jobs.items(m);
  x.messages++;
  x.items += items;
  e.stats.received[node]!++;
  if (!e.nodeUp[node]) {
    e.stats.error(node, CAUSE.unavailable);
    e.trace.record(e.now, jobs.trace(m), TRACE.rejected, node, -1, STATUS.unavailable);
    e.releaseMessage(m);
    return;
  }
  let key = jobs.routingKey(m) - 1;
  if (key < 0) {
    key = pickKey(e, x, jobs.edge(m));
    jobs.setRoutingKey(m, key + 1);
  }
  const route = routeFor(e, x, key);
  const kind = items > 1 ? MSG.batch : MSG.event;
  if (route.length === 0) {
    // Hops through alternate exchanges are counted so a loop of them cannot route for ever.
    if (x.alternate >= 0 && jobs.alternateHops(m) < e.nodeIds.length) {
      x.toAlternate++;
      e.stats.completed[node]!++;
      jobs.setAlternateHops(m, jobs.alternateHops(m) + 1);
      jobs.setKind(m, kind);
      jobs.setNode(m, e.edgeTarget[x.alternate]!);
      e.transfer(m, x.alternate, 0, node);
      return;
    }
    x.unroutable++;
    e.trace.record(e.now, jobs.trace(m), TRACE.unroutable, node, -1, 0);
    e.releaseMessage(m);
    return;
  }
  e.stats.completed[node]!++;
  const last = route.length - 1;
  for (let i = 0; i < last; i++) {
    const b = route[i]!;
    x.routed[b]!++;
    e.sendEvent(x.binds[b]!, jobs.trace(m), jobs.origin(m), items, jobs.kb(m), 0);
  }
  // The last copy is the message itself.
  const b = route[last]!;
  const edge = x.binds[b]!;
  x.routed[b]!++;
  jobs.setKind(m, kind);
  jobs.setNode(m, e.edgeTarget[edge]!);
  e.transfer(m, edge, 0, node);
}

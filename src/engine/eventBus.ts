import type { PropValues } from '../model';
import { CAUSE, STATUS } from './codes';
import { MessageRing } from './core/messageRing';
import type { Engine } from './engine';
import { TRACE } from './trace';
import type { NodeWires } from './wires';

/** Events a durable bus keeps for one subscriber that is down; beyond it the oldest are lost. */
export const DURABLE_LIMIT = 100_000;

/**
 * An event bus: publish/subscribe fan-out, every subscriber (service or queue, wired with a
 * subscribe edge) gets its own copy. A subscriber that is down misses what is published
 * meanwhile (the contrast with a queue), unless the bus is durable: then its events wait for it
 * and are delivered when it comes back.
 */
export class BusState {
  durable = false;
  readonly stores: MessageRing[];
  readonly delivered: Float64Array;
  readonly missed: Float64Array;
  published = 0;
  messages = 0;
  items = 0;
  constructor(
    readonly node: number,
    /** Outgoing subscribe edges. */
    readonly subscribers: Int32Array,
  ) {
    this.stores = Array.from(subscribers, () => new MessageRing());
    this.delivered = new Float64Array(subscribers.length);
    this.missed = new Float64Array(subscribers.length);
  }
}

export function buildBus(e: Engine, node: number, w: NodeWires): BusState {
  const b = new BusState(node, w.slottedOut('subscribe'));
  configureBus(b, e.nodeProps[node]!);
  return b;
}

/** Reads the bus's durability. */
export function configureBus(b: BusState, p: PropValues): void {
  b.durable = p.durable === true;
}

/** An event was published: a copy for every subscriber that is up; the others miss it, or it waits. */
export function busOnMessage(e: Engine, b: BusState, m: number): void {
  const jobs = e.jobs;
  const node = b.node;
  const items = jobs.items(m);
  const trace = jobs.trace(m);
  const kb = jobs.kb(m);
  b.messages++;
  b.items += items;
  e.stats.received[node]!++;
  if (!e.nodeUp[node]) {
    e.stats.error(node, CAUSE.unavailable);
    e.trace.record(e.now, trace, TRACE.rejected, node, -1, STATUS.unavailable);
    e.releaseMessage(m);
    return;
  }
  b.published++;
  e.stats.completed[node]!++;
  for (let i = 0; i < b.subscribers.length; i++) {
    const edge = b.subscribers[i]!;
    if (e.nodeUp[e.edgeTarget[edge]!]) {
      b.delivered[i]!++;
      e.sendEvent(edge, trace, jobs.origin(m), items, kb, 0);
    } else if (b.durable) {
      const store = b.stores[i]!;
      if (store.length >= DURABLE_LIMIT) {
        store.dropHead();
        b.missed[i]!++;
      }
      store.push(trace, kb, e.now, items);
      e.trace.record(e.now, trace, TRACE.queued, node, edge, store.length);
    } else {
      b.missed[i]!++;
      e.trace.record(e.now, trace, TRACE.missed, node, edge, 0);
    }
  }
  e.releaseMessage(m);
}

/** A node came back up: a durable bus delivers what it kept for it, in order. */
export function busSubscriberUp(e: Engine, b: BusState, node: number): void {
  if (!e.nodeUp[b.node]) return;
  for (let i = 0; i < b.subscribers.length; i++) {
    const edge = b.subscribers[i]!;
    if (e.edgeTarget[edge] !== node) continue;
    const store = b.stores[i]!;
    while (store.length > 0) {
      b.delivered[i]!++;
      e.sendEvent(edge, store.trace(0), b.node, store.meta(0), store.kb(0), 0);
      store.dropHead();
    }
  }
}

/** Events waiting in durable stores now. */
export function busStored(b: BusState): number {
  return b.stores.reduce((s, r) => s + r.length, 0);
}

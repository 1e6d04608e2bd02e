import type { PropValues } from '../model';
import { configureConnect, setConnectUp } from './connect';
import { requestRebalance } from './consumerGroup';
import type { Engine } from './engine';
import { busSubscriberUp, configureBus } from './eventBus';
import { configureExchange, configurePublisher } from './exchange';
import { consumerChanged } from './feeds';
import { fetchAll } from './groupDelivery';
import { configureQueue, queueConsumersChanged, queueDispatch } from './queue';
import { configureStreams, setStreamsUp } from './streams';
import { configureProducer, configureTopic } from './topic';

/* Live changes to brokers and their consumers, for Simulation's setNodeUp and update*Props. */

/**
 * A node stopped or started (its own behaviour already heard): Streams and connectors drop or
 * resume work, a broker delivers again, and its brokers hear of a consumer last, so deliveries
 * it gave back go to the consumers that are left; a subscriber back up gets what a durable bus kept.
 */
export function setMessagingNodeUp(e: Engine, i: number, up: boolean): void {
  const streams = e.streams[i];
  if (streams) setStreamsUp(e, streams, up);
  const connect = e.connects[i];
  if (connect) setConnectUp(e, connect, up);
  const q = e.queues[i];
  if (q && up) queueDispatch(e, q);
  const t = e.topics[i];
  if (t && up) for (const g of t.groups) fetchAll(e, g);
  consumerChanged(e, i);
  if (up) for (const b of e.buses) if (b) busSubscriberUp(e, b, i);
}

/** A messaging node's properties changed: each kind reads them again. */
export function updateMessagingNode(e: Engine, i: number, props: PropValues): void {
  const q = e.queues[i];
  if (q) configureQueue(e, q, props);
  const x = e.exchanges[i];
  if (x) configureExchange(e, x, props);
  const bus = e.buses[i];
  if (bus) configureBus(bus, props);
  const t = e.topics[i];
  if (t) configureTopic(e, t, props);
  const st = e.streams[i];
  if (st) configureStreams(e, st, props);
  const c = e.connects[i];
  if (c) {
    const wasSink = c.sink;
    configureConnect(e, c, props);
    if (wasSink !== c.sink) {
      // A sink turned source drops what it buffered; either way its groups see a member come or go.
      if (!c.sink) setConnectUp(e, c, false);
      consumerChanged(e, i);
    }
  }
}

/** A messaging wire's properties changed: prefetch, assignor, routing and binding keys, keys per producer. */
export function updateMessagingEdge(e: Engine, i: number, props: PropValues): void {
  const source = e.edgeSource[i]!;
  const target = e.edgeTarget[i]!;
  const q = e.queues[source];
  if (q && 'prefetch' in props) queueConsumersChanged(e, q);
  const group = e.groupOfEdge[i];
  if (group && 'assignor' in props) {
    group.roundRobin = e.edgeProps[group.edges[0]!]!.assignor === 'roundRobin';
    requestRebalance(e, group, true);
  }
  const x = e.exchanges[target];
  if (x && 'routingKeys' in props) configurePublisher(e, x, i);
  const from = e.exchanges[source];
  if (from && 'bindingKey' in props) configureExchange(e, from, e.nodeProps[source]!);
  const t = e.topics[target];
  if (t && 'keyCount' in props) configureProducer(e, t, i);
}

import { CONNECTION_TIMEOUT_MS } from './callerEdge';
import { EV, FEED, K, type KindCode, MSG } from './codes';
import { requestRebalance } from './consumerGroup';
import type { Engine } from './engine';
import { topicDeliveryDone, topicReturn } from './groupDelivery';
import { queueConsumersChanged, queueDeliveryDone, queueReturn } from './queue';
import { TRACE } from './trace';

/*
 * The seam between brokers (queues, topics) and their consumers (services, batch processors,
 * Streams processors, sink connectors): a consumer finishes or gives back a delivery, or its
 * instances change, and the broker that fed it hears of it.
 */

/** A consumer finished a delivery with a status (Engine.onDelivered): ack or nack, commit or retry. */
export function deliveryDone(e: Engine, job: number, status: number): void {
  const edge = e.jobs.edge(job);
  if (e.edgeFeed[edge] === FEED.queue) queueDeliveryDone(e, job, status);
  else topicDeliveryDone(e, job, status);
}

/**
 * A consumer went away before finishing a delivery: the queue requeues it, a topic forgets it.
 * While a consumer is being stopped (`dispatch` false) nothing is redelivered until
 * consumerChanged has told the brokers who is left.
 */
export function deliveryReturned(e: Engine, job: number, dispatch: boolean): void {
  const edge = e.jobs.edge(job);
  if (e.edgeFeed[edge] === FEED.queue) queueReturn(e, job, dispatch);
  else topicReturn(e, job, dispatch);
}

/** How many consumer instances a node offers its brokers right now (0 while it is down). */
export function liveLanes(e: Engine, node: number): number {
  if (!e.nodeUp[node]) return 0;
  const kind = e.nodeKind[node] as KindCode;
  switch (kind) {
    case K.service:
      return e.states.service[node]!.instances;
    case K.connect:
      return e.states.connect[node]!.sink ? 1 : 0;
    // A batch processor or a Streams processor is one consumer.
    case K.batch:
    case K.streams:
      return 1;
    // The wiring rules let no other kind consume from a queue or topic.
    case K.client:
    case K.provider:
    case K.gateway:
    case K.loadBalancer:
    case K.database:
    case K.queue:
    case K.exchange:
    case K.eventBus:
    case K.topic:
      return 0;
    default:
      return kind satisfies never;
  }
}

/** A consumer's instances changed (count, up, mode): its queues recount credit, its groups rebalance. */
export function consumerChanged(e: Engine, node: number): void {
  const feeds = e.feedsInto[node]!;
  for (let i = 0; i < feeds.length; i++) {
    const edge = feeds[i]!;
    if (e.edgeFeed[edge] === FEED.queue) queueConsumersChanged(e, e.states.queue[e.edgeSource[edge]!]!);
    else requestRebalance(e, e.groupOfEdge[edge]!);
  }
}

/**
 * A delivery (or a queue's acknowledgement) was lost on a cut wire. The broker cannot tell: the
 * message stays unacknowledged (or the fetch unanswered) until the connection times out, then it
 * is returned. Meanwhile the record waits out of sight.
 */
export function feedLost(e: Engine, m: number): void {
  const jobs = e.jobs;
  const edge = jobs.edge(m);
  e.edgeLost[edge]!++;
  e.trace.record(e.now, jobs.trace(m), TRACE.lost, e.edgeSource[edge]!, edge, 0);
  // An acknowledgement carries the message's size as its ackKb (see queue.ts).
  if (jobs.kind(m) === MSG.response || jobs.kind(m) === MSG.error) jobs.setKb(m, jobs.ackKb(m));
  jobs.setKind(m, -1);
  jobs.setTimer(m, e.schedule(e.now + CONNECTION_TIMEOUT_MS, EV.feedLost, m));
}

/** The connection of a lost delivery timed out: it goes back to its broker. */
export function feedLostTimeout(e: Engine, m: number, seq: number): boolean {
  if (e.jobs.timer(m) !== seq) return false;
  e.jobs.setTimer(m, -1);
  deliveryReturned(e, m, true);
  return true;
}

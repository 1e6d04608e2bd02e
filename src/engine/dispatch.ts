import { batchCallDone, batchOnRequest, batchWindow } from './batch';
import { clientCallAccepted, clientCallDone, clientTick, userStart } from './client';
import { EV, EV_BITS, EV_MASK, type EventCode, FEED, K, type KindCode, MSG } from './codes';
import { connectCallDone, connectOnMessage, connectTick } from './connect';
import { rebalanceEnd } from './consumerGroup';
import { databaseDone, databaseOnRequest } from './database';
import type { Engine } from './engine';
import { busOnMessage } from './eventBus';
import { exchangeOnMessage } from './exchange';
import { feedLost, feedLostTimeout } from './feeds';
import { aggregateDeadline, forwardAccepted, gatewayCallDone, gatewayOnRequest } from './gateway';
import { balancerCallDone, balancerOnRequest, healthCheck } from './loadBalancer';
import { pollTick } from './polling';
import { longPollTimeout, providerCallDone, providerChange, providerOnRequest } from './provider';
import { queueAnswer, queueOnMessage } from './queue';
import { onAnswer, onDeadlines, onLost, onRetryTimer } from './resilience';
import { sample } from './series';
import { serviceCallDone, serviceDone, serviceOnRequest } from './service';
import { streamsDone, streamsOnRecord, streamsWindow } from './streams';
import { retentionCheck, topicOnMessage } from './topic';

/*
 * The switches below are exhaustive: each ends in `satisfies never`, so an event type or a kind
 * without a case does not compile. The check is a type; it adds nothing to the hot path.
 */

/**
 * Runs one event. Returns whether it did anything: timers are cancelled lazily (a record keeps
 * the sequence number of its live timer), so a stale timer pops and is skipped.
 */
export function runEvent(e: Engine, payload: number, seq: number): boolean {
  const slot = payload >> EV_BITS;
  const event = (payload & EV_MASK) as EventCode;
  switch (event) {
    case EV.arrive:
      arrive(e, slot);
      return true;
    case EV.clientTick:
      return clientTick(e, slot, seq);
    case EV.userStart:
      return userStart(e, slot, seq);
    case EV.serviceDone:
      return serviceDone(e, e.states.service[e.jobs.node(slot)]!, slot, seq);
    case EV.databaseDone:
      return databaseDone(e, slot, seq);
    case EV.callTimeout:
      return onDeadlines(e, slot, seq);
    case EV.callRetry:
      return onRetryTimer(e, slot, seq);
    case EV.batchWindow:
      return batchWindow(e, slot, seq);
    case EV.aggregateDeadline:
      return aggregateDeadline(e, slot, seq);
    case EV.providerChange:
      return providerChange(e, slot, seq);
    case EV.longPollTimeout:
      return longPollTimeout(e, slot, seq);
    case EV.healthCheck:
      return healthCheck(e, slot, seq);
    case EV.sample:
      return sample(e, seq);
    case EV.pollTick:
      return pollTick(e, slot, seq);
    case EV.rebalance:
    case EV.retention:
    case EV.streamsDone:
    case EV.streamsWindow:
    case EV.connectTick:
    case EV.feedLost:
      return messagingEvent(e, event, slot, seq);
    default:
      return event satisfies never;
  }
}

/**
 * The brokers' timers, out of runEvent's switch: V8 inlines by bytecode size, and runEvent (with
 * what it inlines) is the hottest code there is; every case added to it slowed reference-50.
 */
function messagingEvent(e: Engine, event: MessagingEvent, slot: number, seq: number): boolean {
  switch (event) {
    case EV.rebalance:
      return rebalanceEnd(e, slot, seq);
    case EV.retention:
      return retentionCheck(e, slot, seq);
    case EV.streamsDone:
      return streamsDone(e, slot, seq);
    case EV.streamsWindow:
      return streamsWindow(e, slot, seq);
    case EV.connectTick:
      return connectTick(e, slot, seq);
    case EV.feedLost:
      return feedLostTimeout(e, slot, seq);
    default:
      return event satisfies never;
  }
}

type MessagingEvent =
  | typeof EV.rebalance
  | typeof EV.retention
  | typeof EV.streamsDone
  | typeof EV.streamsWindow
  | typeof EV.connectTick
  | typeof EV.feedLost;

/** A message reached the end of its edge: answers go to the caller, the rest to the target's behaviour. */
function arrive(e: Engine, m: number): void {
  const msgs = e.jobs;
  const edge = msgs.edge(m);
  const kind = msgs.kind(m);
  // Kept this small so V8 inlines it into runEvent: the rare cases are calls.
  if (e.edgeCut[edge]) arriveOnCut(e, m, edge);
  else if (kind === MSG.response || kind === MSG.error) arriveAnswer(e, m);
  // A request or event becomes work at its target, which keeps the record.
  else deliver(e, e.edgeTarget[edge]!, m);
}

function arriveAnswer(e: Engine, m: number): void {
  // Only a queue's consumers answer without a call: that answer is an acknowledgement.
  if (e.jobs.call(m) < 0) {
    queueAnswer(e, m);
    return;
  }
  onAnswer(e, m);
  e.releaseMessage(m);
}

function arriveOnCut(e: Engine, m: number, edge: number): void {
  if (e.edgeFeed[edge] !== FEED.none) {
    feedLost(e, m);
    return;
  }
  onLost(e, m);
  e.releaseMessage(m);
}

function deliver(e: Engine, node: number, m: number): void {
  const kind = e.nodeKind[node] as KindCode;
  switch (kind) {
    case K.service:
      serviceOnRequest(e, e.states.service[node]!, m);
      return;
    case K.gateway:
      gatewayOnRequest(e, e.states.gateway[node]!, m);
      return;
    case K.loadBalancer:
      balancerOnRequest(e, e.states.loadBalancer[node]!, m);
      return;
    case K.database:
      databaseOnRequest(e, e.states.database[node]!, m);
      return;
    case K.batch:
      batchOnRequest(e, e.states.batch[node]!, m);
      return;
    case K.provider:
      providerOnRequest(e, e.states.provider[node]!, m);
      return;
    case K.queue:
    case K.exchange:
    case K.eventBus:
    case K.topic:
    case K.streams:
    case K.connect:
      deliverToBroker(e, kind, node, m);
      return;
    case K.client:
      // Nothing is wired into a client (the wiring rules forbid it).
      return;
    default:
      kind satisfies never;
  }
}

/** Messaging kinds, out of deliver's switch for the same reason as messagingEvent. */
function deliverToBroker(e: Engine, kind: BrokerKind, node: number, m: number): void {
  switch (kind) {
    case K.queue:
      queueOnMessage(e, e.states.queue[node]!, m);
      return;
    case K.topic:
      topicOnMessage(e, e.states.topic[node]!, m);
      return;
    case K.exchange:
      exchangeOnMessage(e, e.states.exchange[node]!, m);
      return;
    case K.eventBus:
      busOnMessage(e, e.states.eventBus[node]!, m);
      return;
    case K.streams:
      streamsOnRecord(e, e.states.streams[node]!, m);
      return;
    case K.connect:
      connectOnMessage(e, e.states.connect[node]!, m);
      return;
    default:
      kind satisfies never;
  }
}

type BrokerKind =
  | typeof K.queue
  | typeof K.exchange
  | typeof K.eventBus
  | typeof K.topic
  | typeof K.streams
  | typeof K.connect;

/** Routes the end of a call to the behaviour of the node that made it. */
export function callDone(e: Engine, job: number, call: number, status: number): void {
  const node = e.jobs.node(job);
  const kind = e.nodeKind[node] as KindCode;
  switch (kind) {
    case K.client:
      clientCallDone(e, e.states.client[node]!, job, call, status);
      return;
    case K.service:
      serviceCallDone(e, e.states.service[node]!, job, status);
      return;
    case K.gateway:
      gatewayCallDone(e, e.states.gateway[node]!, job, call, status);
      return;
    case K.loadBalancer:
      balancerCallDone(e, e.states.loadBalancer[node]!, job, call, status);
      return;
    case K.batch:
      batchCallDone(e, e.states.batch[node]!, job, status);
      return;
    case K.provider:
      providerCallDone(e, job, call, status);
      return;
    case K.connect:
      connectCallDone(e, e.states.connect[node]!, job, status);
      return;
    // These kinds make no calls.
    case K.database:
    case K.queue:
    case K.exchange:
    case K.eventBus:
    case K.topic:
    case K.streams:
      return;
    default:
      kind satisfies never;
  }
}

/** Routes an async 202 to the node that made the call. */
export function callAccepted(e: Engine, job: number, _call: number): void {
  const node = e.jobs.node(job);
  const kind = e.nodeKind[node] as KindCode;
  switch (kind) {
    case K.client:
      clientCallAccepted(e, e.states.client[node]!, job);
      return;
    // Proxies pass the 202 on to their own caller.
    case K.gateway:
    case K.loadBalancer:
      forwardAccepted(e, job);
      return;
    // The others make no async calls: a service answers its own caller 202 and calls on in sync.
    case K.provider:
    case K.service:
    case K.database:
    case K.batch:
    case K.queue:
    case K.exchange:
    case K.eventBus:
    case K.topic:
    case K.streams:
    case K.connect:
      return;
    default:
      kind satisfies never;
  }
}

import type { NodeKind, PropValues } from '../model';
import { type BatchState, buildBatch, configureBatch } from './batch';
import { buildClient, type ClientState, configureClient } from './client';
import { buildConnect, type ConnectState, setConnectUp, updateConnect } from './connect';
import { assignorChanged } from './consumerGroup';
import { buildDatabase, configureDatabase, type DatabaseState, setDatabaseUp } from './database';
import type { Engine } from './engine';
import { type BusState, buildBus, busSubscriberUp, configureBus } from './eventBus';
import { buildExchange, configureExchange, configurePublisher, type ExchangeState } from './exchange';
import { consumerChanged } from './feeds';
import { buildGateway, configureGateway, type GatewayState, gatewayWireChanged } from './gateway';
import { type BalancerState, buildBalancer, configureBalancer } from './loadBalancer';
import { buildProvider, configureProvider, type ProviderState, webhookWireChanged } from './provider';
import {
  buildQueue,
  configureQueue,
  type QueueState,
  queueConsumersChanged,
  queueDispatch,
  startQueue,
} from './queue';
import { buildService, type ServiceState, setServiceUp, updateService } from './service';
import { type BrokerSections, snapshotQueue, snapshotTopic } from './snapshotBrokers';
import { buildStreams, configureStreams, type StreamsState, setStreamsUp } from './streams';
import type { RunSummary } from './summary';
import {
  summarizeBus,
  summarizeConnect,
  summarizeExchange,
  summarizeQueue,
  summarizeStreams,
  summarizeTopic,
} from './summaryMessaging';
import {
  summarizeBalancer,
  summarizeBatch,
  summarizeClient,
  summarizeDatabase,
  summarizeGateway,
  summarizeProvider,
  summarizeService,
} from './summaryNodes';
import {
  buildTopic,
  configureProducer,
  configureTopic,
  setTopicUp,
  startTopic,
  type TopicState,
} from './topic';
import type { NodeWires } from './wires';

/*
 * The registry of component kinds: for each kind, how its nodes are built, changed while running,
 * stopped and started, and read for the snapshot and the summary. These are the engine's cold
 * paths; the hot ones (a message arriving, a timer, a call ending) are the switches in
 * dispatch.ts, which reach a node's state through Engine.states.
 */

/** One kind's cold paths, over the state S each of its nodes keeps. */
export interface KindBehaviour<S> {
  /** The node's state from its wires, configured from its properties (compile, in node order). */
  build(e: Engine, node: number, wires: NodeWires): S;
  /** Once every node is built (brokers meet their consumers). */
  start?(e: Engine, st: S): void;
  /** Properties changed while running: `props` are all of them, `changed` the ones just set. */
  update(e: Engine, st: S, props: PropValues, changed: PropValues): void;
  /** The node was stopped or started (Engine.nodeUp already says which). */
  setUp?(e: Engine, st: S, up: boolean): void;
  /** Properties of a wire from (out) or into (in) the node changed. */
  outWireChanged?(e: Engine, st: S, edge: number, changed: PropValues): void;
  inWireChanged?(e: Engine, st: S, edge: number, changed: PropValues): void;
  /** The node's own sections of the run summary, beside the `nodes` entry every kind has. */
  summarize(e: Engine, st: S, id: string, out: RunSummary): void;
  /** The node's own sections of the frame snapshot. */
  snapshot?(e: Engine, st: S, out: BrokerSections): void;
}

/** The state each kind keeps per node. */
export interface KindStates {
  client: ClientState;
  provider: ProviderState;
  service: ServiceState;
  gateway: GatewayState;
  loadBalancer: BalancerState;
  database: DatabaseState;
  batch: BatchState;
  queue: QueueState;
  exchange: ExchangeState;
  eventBus: BusState;
  topic: TopicState;
  streams: StreamsState;
  connect: ConnectState;
}

/** Per kind, its nodes' states by node index (null at nodes of other kinds). */
export type NodeStates = { readonly [K in NodeKind]: (KindStates[K] | null)[] };

/** Every kind's behaviour: a kind missing here (or in KindStates) does not compile. */
export const KINDS: { readonly [K in NodeKind]: KindBehaviour<KindStates[K]> } = {
  client: {
    build: buildClient,
    update: (e, st, props) => configureClient(e, st, props, false),
    summarize: summarizeClient,
  },
  provider: {
    build: buildProvider,
    update: (e, st, props) => configureProvider(e, st, props, false),
    outWireChanged: (e, _st, edge) => webhookWireChanged(e, edge),
    summarize: summarizeProvider,
  },
  service: {
    build: buildService,
    update: updateService,
    setUp: setServiceUp,
    summarize: summarizeService,
  },
  gateway: {
    build: buildGateway,
    update: (_e, st, props) => configureGateway(st, props),
    outWireChanged: (e, st, _edge, changed) => gatewayWireChanged(e, st, changed),
    summarize: summarizeGateway,
  },
  loadBalancer: {
    build: buildBalancer,
    update: (e, st, props) => configureBalancer(e, st, props, false),
    summarize: summarizeBalancer,
  },
  database: {
    build: buildDatabase,
    update: configureDatabase,
    setUp: setDatabaseUp,
    summarize: summarizeDatabase,
  },
  batch: {
    build: buildBatch,
    update: configureBatch,
    summarize: summarizeBatch,
  },
  queue: {
    build: buildQueue,
    start: startQueue,
    update: configureQueue,
    setUp: (e, q, up) => {
      if (up) queueDispatch(e, q);
    },
    outWireChanged: (e, q, _edge, changed) => {
      if ('prefetch' in changed) queueConsumersChanged(e, q);
    },
    summarize: summarizeQueue,
    snapshot: snapshotQueue,
  },
  exchange: {
    build: buildExchange,
    update: configureExchange,
    outWireChanged: (e, x, _edge, changed) => {
      if ('bindingKey' in changed) configureExchange(e, x, e.nodeProps[x.node]!);
    },
    inWireChanged: (e, x, edge, changed) => {
      if ('routingKeys' in changed) configurePublisher(e, x, edge);
    },
    summarize: summarizeExchange,
  },
  eventBus: {
    build: buildBus,
    update: (_e, b, props) => configureBus(b, props),
    summarize: summarizeBus,
  },
  topic: {
    build: buildTopic,
    start: startTopic,
    update: configureTopic,
    setUp: setTopicUp,
    outWireChanged: (e, _t, edge, changed) => {
      const g = e.groupOfEdge[edge];
      if (g && 'assignor' in changed) assignorChanged(e, g);
    },
    inWireChanged: (e, t, edge, changed) => {
      if ('keyCount' in changed) configureProducer(e, t, edge);
    },
    summarize: summarizeTopic,
    snapshot: snapshotTopic,
  },
  streams: {
    build: buildStreams,
    update: configureStreams,
    setUp: setStreamsUp,
    summarize: summarizeStreams,
  },
  connect: {
    build: buildConnect,
    update: updateConnect,
    setUp: setConnectUp,
    summarize: summarizeConnect,
  },
};

/** Something done with a node's behaviour and its state, whichever kind it is. */
type Visit = <S>(b: KindBehaviour<S>, st: S) => void;

/** Hands a node's behaviour and state to `visit` together, so the state's type is the behaviour's. */
function visitNode(e: Engine, node: number, visit: Visit): void {
  visitAs(e, e.nodeKinds[node]!, node, visit);
}

// Generic in the kind: through a plain NodeKind union TypeScript cannot see that the two match.
function visitAs<K extends NodeKind>(e: Engine, kind: K, node: number, visit: Visit): void {
  visit(KINDS[kind], e.states[kind][node]!);
}

export function buildNode<K extends NodeKind>(e: Engine, kind: K, wires: NodeWires): void {
  e.states[kind][wires.node] = KINDS[kind].build(e, wires.node, wires);
}

export function startNode(e: Engine, node: number): void {
  visitNode(e, node, (b, st) => b.start?.(e, st));
}

export function updateNode(e: Engine, node: number, props: PropValues, changed: PropValues): void {
  visitNode(e, node, (b, st) => b.update(e, st, props, changed));
}

/**
 * A node stopped or started: its own behaviour first, then the brokers feeding it hear of a
 * consumer (last, so deliveries it gave back go to the consumers that are left), and a
 * subscriber back up gets what a durable event bus kept for it.
 */
export function nodeUpChanged(e: Engine, node: number, up: boolean): void {
  visitNode(e, node, (b, st) => b.setUp?.(e, st, up));
  consumerChanged(e, node);
  if (up) for (const bus of e.states.eventBus) if (bus) busSubscriberUp(e, bus, node);
}

/** A wire's properties changed: the behaviours at both its ends hear. */
export function wireChanged(e: Engine, edge: number, changed: PropValues): void {
  visitNode(e, e.edgeSource[edge]!, (b, st) => b.outWireChanged?.(e, st, edge, changed));
  visitNode(e, e.edgeTarget[edge]!, (b, st) => b.inWireChanged?.(e, st, edge, changed));
}

export function summarizeNode(e: Engine, node: number, id: string, out: RunSummary): void {
  visitNode(e, node, (b, st) => b.summarize(e, st, id, out));
}

export function snapshotNode(e: Engine, node: number, out: BrokerSections): void {
  visitNode(e, node, (b, st) => b.snapshot?.(e, st, out));
}

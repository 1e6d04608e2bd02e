import {
  type DiagramDocument,
  type EdgeKind,
  edgeKindOf,
  edgeProps,
  indexNodes,
  type NodeKind,
  nodeProps,
  type Result,
  validateDocument,
} from '../model';
import { BatchState, configureBatch } from './batch';
import { CallerEdge, configureCaller } from './callerEdge';
import { ClientState, configureClient } from './client';
import { EV, FEED, KIND_CODE } from './codes';
import { ConnectState, configureConnect } from './connect';
import { assignGroup, ConsumerGroup } from './consumerGroup';
import { configureDatabase, DatabaseState } from './database';
import { callAccepted, callDone } from './dispatch';
import { Engine } from './engine';
import { BusState, configureBus } from './eventBus';
import { configureExchange, configurePublisher, ExchangeState } from './exchange';
import { deliveryDone } from './feeds';
import { configureGateway, GatewayState, Route } from './gateway';
import { Lanes } from './lanes';
import { BalancerState, configureBalancer } from './loadBalancer';
import { configureProvider, ProviderState } from './provider';
import { configureQueue, QueueState } from './queue';
import { configureService, ServiceState } from './service';
import { configureStreams, StreamsState } from './streams';
import { configureProducer, configureTopic, TopicState } from './topic';

/** Per-hop encoding cost by call protocol: fixed ms plus ms per KB of body. */
export const PROTOCOL_COST: Readonly<Record<string, { fixedMs: number; perKbMs: number }>> = {
  // JSON text over HTTP/1.1: the baseline.
  rest: { fixedMs: 0.5, perKbMs: 0.05 },
  // Protobuf over HTTP/2: compact binary, cheap to encode.
  grpc: { fixedMs: 0.1, perKbMs: 0.01 },
  // One query resolved field by field: JSON plus query parsing and resolution.
  graphql: { fixedMs: 1.5, perKbMs: 0.05 },
};

export interface CompileOptions {
  seed: number;
  /** log2 of the trace ring's size; 16 keeps the last 65,536 trace events. */
  traceCapacityLog2?: number;
}

/** Builds the engine for a valid document; an invalid one is refused with its issues. */
export function compileEngine(doc: DiagramDocument, options: CompileOptions): Result<Engine> {
  const valid = validateDocument(doc);
  if (!valid.ok) return valid;
  const d = valid.value;
  const nodesById = indexNodes(d.nodes);
  const nodeIndex = new Map(d.nodes.map((n, i) => [n.id, i]));
  const e = new Engine(
    options.seed,
    d.nodes.map((n) => n.id),
    d.edges.map((x) => x.id),
    options.traceCapacityLog2 ?? 16,
  );
  const out: Wire[][] = d.nodes.map(() => []);
  const into: Wire[][] = d.nodes.map(() => []);
  d.edges.forEach((edge, i) => {
    const kind = edgeKindOf(edge, nodesById)!;
    const s = nodeIndex.get(edge.source)!;
    const t = nodeIndex.get(edge.target)!;
    e.edgeSource[i] = s;
    e.edgeTarget[i] = t;
    const props = edgeProps(edge, nodesById);
    e.edgeProps.push(props);
    e.edgeKinds.push(kind);
    applyEdgeProps(e, i, kind);
    out[s]!.push({ edge: i, kind });
    into[t]!.push({ edge: i, kind });
    if (kind === 'consume') {
      const from = nodesById.get(edge.source)!.kind;
      e.edgeFeed[i] = from === 'queue' ? FEED.queue : from === 'topic' ? FEED.topic : FEED.none;
    }
  });
  into.forEach((wires, i) => {
    e.feedsInto[i] = new Int32Array(wires.filter((w) => e.edgeFeed[w.edge] !== FEED.none).map((w) => w.edge));
  });
  d.nodes.forEach((node, i) => {
    e.nodeKind[i] = KIND_CODE[node.kind];
    e.nodeKinds.push(node.kind);
    e.nodeLabels.push(node.label);
    const props = nodeProps(node);
    e.nodeProps.push(props);
    if (props.up === false) e.nodeUp[i] = 0;
  });
  e.onCallDone = callDone;
  e.onCallAccepted = callAccepted;
  e.onDelivered = deliveryDone;
  d.nodes.forEach((node, i) => {
    buildNode(e, i, node.kind, out[i]!, into[i]!);
  });
  // Brokers meet their consumers once every node exists: queue credit, group assignments.
  for (const q of e.queues) if (q) configureQueue(e, q, e.nodeProps[q.node]!);
  for (const g of e.groups) assignGroup(e, g);
  e.series.seq = e.schedule(0, EV.sample, 0);
  return { ok: true, value: e };
}

/** Applies an edge's props to the engine's arrays and its caller policy. */
export function applyEdgeProps(e: Engine, i: number, kind: EdgeKind): void {
  const p = e.edgeProps[i]!;
  e.edgeLatency[i] = Number(p.latencyMs ?? 0);
  const cost = kind === 'call' ? PROTOCOL_COST[String(p.protocol)] : undefined;
  e.edgeProtoFixed[i] = cost?.fixedMs ?? 0;
  e.edgeProtoPerKb[i] = cost?.perKbMs ?? 0;
  e.edgeBaseMs[i] = e.edgeLatency[i]! + e.edgeProtoFixed[i]!;
  // A sink connector's write is a call too (its database answers it), with no resilience set.
  if (kind === 'call' || kind === 'poll' || kind === 'webhook' || kind === 'write') {
    const c = e.callers[i] ?? new CallerEdge();
    e.callers[i] = c;
    if (kind !== 'webhook') configureCaller(c, p);
  }
}

interface Wire {
  edge: number;
  kind: EdgeKind;
}

const ofKind = (edges: Wire[], ...kinds: EdgeKind[]): Int32Array =>
  new Int32Array(edges.filter((x) => kinds.includes(x.kind)).map((x) => x.edge));

/** The edges of some kinds, each given its position among them as its edgeSlot. */
function slotted(e: Engine, edges: Wire[], ...kinds: EdgeKind[]): Int32Array {
  const list = ofKind(edges, ...kinds);
  list.forEach((edge, i) => {
    e.edgeSlot[edge] = i;
  });
  return list;
}

const publishMask = (e: Engine, targets: Int32Array): Uint8Array =>
  new Uint8Array(Array.from(targets, (edge) => (e.edgeKinds[edge] === 'publish' ? 1 : 0)));

/** Groups a gateway's outgoing edges into routes by prefix, in document order. */
export function buildRoutes(e: Engine, node: number): Route[] {
  const groups = new Map<string, number[]>();
  for (let edge = 0; edge < e.edgeIds.length; edge++) {
    if (e.edgeSource[edge] !== node) continue;
    const kind = e.edgeKinds[edge];
    if (kind !== 'call' && kind !== 'publish') continue;
    const prefix = String(e.edgeProps[edge]!.route ?? '');
    groups.set(prefix, [...(groups.get(prefix) ?? []), edge]);
  }
  return [...groups].map(([prefix, edges]) => {
    const list = new Int32Array(edges);
    return new Route(prefix, list, publishMask(e, list));
  });
}

function buildNode(e: Engine, i: number, kind: NodeKind, edges: Wire[], into: Wire[]): void {
  const props = e.nodeProps[i]!;
  switch (kind) {
    case 'client': {
      const targets = ofKind(edges, 'call', 'publish');
      const st = new ClientState(i, targets, publishMask(e, targets), ofKind(edges, 'poll'));
      e.clients[i] = st;
      configureClient(e, st, props, true);
      return;
    }
    case 'service': {
      const lanes = e.feedsInto[i]!.length > 0 ? new Lanes() : null;
      const st = new ServiceState(i, ofKind(edges, 'call'), ofKind(edges, 'publish'), lanes);
      e.services[i] = st;
      configureService(e, st, props);
      return;
    }
    case 'gateway': {
      const st = new GatewayState(i, buildRoutes(e, i), e.nodeIds.length);
      e.gateways[i] = st;
      configureGateway(st, props);
      return;
    }
    case 'loadBalancer': {
      const st = new BalancerState(i, ofKind(edges, 'call'));
      e.balancers[i] = st;
      configureBalancer(e, st, props, true);
      return;
    }
    case 'database': {
      const st = new DatabaseState(i);
      e.databases[i] = st;
      configureDatabase(e, st, props);
      return;
    }
    case 'provider': {
      const st = new ProviderState(i, ofKind(edges, 'webhook'));
      e.providers[i] = st;
      configureProvider(e, st, props, true);
      return;
    }
    case 'batch': {
      const targets = ofKind(edges, 'call', 'publish');
      const st = new BatchState(i, targets, publishMask(e, targets));
      e.batches[i] = st;
      configureBatch(e, st, props);
      return;
    }
    case 'queue': {
      // The first dead-letter wire is the queue's dead-letter queue (RabbitMQ allows one).
      const dead = ofKind(edges, 'deadLetter');
      e.queues[i] = new QueueState(i, slotted(e, edges, 'consume'), dead.length > 0 ? dead[0]! : -1);
      return;
    }
    case 'exchange': {
      const alternate = ofKind(edges, 'alternate');
      const publishers = slotted(e, into, 'publish');
      const x = new ExchangeState(
        i,
        slotted(e, edges, 'bind'),
        alternate.length > 0 ? alternate[0]! : -1,
        publishers.length,
      );
      e.exchanges[i] = x;
      configureExchange(e, x, props);
      for (const edge of publishers) configurePublisher(e, x, edge);
      return;
    }
    case 'eventBus': {
      const b = new BusState(i, slotted(e, edges, 'subscribe'));
      e.buses[i] = b;
      configureBus(b, props);
      return;
    }
    case 'topic': {
      const producers = slotted(e, into, 'publish');
      const t = new TopicState(i, Number(props.partitions), producers.length);
      e.topics[i] = t;
      for (const edge of producers) configureProducer(e, t, edge);
      buildGroups(e, t, ofKind(edges, 'consume'));
      configureTopic(e, t, props);
      return;
    }
    case 'streams': {
      const st = new StreamsState(i, ofKind(edges, 'publish'));
      e.streams[i] = st;
      configureStreams(e, st, props);
      return;
    }
    case 'connect': {
      const st = new ConnectState(i, ofKind(into, 'read'), ofKind(edges, 'publish'), ofKind(edges, 'write'));
      e.connects[i] = st;
      configureConnect(e, st, props);
      return;
    }
  }
}

/** One consumer group per distinct group name on the topic's consume edges, in document order. */
function buildGroups(e: Engine, t: TopicState, consumes: Int32Array): void {
  const byName = new Map<string, number[]>();
  for (const edge of consumes) {
    const name = String(e.edgeProps[edge]!.consumerGroup ?? 'group-1');
    byName.set(name, [...(byName.get(name) ?? []), edge]);
  }
  for (const [name, edges] of byName) {
    const g = new ConsumerGroup(e.groups.length, t, name, new Int32Array(edges));
    g.roundRobin = e.edgeProps[edges[0]!]!.assignor === 'roundRobin';
    edges.forEach((edge, j) => {
      e.edgeSlot[edge] = j;
      e.groupOfEdge[edge] = g;
    });
    e.groups.push(g);
    t.groups.push(g);
  }
}

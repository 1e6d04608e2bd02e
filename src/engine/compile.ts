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
import { EV, KIND_CODE } from './codes';
import { configureDatabase, DatabaseState } from './database';
import { callAccepted, callDone } from './dispatch';
import { Engine } from './engine';
import { configureGateway, GatewayState, Route } from './gateway';
import { BalancerState, configureBalancer } from './loadBalancer';
import { PlaceholderState } from './placeholder';
import { configureProvider, ProviderState } from './provider';
import { configureService, ServiceState } from './service';

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
  const out: { edge: number; kind: EdgeKind }[][] = d.nodes.map(() => []);
  d.edges.forEach((edge, i) => {
    const kind = edgeKindOf(edge, nodesById)!;
    const s = nodeIndex.get(edge.source)!;
    e.edgeSource[i] = s;
    e.edgeTarget[i] = nodeIndex.get(edge.target)!;
    const props = edgeProps(edge, nodesById);
    e.edgeProps.push(props);
    e.edgeKinds.push(kind);
    applyEdgeProps(e, i, kind);
    out[s]!.push({ edge: i, kind });
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
  d.nodes.forEach((node, i) => {
    buildNode(e, i, node.kind, out[i]!);
  });
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
  if (kind === 'call' || kind === 'poll' || kind === 'webhook') {
    const c = e.callers[i] ?? new CallerEdge();
    e.callers[i] = c;
    if (kind !== 'webhook') configureCaller(c, p);
  }
}

const ofKind = (edges: { edge: number; kind: EdgeKind }[], ...kinds: EdgeKind[]): Int32Array =>
  new Int32Array(edges.filter((x) => kinds.includes(x.kind)).map((x) => x.edge));

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

function buildNode(e: Engine, i: number, kind: NodeKind, edges: { edge: number; kind: EdgeKind }[]): void {
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
      const st = new ServiceState(i, ofKind(edges, 'call'), ofKind(edges, 'publish'));
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
    // TODO(issue 4): messaging kinds compile to a placeholder that only counts what it receives.
    case 'queue':
    case 'exchange':
    case 'eventBus':
    case 'topic':
    case 'streams':
    case 'connect':
      e.placeholders[i] = new PlaceholderState(i);
      return;
  }
}

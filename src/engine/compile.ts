import {
  type DiagramDocument,
  type EdgeKind,
  edgeKindOf,
  edgeProps,
  indexNodes,
  nodeProps,
  type Result,
  validateDocument,
} from '../model';
import { CallerEdge, configureCaller } from './callerEdge';
import { EV, FEED, KIND_CODE } from './codes';
import { callAccepted, callDone } from './dispatch';
import { Engine } from './engine';
import { deliveryDone } from './feeds';
import { buildNode, startNode } from './kinds';
import { NodeWires, type Wire } from './wires';

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
    buildNode(e, node.kind, new NodeWires(e, i, out[i]!, into[i]!));
  });
  // Brokers meet their consumers once every node exists: queue credit, group assignments.
  for (let i = 0; i < d.nodes.length; i++) startNode(e, i);
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

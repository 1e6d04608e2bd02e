import { CATALOGUE, edgePropSpecs } from './catalogue';
import { resolveProps } from './props';
import {
  type DiagramDocument,
  type DiagramEdge,
  type DiagramNode,
  DOCUMENT_VERSION,
  type EdgeKind,
  type Lang,
  type NodeKind,
  type PropValues,
  type XY,
} from './types';
import { edgeKindBetween } from './wiring';

/** Limits that keep any document (typed, pasted or linked) workable. */
export const LIMITS = {
  nodes: 500,
  edges: 2000,
  labelLength: 80,
  nameLength: 120,
  coordinate: 1_000_000,
  idLength: 64,
} as const;

/** A fresh, empty document. */
export function emptyDocument(name = ''): DiagramDocument {
  return {
    version: DOCUMENT_VERSION,
    name,
    nodes: [],
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
    run: { seed: 1, speed: 1 },
  };
}

/** The next free id with this prefix: n1, n2, ... (short ids keep share links short). */
export function nextId(prefix: string, taken: Iterable<string>): string {
  let max = 0;
  for (const id of taken) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${max + 1}`;
}

/** A label such as "Service 3" that is not yet used in the document. */
export function defaultLabel(kind: NodeKind, nodes: readonly DiagramNode[], lang: Lang): string {
  const base = CATALOGUE[kind].name[lang];
  const used = new Set(nodes.map((n) => n.label));
  for (let i = 1; ; i++) {
    const label = i === 1 ? base : `${base} ${i}`;
    if (!used.has(label)) return label;
  }
}

/** A node of this kind with default properties (stored sparsely: defaults are not written). */
export function createNode(kind: NodeKind, id: string, label: string, position: XY): DiagramNode {
  return { id, kind, label, position: { x: Math.round(position.x), y: Math.round(position.y) }, props: {} };
}

/** All of a node's property values, defaults filled in. */
export function nodeProps(node: DiagramNode): PropValues {
  return resolveProps(CATALOGUE[node.kind].props, node.props);
}

/** What an edge means, given the document it belongs to; null when an end is missing or the pair is not wired. */
export function edgeKindOf(edge: DiagramEdge, nodesById: ReadonlyMap<string, DiagramNode>): EdgeKind | null {
  const s = nodesById.get(edge.source);
  const t = nodesById.get(edge.target);
  return s && t ? edgeKindBetween(s.kind, t.kind) : null;
}

/** All of an edge's property values, defaults filled in. */
export function edgeProps(edge: DiagramEdge, nodesById: ReadonlyMap<string, DiagramNode>): PropValues {
  const s = nodesById.get(edge.source);
  const t = nodesById.get(edge.target);
  const kind = edgeKindOf(edge, nodesById);
  if (!s || !t || !kind) return {};
  return resolveProps(edgePropSpecs(kind, s.kind, t.kind), edge.props);
}

/** Index of nodes by id. */
export function indexNodes(nodes: readonly DiagramNode[]): Map<string, DiagramNode> {
  return new Map(nodes.map((n) => [n.id, n]));
}

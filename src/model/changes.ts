import { edgeKindOf, edgeProps, indexNodes, nodeProps } from './defaults';
import type { DiagramDocument, DiagramEdge, DiagramNode, EdgeKind, NodeKind, PropValue } from './types';

/**
 * What an edit changed, in domain terms: "a queue was added as n4", "a wire from a client to a
 * gateway", "the service's instances went from 1 to 3". Consumers (tutorial goals, the event
 * stream, the recorder) read these instead of diffing documents themselves.
 */
export type Change =
  | { type: 'nodeAdded'; id: string; kind: NodeKind }
  | { type: 'nodeRemoved'; id: string; kind: NodeKind }
  | { type: 'nodeRenamed'; id: string; kind: NodeKind; from: string; to: string }
  | { type: 'nodeMoved'; id: string; kind: NodeKind }
  | {
      type: 'nodeProp';
      id: string;
      kind: NodeKind;
      key: string;
      /** Effective values: a property never set reads as its catalogue default. */
      from: PropValue | undefined;
      to: PropValue | undefined;
    }
  | ({ type: 'wireAdded' } & WireEnds)
  | ({ type: 'wireRemoved' } & WireEnds)
  | ({
      type: 'wireProp';
      key: string;
      from: PropValue | undefined;
      to: PropValue | undefined;
    } & WireEnds)
  | { type: 'diagramRenamed'; from: string; to: string };

/** A wire and what it joins. */
export interface WireEnds {
  id: string;
  source: string;
  target: string;
  sourceKind: NodeKind;
  targetKind: NodeKind;
  /** What the wire means (call, publish, consume…); null only for a wire the rules refuse. */
  edgeKind: EdgeKind | null;
}

function propChanges<T>(
  before: Record<string, PropValue>,
  after: Record<string, PropValue>,
  make: (key: string, from: PropValue | undefined, to: PropValue | undefined) => T,
): T[] {
  const out: T[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const from = Object.hasOwn(before, key) ? before[key] : undefined;
    const to = Object.hasOwn(after, key) ? after[key] : undefined;
    if (from !== to) out.push(make(key, from, to));
  }
  return out;
}

function wireEnds(edge: DiagramEdge, nodes: ReadonlyMap<string, DiagramNode>): WireEnds | null {
  const s = nodes.get(edge.source);
  const t = nodes.get(edge.target);
  if (!s || !t) return null;
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    sourceKind: s.kind,
    targetKind: t.kind,
    edgeKind: edgeKindOf(edge, nodes),
  };
}

/**
 * The changes that turn `before` into `after`, in a stable order: removals, additions, then
 * changes to what stayed. Unchanged node and edge objects are skipped by identity, so an edit of
 * one property of a 1,000-node diagram costs a pass over the arrays and nothing more.
 */
export function describeChanges(before: DiagramDocument, after: DiagramDocument): Change[] {
  const out: Change[] = [];
  if (before.nodes !== after.nodes || before.edges !== after.edges) {
    const oldNodes = indexNodes(before.nodes);
    const newNodes = indexNodes(after.nodes);
    const oldEdges = new Map(before.edges.map((e) => [e.id, e]));
    const newEdges = new Map(after.edges.map((e) => [e.id, e]));
    for (const e of before.edges) {
      if (newEdges.has(e.id)) continue;
      const ends = wireEnds(e, oldNodes);
      if (ends) out.push({ type: 'wireRemoved', ...ends });
    }
    for (const n of before.nodes)
      if (!newNodes.has(n.id)) out.push({ type: 'nodeRemoved', id: n.id, kind: n.kind });
    for (const n of after.nodes) {
      const old = oldNodes.get(n.id);
      if (!old || old.kind !== n.kind) {
        if (old) out.push({ type: 'nodeRemoved', id: old.id, kind: old.kind });
        out.push({ type: 'nodeAdded', id: n.id, kind: n.kind });
        continue;
      }
      if (old === n) continue;
      if (old.label !== n.label)
        out.push({ type: 'nodeRenamed', id: n.id, kind: n.kind, from: old.label, to: n.label });
      if (old.position.x !== n.position.x || old.position.y !== n.position.y)
        out.push({ type: 'nodeMoved', id: n.id, kind: n.kind });
      if (old.props !== n.props)
        out.push(
          ...propChanges(nodeProps(old), nodeProps(n), (key, from, to) => ({
            type: 'nodeProp' as const,
            id: n.id,
            kind: n.kind,
            key,
            from,
            to,
          })),
        );
    }
    for (const e of after.edges) {
      const old = oldEdges.get(e.id);
      const ends = wireEnds(e, newNodes);
      if (!ends) continue;
      if (!old || old.source !== e.source || old.target !== e.target) {
        if (old) {
          const oldEnds = wireEnds(old, oldNodes);
          if (oldEnds) out.push({ type: 'wireRemoved', ...oldEnds });
        }
        out.push({ type: 'wireAdded', ...ends });
        continue;
      }
      if (old === e || old.props === e.props) continue;
      out.push(
        ...propChanges(edgeProps(old, oldNodes), edgeProps(e, newNodes), (key, from, to) => ({
          type: 'wireProp' as const,
          ...ends,
          key,
          from,
          to,
        })),
      );
    }
  }
  if (before.name !== after.name) out.push({ type: 'diagramRenamed', from: before.name, to: after.name });
  return out;
}

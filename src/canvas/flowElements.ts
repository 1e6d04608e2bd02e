import { type Edge, MarkerType } from '@xyflow/react';
import type { DiagramEdge, DiagramNode } from '../model';
import { edgeKindOf } from '../model';
import type { ComponentFlowNode } from './ComponentNode';
import { edgeLabel } from './edgeLabel';
import type { LabeledFlowEdge } from './LabeledEdge';

export type Measured = { width: number; height: number };

interface CachedNode {
  src: DiagramNode;
  selected: boolean;
  measured: Measured | undefined;
  flow: ComponentFlowNode;
}

/**
 * Turns diagram nodes into React Flow nodes, reusing the previous object when nothing about a node
 * changed, so React Flow and the memoised node components skip it.
 */
export function createNodeMapper() {
  let cache = new Map<string, CachedNode>();
  return (
    nodes: readonly DiagramNode[],
    selected: ReadonlySet<string>,
    measured: ReadonlyMap<string, Measured>,
  ): ComponentFlowNode[] => {
    const next = new Map<string, CachedNode>();
    const out = nodes.map((src) => {
      const isSelected = selected.has(src.id);
      const m = measured.get(src.id);
      const prev = cache.get(src.id);
      const flow =
        prev && prev.src === src && prev.selected === isSelected && prev.measured === m
          ? prev.flow
          : ({
              id: src.id,
              type: 'component',
              position: src.position,
              // The same data while the component is: a new size or selection re-renders React
              // Flow's wrapper, not the memoised component inside (200 of them once measured).
              data: prev && prev.src === src ? prev.flow.data : { node: src },
              selected: isSelected,
              measured: m,
            } as ComponentFlowNode);
      next.set(src.id, { src, selected: isSelected, measured: m, flow });
      return flow;
    });
    cache = next;
    return out;
  };
}

const marker = { type: MarkerType.ArrowClosed, width: 16, height: 16 } as const;

/** React Flow edges for the diagram's wires. */
export function toFlowEdges(
  edges: readonly DiagramEdge[],
  nodesById: ReadonlyMap<string, DiagramNode>,
  selected: ReadonlySet<string>,
): Edge[] {
  return edges.map(
    (e): LabeledFlowEdge => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: 'labeled',
      selected: selected.has(e.id),
      markerEnd: marker,
      data: { label: edgeLabel(e, nodesById), edgeKind: edgeKindOf(e, nodesById) ?? 'call' },
    }),
  );
}

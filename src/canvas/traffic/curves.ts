import type { InternalNode } from '@xyflow/react';
import type { DiagramEdge } from '../../model';
import { type HandlePoint, writeEdgeCurve } from './geometry';

function handlePoint(node: InternalNode | undefined, side: 'source' | 'target'): HandlePoint | null {
  if (!node) return null;
  const pos = node.internals.positionAbsolute;
  const h = node.internals.handleBounds?.[side]?.[0];
  const w = node.measured.width ?? 0;
  const hgt = node.measured.height ?? 0;
  if (!h) return side === 'source' ? { x: pos.x + w, y: pos.y + hgt / 2 } : { x: pos.x, y: pos.y + hgt / 2 };
  return side === 'source'
    ? { x: pos.x + h.x + h.width, y: pos.y + h.y + h.height / 2 }
    : { x: pos.x + h.x, y: pos.y + h.y + h.height / 2 };
}

/** Every wire's curve in flow coordinates, from React Flow's measured nodes and handles. */
export function wireCurves(
  edges: readonly DiagramEdge[],
  nodeLookup: ReadonlyMap<string, InternalNode>,
): { ids: string[]; curves: Float64Array } {
  const curves = new Float64Array(edges.length * 8);
  const origin = { x: 0, y: 0 };
  edges.forEach((e, i) => {
    const s = handlePoint(nodeLookup.get(e.source), 'source');
    const t = handlePoint(nodeLookup.get(e.target), 'target');
    writeEdgeCurve(curves, i, s ?? origin, t ?? s ?? origin);
  });
  return { ids: edges.map((e) => e.id), curves };
}

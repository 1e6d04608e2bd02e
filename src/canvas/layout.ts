import type { DiagramDocument, XY } from '../model';
import { GRID, NODE_SIZE } from './placement';

export interface Size {
  width: number;
  height: number;
}

const snap = (v: number) => Math.round(v / GRID) * GRID;

/**
 * "Tidy up": new positions that lay the diagram out in columns along its wires, left to right
 * (callers before what they call, producers before brokers before consumers), with few crossings.
 * A layered (Sugiyama) layout from dagre, loaded on first use. Positions are snapped to the grid
 * and the result keeps the diagram's top-left corner where it was, so the view does not jump.
 * Deterministic: the same diagram and sizes give the same positions.
 */
export async function tidyLayout(
  doc: Pick<DiagramDocument, 'nodes' | 'edges'>,
  sizeOf: (id: string) => Size | undefined = () => undefined,
): Promise<Map<string, XY>> {
  const positions = new Map<string, XY>();
  if (doc.nodes.length === 0) return positions;
  const { default: dagre } = await import('@dagrejs/dagre');
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 3 * GRID, ranksep: 6 * GRID, edgesep: GRID });
  graph.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map<string, Size>();
  for (const node of doc.nodes) {
    const size = sizeOf(node.id) ?? NODE_SIZE;
    sizes.set(node.id, size);
    graph.setNode(node.id, { width: size.width, height: size.height });
  }
  for (const edge of doc.edges) graph.setEdge(edge.source, edge.target, {}, edge.id);
  dagre.layout(graph);

  const left = Math.min(...doc.nodes.map((n) => n.position.x));
  const top = Math.min(...doc.nodes.map((n) => n.position.y));
  const raw = doc.nodes.map((node) => {
    const { x, y } = graph.node(node.id);
    const size = sizes.get(node.id)!;
    return { id: node.id, x: x - size.width / 2, y: y - size.height / 2 };
  });
  const dx = left - Math.min(...raw.map((p) => p.x));
  const dy = top - Math.min(...raw.map((p) => p.y));
  for (const p of raw) positions.set(p.id, { x: snap(p.x + dx), y: snap(p.y + dy) });
  return positions;
}

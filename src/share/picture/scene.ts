import { getBezierPath, Position } from '@xyflow/react';
import { edgeLabel } from '../../canvas/edgeLabel';
import { nodeSummary } from '../../canvas/nodeSummary';
import type { Translate } from '../../i18n';
import {
  CATALOGUE,
  type DiagramDocument,
  type EdgeKind,
  edgeKindOf,
  indexNodes,
  type Lang,
  type NodeKind,
  nodeProps,
  type XY,
} from '../../model';

/** Where a node is and how big, in diagram coordinates, with the points its wires leave and enter. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The output handle's point (wires start here); the middle of the right side when unknown. */
  source?: XY;
  /** The input handle's point (wires end here); the middle of the left side when unknown. */
  target?: XY;
}

export interface SceneNode {
  id: string;
  kind: NodeKind;
  box: Box;
  kindName: string;
  label: string;
  rows: readonly { label: string; value: string }[];
  /** Stopped in the document: drawn faded and grey, as on the canvas. */
  down: boolean;
}

export interface SceneEdge {
  id: string;
  kind: EdgeKind;
  /** The SVG path data React Flow draws for this wire. */
  path: string;
  label: string;
  labelAt: XY;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** The smallest rectangle holding every node (as React Flow's getNodesBounds). */
  bounds: { x: number; y: number; width: number; height: number };
}

/** A node's size when the canvas has not measured it (the CSS width and a typical height). */
export const UNMEASURED = { width: 184, height: 96 } as const;

const sourcePoint = (b: Box): XY => b.source ?? { x: b.x + b.width, y: b.y + b.height / 2 };
const targetPoint = (b: Box): XY => b.target ?? { x: b.x, y: b.y + b.height / 2 };

/**
 * What a picture of the diagram shows: every node with the texts its face shows on the canvas
 * (kind, name, key settings) at its measured place, every wire with the path and label position
 * the canvas computes (`LabeledEdge`: a bezier from the output handle to the input handle).
 */
export function buildScene(
  doc: Pick<DiagramDocument, 'nodes' | 'edges'>,
  boxes: ReadonlyMap<string, Box>,
  lang: Lang,
  t: Translate,
): Scene {
  const byId = indexNodes(doc.nodes);
  const placed = new Map<string, Box>();
  const nodes = doc.nodes.map((node): SceneNode => {
    const box = boxes.get(node.id) ?? { ...node.position, ...UNMEASURED };
    placed.set(node.id, box);
    return {
      id: node.id,
      kind: node.kind,
      box,
      kindName: CATALOGUE[node.kind].name[lang],
      label: node.label,
      rows: nodeSummary(node, lang, t),
      down: nodeProps(node).up === false,
    };
  });
  const edges = doc.edges.flatMap((edge): SceneEdge[] => {
    const from = placed.get(edge.source);
    const to = placed.get(edge.target);
    if (!from || !to) return [];
    const s = sourcePoint(from);
    const e = targetPoint(to);
    const [path, labelX, labelY] = getBezierPath({
      sourceX: s.x,
      sourceY: s.y,
      sourcePosition: Position.Right,
      targetX: e.x,
      targetY: e.y,
      targetPosition: Position.Left,
    });
    return [
      {
        id: edge.id,
        kind: edgeKindOf(edge, byId) ?? 'call',
        path,
        label: edgeLabel(edge, byId),
        labelAt: { x: labelX, y: labelY },
      },
    ];
  });
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { box } of nodes) {
    x0 = Math.min(x0, box.x);
    y0 = Math.min(y0, box.y);
    x1 = Math.max(x1, box.x + box.width);
    y1 = Math.max(y1, box.y + box.height);
  }
  const bounds = nodes.length
    ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
    : { x: 0, y: 0, width: 0, height: 0 };
  return { nodes, edges, bounds };
}

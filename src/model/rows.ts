import { type DiagramDocument, DOCUMENT_VERSION, type NodeKind, type PropValues } from './types';

/* Diagrams written as rows, for the built-in examples and the challenges' own diagrams. */

/** A component: id, kind, label, position, and the props that differ from the defaults. */
export type NodeRow = [id: string, kind: NodeKind, label: string, x: number, y: number, props?: PropValues];
/** A wire: id, source, target, and its props. */
export type EdgeRow = [id: string, source: string, target: string, props?: PropValues];

/** A document from rows, framed as the examples are (a little in from the corner, at 90%). */
export function documentFromRows(
  name: string,
  nodes: NodeRow[],
  edges: EdgeRow[],
  speed = 1,
): DiagramDocument {
  return {
    version: DOCUMENT_VERSION,
    name,
    nodes: nodes.map(([id, kind, label, x, y, props]) => ({
      id,
      kind,
      label,
      position: { x, y },
      props: props ?? {},
    })),
    edges: edges.map(([id, source, target, props]) => ({ id, source, target, props: props ?? {} })),
    viewport: { x: 40, y: 60, zoom: 0.9 },
    run: { seed: 1, speed },
  };
}

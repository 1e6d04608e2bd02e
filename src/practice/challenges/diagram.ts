import { type DiagramDocument, DOCUMENT_VERSION, type NodeKind, type PropValues } from '../../model';
import type { Text } from '../types';

/* Small helpers the challenge files share: texts in both languages and diagrams written as rows. */

export const L = (en: string, uk: string): Text => ({ en, uk });

/** A component: id (what conditions name), kind, label, position, and the props that differ from the defaults. */
export type NodeRow = [id: string, kind: NodeKind, label: string, x: number, y: number, props?: PropValues];
/** A wire: id, source, target, and its props. */
export type EdgeRow = [id: string, source: string, target: string, props?: PropValues];

export function diagram(name: string, nodes: NodeRow[], edges: EdgeRow[]): DiagramDocument {
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
    run: { seed: 1, speed: 1 },
  };
}

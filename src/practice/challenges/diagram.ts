import { type DiagramDocument, documentFromRows, type EdgeRow, type NodeRow } from '../../model';
import type { Text } from '../types';

/* Small helpers the challenge files share: texts in both languages and diagrams written as rows. */

export const L = (en: string, uk: string): Text => ({ en, uk });

export type { EdgeRow, NodeRow } from '../../model';

/** A challenge's diagram from rows (ids are what its conditions name). */
export function diagram(name: string, nodes: NodeRow[], edges: EdgeRow[]): DiagramDocument {
  return documentFromRows(name, nodes, edges);
}

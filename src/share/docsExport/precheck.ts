/* What the Export dialog knows before it loads the converters. */
import type { DiagramDocument, NodeKind } from '../../model';

/** What Mermaid renderers refuse past by default (`maxEdges`, `maxTextSize`); a diagram may not set them. */
export const MERMAID_LIMITS = { edges: 500, textSize: 50_000 } as const;

/** The kinds that become AsyncAPI channels: where messages wait or are routed. */
export const BROKER_KINDS: ReadonlySet<NodeKind> = new Set(['queue', 'exchange', 'topic', 'eventBus']);

/** Whether the diagram has a messaging part to describe (cheap: the dialog asks before loading the converters). */
export function hasMessaging(doc: Pick<DiagramDocument, 'nodes'>): boolean {
  return doc.nodes.some((n) => BROKER_KINDS.has(n.kind));
}

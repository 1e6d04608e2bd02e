import { type DiagramEdge, type DiagramNode, edgeProps, indexNodes } from '../../model';
import type { FaultTarget } from './FaultActions';

/** What a wire's fault menu acts on; a wire from a Kafka topic also offers replaying its group. */
export function edgeFaultTarget(edge: DiagramEdge, nodes: readonly DiagramNode[]): FaultTarget {
  const byId = indexNodes(nodes);
  const source = byId.get(edge.source);
  if (source?.kind !== 'topic') return { type: 'edge', id: edge.id };
  return {
    type: 'edge',
    id: edge.id,
    replay: { topicId: source.id, group: String(edgeProps(edge, byId).consumerGroup ?? '') },
  };
}

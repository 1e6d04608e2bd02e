import { type DiagramEdge, type DiagramNode, edgeKindOf, edgeProps } from '../model';

/** The few characters a wire shows: its route, binding key, consumer group or a non-REST protocol. */
export function edgeLabel(edge: DiagramEdge, nodesById: ReadonlyMap<string, DiagramNode>): string {
  const kind = edgeKindOf(edge, nodesById);
  const p = edgeProps(edge, nodesById);
  const parts: string[] = [];
  switch (kind) {
    case 'call':
      if (p.route) parts.push(String(p.route));
      if (p.protocol && p.protocol !== 'rest') parts.push(p.protocol === 'grpc' ? 'gRPC' : 'GraphQL');
      break;
    case 'publish':
      if (p.route) parts.push(String(p.route));
      if (p.routingKeys !== undefined) parts.push(String(p.routingKeys));
      break;
    case 'bind':
      parts.push(String(p.bindingKey ?? ''));
      break;
    case 'consume':
      if (p.consumerGroup !== undefined) parts.push(String(p.consumerGroup));
      break;
    case 'deadLetter':
      parts.push('DLQ');
      break;
    case 'alternate':
      parts.push('AE');
      break;
    default:
      break;
  }
  const text = parts.filter(Boolean).join(' · ');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

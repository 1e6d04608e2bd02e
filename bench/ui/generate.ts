import { type DiagramDocument, type DiagramEdge, type DiagramNode, emptyDocument } from '../../src/model';

/** Wire latency used to keep messages in flight long enough to count them. */
export const BENCH_LATENCY_MS = 2000;

/**
 * A benchmark diagram: `nodes` components in a grid, pairs of an asynchronous client wired to a
 * service, with client rates chosen so that about `messages` messages are in flight at once
 * (requests out, 202 acknowledgements and result callbacks back, each crossing a 2 s wire).
 */
export function benchDiagram(nodeCount: number, messages: number): DiagramDocument {
  const pairs = Math.floor(nodeCount / 2);
  // About as many rows as columns, so "fit" shows every node at a zoom people use (0.1 to 0.2).
  const columns = 2 * Math.max(1, Math.round(Math.sqrt(nodeCount) * 0.45));
  // Three messages per request cross the wire: the request, its 202 and the callback.
  const rate = messages > 0 ? messages / pairs / (3 * (BENCH_LATENCY_MS / 1000)) : 0;
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  for (let p = 0; p < pairs; p++) {
    const col = (p * 2) % columns;
    const row = Math.floor((p * 2) / columns);
    const x = col * 240;
    const y = row * 200;
    nodes.push({
      id: `c${p}`,
      kind: 'client',
      label: `Client ${p + 1}`,
      position: { x, y },
      props:
        rate > 0
          ? { mode: 'async', rate: Math.max(0.01, Math.round(rate * 1000) / 1000), arrivals: 'constant' }
          : { mode: 'async', rate: 0.01 },
    });
    nodes.push({
      id: `s${p}`,
      kind: 'service',
      label: `Service ${p + 1}`,
      position: { x: x + 240, y },
      props: { instances: 64, serviceTimeMs: 1, serviceTime: 'constant' },
    });
    edges.push({ id: `e${p}`, source: `c${p}`, target: `s${p}`, props: { latencyMs: BENCH_LATENCY_MS } });
  }
  if (nodeCount % 2 === 1)
    nodes.push({ id: 'extra', kind: 'database', label: 'Extra', position: { x: 0, y: -200 }, props: {} });
  return { ...emptyDocument(`bench ${nodeCount}n ${messages}m`), nodes, edges };
}

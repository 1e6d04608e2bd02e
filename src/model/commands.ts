import { CATALOGUE, edgePropSpecs } from './catalogue';
import { createNode, defaultLabel, edgeKindOf, indexNodes, LIMITS, nextId } from './defaults';
import { checkPropValue, type PropProblem } from './props';
import type { DiagramDocument, DiagramEdge, DiagramNode, Lang, NodeKind, PropValue, XY } from './types';
import { type ConnectionVerdict, judgeConnection } from './wiring';

/** Pure edits of a document. Each returns a new document and leaves its input untouched. */

export function addNode(
  doc: DiagramDocument,
  kind: NodeKind,
  position: XY,
  lang: Lang,
): { doc: DiagramDocument; id: string } {
  const id = nextId(
    'n',
    doc.nodes.map((n) => n.id),
  );
  const node = createNode(kind, id, defaultLabel(kind, doc.nodes, lang), position);
  return { doc: { ...doc, nodes: [...doc.nodes, node] }, id };
}

export function canAddNodes(doc: DiagramDocument, count: number): boolean {
  return doc.nodes.length + count <= LIMITS.nodes;
}

export function moveNodes(doc: DiagramDocument, positions: ReadonlyMap<string, XY>): DiagramDocument {
  if (positions.size === 0) return doc;
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const p = positions.get(n.id);
      return p ? { ...n, position: { x: Math.round(p.x), y: Math.round(p.y) } } : n;
    }),
  };
}

/** Removes nodes and edges; edges touching a removed node go too. */
export function removeElements(
  doc: DiagramDocument,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): DiagramDocument {
  if (nodeIds.size === 0 && edgeIds.size === 0) return doc;
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !nodeIds.has(n.id)),
    edges: doc.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target)),
  };
}

/** Wires two nodes when the catalogue allows it; otherwise says why not. */
export function connect(
  doc: DiagramDocument,
  sourceId: string,
  targetId: string,
): { doc: DiagramDocument; verdict: ConnectionVerdict; id?: string } {
  const nodes = indexNodes(doc.nodes);
  const s = nodes.get(sourceId);
  const t = nodes.get(targetId);
  if (!s || !t) throw new Error(`connect: unknown node ${s ? targetId : sourceId}`);
  const verdict = judgeConnection(s, t, doc.edges);
  if (!verdict.ok) return { doc, verdict };
  if (doc.edges.length >= LIMITS.edges) {
    return {
      doc,
      verdict: {
        ok: false,
        reason: 'notAllowed',
        why: { en: `At most ${LIMITS.edges} connections.`, uk: `Не більше ${LIMITS.edges} зʼєднань.` },
      },
    };
  }
  const id = nextId(
    'e',
    doc.edges.map((e) => e.id),
  );
  const edge: DiagramEdge = { id, source: sourceId, target: targetId, props: {} };
  return { doc: { ...doc, edges: [...doc.edges, edge] }, verdict, id };
}

/** Names the diagram (files, recent diagrams and exports are called by it). */
export function renameDiagram(doc: DiagramDocument, name: string): DiagramDocument {
  return { ...doc, name: name.slice(0, LIMITS.nameLength) };
}

export function renameNode(doc: DiagramDocument, id: string, label: string): DiagramDocument {
  const clean = label.slice(0, LIMITS.labelLength);
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? { ...n, label: clean } : n)) };
}

/** Sets a node property after checking it against the catalogue; a refusal leaves the document as it was. */
export function setNodeProp(
  doc: DiagramDocument,
  id: string,
  key: string,
  value: PropValue,
): { doc: DiagramDocument; problem: PropProblem | null } {
  const node = doc.nodes.find((n) => n.id === id);
  const spec = node && CATALOGUE[node.kind].props.find((p) => p.key === key);
  if (!node || !spec) throw new Error(`setNodeProp: no property ${key} on node ${id}`);
  const problem = checkPropValue(spec, value);
  if (problem) return { doc, problem };
  const props = { ...node.props };
  if (value === spec.default) delete props[key];
  else props[key] = value;
  return { doc: { ...doc, nodes: doc.nodes.map((n) => (n === node ? { ...n, props } : n)) }, problem: null };
}

export function setEdgeProp(
  doc: DiagramDocument,
  id: string,
  key: string,
  value: PropValue,
): { doc: DiagramDocument; problem: PropProblem | null } {
  const nodes = indexNodes(doc.nodes);
  const edge = doc.edges.find((e) => e.id === id);
  const kind = edge && edgeKindOf(edge, nodes);
  const s = edge && nodes.get(edge.source);
  const t = edge && nodes.get(edge.target);
  const spec = kind && s && t ? edgePropSpecs(kind, s.kind, t.kind).find((p) => p.key === key) : undefined;
  if (!edge || !spec) throw new Error(`setEdgeProp: no property ${key} on edge ${id}`);
  const problem = checkPropValue(spec, value);
  if (problem) return { doc, problem };
  const props = { ...edge.props };
  if (value === spec.default) delete props[key];
  else props[key] = value;
  return { doc: { ...doc, edges: doc.edges.map((e) => (e === edge ? { ...e, props } : e)) }, problem: null };
}

/** What copy puts on the clipboard: the chosen nodes and the edges between them. */
export interface Fragment {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export function extractFragment(doc: DiagramDocument, nodeIds: ReadonlySet<string>): Fragment {
  return {
    nodes: doc.nodes.filter((n) => nodeIds.has(n.id)),
    edges: doc.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)),
  };
}

/** Pastes a fragment with fresh ids, shifted by `offset`; returns the new node ids. */
export function pasteFragment(
  doc: DiagramDocument,
  fragment: Fragment,
  offset: XY,
): { doc: DiagramDocument; nodeIds: string[]; edgeIds: string[] } {
  if (!canAddNodes(doc, fragment.nodes.length)) return { doc, nodeIds: [], edgeIds: [] };
  const takenNodes = doc.nodes.map((n) => n.id);
  const idMap = new Map<string, string>();
  const nodes = fragment.nodes.map((n) => {
    const id = nextId('n', takenNodes);
    takenNodes.push(id);
    idMap.set(n.id, id);
    return {
      ...n,
      id,
      props: { ...n.props },
      position: { x: n.position.x + offset.x, y: n.position.y + offset.y },
    };
  });
  const takenEdges = doc.edges.map((e) => e.id);
  const edges: DiagramEdge[] = [];
  for (const e of fragment.edges) {
    const source = idMap.get(e.source);
    const target = idMap.get(e.target);
    if (!source || !target || doc.edges.length + edges.length >= LIMITS.edges) continue;
    const id = nextId('e', takenEdges);
    takenEdges.push(id);
    edges.push({ ...e, id, source, target, props: { ...e.props } });
  }
  return {
    doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] },
    nodeIds: nodes.map((n) => n.id),
    edgeIds: edges.map((e) => e.id),
  };
}

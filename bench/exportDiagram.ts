import { readFileSync } from 'node:fs';
import { type DiagramDocument, decodeDocument, describeIssue } from '../src/model';

function reference(name: string): DiagramDocument {
  const url = new URL(`../src/engine/reference/${name}.json`, import.meta.url);
  const decoded = decodeDocument(JSON.parse(readFileSync(url, 'utf8')));
  if (!decoded.ok) throw new Error(decoded.issues.map(describeIssue).join('\n'));
  return decoded.value;
}

/**
 * The diagram issue 15 measures picture export with: `count` components (310 by default, past the
 * count where the canvas culls what is off screen), tiled from the engine's two 50-component
 * reference diagrams (every kind, wires with routes, binding keys and consumer groups), four tiles
 * to a row; the last tile is cut short, and wires to components left out go with them.
 */
export function exportDiagram(count = 310): DiagramDocument {
  const tiles = [reference('reference-50'), reference('messaging-50')];
  const doc: DiagramDocument = { ...tiles[0]!, name: `Export ${count}`, nodes: [], edges: [] };
  const nodes = [...doc.nodes];
  const edges = [...doc.edges];
  for (let t = 0; nodes.length < count; t++) {
    const tile = tiles[t % tiles.length]!;
    const dx = (t % 4) * 2700;
    const dy = Math.floor(t / 4) * 3400;
    const id = (x: string) => `t${t}-${x}`;
    const kept = new Set<string>();
    for (const n of tile.nodes) {
      if (nodes.length >= count) break;
      kept.add(n.id);
      nodes.push({ ...n, id: id(n.id), position: { x: n.position.x + dx, y: n.position.y + dy } });
    }
    for (const e of tile.edges)
      if (kept.has(e.source) && kept.has(e.target))
        edges.push({ ...e, id: id(e.id), source: id(e.source), target: id(e.target) });
  }
  return { ...doc, nodes, edges };
}

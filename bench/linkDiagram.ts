import {
  addNode,
  connect,
  type DiagramDocument,
  emptyDocument,
  type NodeKind,
  setEdgeProp,
  setNodeProp,
} from '../src/model';
import { seededRandom } from '../src/model/testing/random';

const KINDS: readonly [NodeKind, string[]][] = [
  ['client', ['Web app', 'Mobile app', 'Partner API', 'Back office']],
  ['gateway', ['Public gateway', 'Partner gateway']],
  ['loadBalancer', ['Orders LB', 'Users LB']],
  [
    'service',
    [
      'Orders',
      'Users',
      'Catalog',
      'Stock',
      'Payments',
      'Pricing',
      'Search',
      'Shipping',
      'Email',
      'Tax',
      'Audit',
      'Loyalty',
    ],
  ],
  ['database', ['Orders DB', 'Users DB', 'Catalog DB', 'Stock DB', 'Audit DB']],
  ['queue', ['Order events', 'Email jobs']],
  ['provider', ['Payment provider']],
  ['batch', ['Audit batcher', 'Email batcher']],
];

/**
 * The diagram issue 6 measures links with: 30 components and 40 connections placed by hand
 * (whole-pixel positions off the grid), a third of them with changed settings, named like a
 * real system. Built through the model's own commands, so it is valid by construction.
 */
export function benchDiagram(): DiagramDocument {
  const random = seededRandom(6);
  let doc = emptyDocument('Web shop');
  const ids: { id: string; kind: NodeKind }[] = [];
  let column = 0;
  for (const [kind, labels] of KINDS) {
    labels.forEach((label, row) => {
      const position = {
        x: column * 260 + Math.round(random() * 40),
        y: row * 150 + Math.round(random() * 30),
      };
      const added = addNode(doc, kind, position, 'en');
      doc = { ...added.doc, nodes: added.doc.nodes.map((n) => (n.id === added.id ? { ...n, label } : n)) };
      ids.push({ id: added.id, kind });
    });
    column++;
  }
  const changes: [NodeKind, string, () => number | string | boolean][] = [
    ['client', 'rate', () => Math.round(random() * 200) + 10],
    ['service', 'instances', () => 1 + Math.floor(random() * 6)],
    ['service', 'serviceTimeMs', () => 20 + Math.round(random() * 200)],
    ['database', 'poolSize', () => 5 + Math.floor(random() * 40)],
    ['queue', 'capacity', () => 100 * (1 + Math.floor(random() * 50))],
  ];
  ids.forEach((n, i) => {
    if (i % 3 !== 0) return;
    for (const [kind, key, value] of changes)
      if (kind === n.kind) doc = setNodeProp(doc, n.id, key, value()).doc;
  });
  for (let attempts = 0; doc.edges.length < 40 && attempts < 10_000; attempts++) {
    const s = ids[Math.floor(random() * ids.length)]!;
    const t = ids[Math.floor(random() * ids.length)]!;
    if (s.id === t.id) continue;
    const result = connect(doc, s.id, t.id);
    if (!result.verdict.ok || !result.id) continue;
    doc = result.doc;
    if (result.verdict.edgeKind === 'call' && random() < 0.3)
      doc = setEdgeProp(doc, result.id, 'timeoutMs', 500 + Math.round(random() * 10) * 100).doc;
  }
  return { ...doc, viewport: { x: -120, y: 35, zoom: 0.8 }, run: { seed: 42, speed: 2 } };
}

import { describe, expect, it } from 'vitest';
import {
  addNode,
  connect,
  extractFragment,
  moveNodes,
  pasteFragment,
  removeElements,
  renameDiagram,
  renameNode,
  setEdgeProp,
  setNodeProp,
} from './commands';
import { emptyDocument, nextId, nodeProps } from './defaults';
import { validateDocument } from './schema';
import type { DiagramDocument } from './types';

function threeNodes(): DiagramDocument {
  let doc = emptyDocument();
  doc = addNode(doc, 'gateway', { x: 0, y: 0 }, 'en').doc;
  doc = addNode(doc, 'service', { x: 300, y: 0 }, 'en').doc;
  doc = addNode(doc, 'service', { x: 300, y: 200 }, 'en').doc;
  doc = connect(doc, 'n1', 'n2').doc;
  return connect(doc, 'n1', 'n3').doc;
}

describe('document edits', () => {
  it('adds nodes with short unique ids and distinct default labels in the chosen language', () => {
    const doc = threeNodes();
    expect(doc.nodes.map((n) => [n.id, n.label])).toEqual([
      ['n1', 'API Gateway'],
      ['n2', 'Service'],
      ['n3', 'Service 2'],
    ]);
    expect(addNode(doc, 'service', { x: 0, y: 0 }, 'uk').doc.nodes[3]!.label).toBe('Сервіс');
    expect(nextId('n', ['n1', 'n7', 'e9', 'nx'])).toBe('n8');
  });

  it('stores only changed properties and refuses out-of-range values without changing anything', () => {
    const doc = threeNodes();
    const ok = setNodeProp(doc, 'n2', 'instances', 4);
    expect(ok.problem).toBeNull();
    expect(ok.doc.nodes[1]!.props).toEqual({ instances: 4 });
    expect(nodeProps(ok.doc.nodes[1]!).serviceTimeMs).toBe(100);
    const back = setNodeProp(ok.doc, 'n2', 'instances', 1);
    expect(back.doc.nodes[1]!.props).toEqual({});

    const bad = setNodeProp(doc, 'n2', 'instances', 0);
    expect(bad.problem).toEqual({ code: 'tooSmall', min: 1 });
    expect(bad.doc).toBe(doc);
    expect(setNodeProp(doc, 'n2', 'instances', 2.5).problem).toEqual({ code: 'notInteger' });
    expect(setEdgeProp(doc, 'e1', 'route', '/orders').doc.edges[0]!.props).toEqual({ route: '/orders' });
    expect(setEdgeProp(doc, 'e1', 'protocol', 'soap').problem).toMatchObject({ code: 'notAnOption' });
  });

  it('removes a node together with the wires that touch it', () => {
    const doc = removeElements(threeNodes(), new Set(['n2']), new Set());
    expect(doc.nodes.map((n) => n.id)).toEqual(['n1', 'n3']);
    expect(doc.edges.map((e) => [e.source, e.target])).toEqual([['n1', 'n3']]);
  });

  it('moves nodes to whole-pixel positions and renames within the label limit', () => {
    const moved = moveNodes(threeNodes(), new Map([['n3', { x: 10.4, y: 20.6 }]]));
    expect(moved.nodes[2]!.position).toEqual({ x: 10, y: 21 });
    expect(renameNode(moved, 'n3', 'x'.repeat(200)).nodes[2]!.label).toHaveLength(80);
  });

  it('names the diagram within the name limit, leaving its components alone', () => {
    const doc = threeNodes();
    const named = renameDiagram(doc, 'Checkout flow');
    expect(named.name).toBe('Checkout flow');
    expect(named.nodes).toBe(doc.nodes);
    expect(renameDiagram(doc, 'y'.repeat(500)).name).toHaveLength(120);
    expect(validateDocument(renameDiagram(doc, 'y'.repeat(500))).ok).toBe(true);
  });

  it('pastes a copy with fresh ids, shifted, keeping the wires inside the copy only', () => {
    const doc = setNodeProp(threeNodes(), 'n2', 'instances', 3).doc;
    const fragment = extractFragment(doc, new Set(['n1', 'n2']));
    expect(fragment.edges.map((e) => e.id)).toEqual(['e1']);
    const pasted = pasteFragment(doc, fragment, { x: 32, y: 32 });
    expect(pasted.nodeIds).toEqual(['n4', 'n5']);
    expect(pasted.edgeIds).toEqual(['e3']);
    expect(pasted.doc.edges.at(-1)).toMatchObject({ source: 'n4', target: 'n5' });
    expect(pasted.doc.nodes.at(-1)).toMatchObject({ position: { x: 332, y: 32 }, props: { instances: 3 } });
    // The copy is independent of the original.
    expect(pasted.doc.nodes.at(-1)!.props).not.toBe(doc.nodes[1]!.props);
  });
});

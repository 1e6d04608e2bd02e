import {
  addNode,
  connect,
  type DiagramDocument,
  emptyDocument,
  type NodeKind,
  type PropValue,
  renameNode,
  setEdgeProp,
  setNodeProp,
  type XY,
} from '../../model';

/**
 * A diagram built through the model's own commands, as a person would build it, so each test can
 * build the same answer in different ways: other labels, places, order, extra components.
 */
export class Build {
  doc: DiagramDocument = emptyDocument();
  private readonly ids = new Map<string, string>();

  add(name: string, kind: NodeKind, at: XY = { x: 0, y: 0 }, label?: string): this {
    const added = addNode(this.doc, kind, at, 'en');
    this.doc = label ? renameNode(added.doc, added.id, label) : added.doc;
    this.ids.set(name, added.id);
    return this;
  }

  wire(from: string, to: string): this {
    const r = connect(this.doc, this.id(from), this.id(to));
    if (!r.verdict.ok) throw new Error(`${from} → ${to} refused`);
    this.doc = r.doc;
    return this;
  }

  set(name: string, key: string, value: PropValue): this {
    const r = setNodeProp(this.doc, this.id(name), key, value);
    if (r.problem) throw new Error(`${name}.${key} refused`);
    this.doc = r.doc;
    return this;
  }

  setWire(from: string, to: string, key: string, value: PropValue): this {
    const edge = this.doc.edges.find((e) => e.source === this.id(from) && e.target === this.id(to));
    if (!edge) throw new Error(`no wire ${from} → ${to}`);
    const r = setEdgeProp(this.doc, edge.id, key, value);
    if (r.problem) throw new Error(`${from} → ${to}.${key} refused`);
    this.doc = r.doc;
    return this;
  }

  id(name: string): string {
    const id = this.ids.get(name);
    if (!id) throw new Error(`no node ${name}`);
    return id;
  }
}

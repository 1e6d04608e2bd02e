import {
  type DiagramDocument,
  DOCUMENT_VERSION,
  type NodeKind,
  type PlainRecords,
  type PropValues,
} from '../../model';
import { compile, type RunSummary, type Simulation } from '../index';

/** A small builder for test and reference diagrams: nodes laid out left to right. */
export class DiagramBuilder {
  private readonly doc: DiagramDocument = {
    version: DOCUMENT_VERSION,
    name: '',
    nodes: [],
    edges: [],
    viewport: { x: 0, y: 0, zoom: 1 },
    run: { seed: 1, speed: 1 },
  };

  constructor(name = 'test') {
    this.doc.name = name;
  }

  /** Adds a node; props are stored as given (the catalogue fills the rest). */
  node(id: string, kind: NodeKind, props: PropValues = {}, label = id): this {
    const i = this.doc.nodes.length;
    this.doc.nodes.push({
      id,
      kind,
      label,
      position: { x: (i % 10) * 200, y: Math.floor(i / 10) * 150 },
      props,
    });
    return this;
  }

  /** Wires source to target; the edge id is "source-target". */
  edge(source: string, target: string, props: PropValues = {}): this {
    this.doc.edges.push({ id: `${source}-${target}`, source, target, props });
    return this;
  }

  build(): DiagramDocument {
    return structuredClone(this.doc);
  }
}

/** A simulation whose summary tests read by the fixed ids they gave (`summary().nodes.c`). */
export type TestSimulation = Omit<Simulation, 'summary'> & { summary(): PlainRecords<RunSummary> };

/** Compiles a diagram that must be valid, failing loudly otherwise. */
export function simulate(doc: DiagramDocument, seed = 1): TestSimulation {
  const r = compile(doc, { seed });
  if (!r.ok) throw new Error(`invalid test diagram: ${JSON.stringify(r.issues)}`);
  return r.value as unknown as TestSimulation;
}

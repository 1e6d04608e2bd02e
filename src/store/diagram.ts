import { temporal } from 'zundo';
import { create } from 'zustand';
import {
  addNode,
  connect,
  type DiagramDocument,
  DOCUMENT_VERSION,
  describeChanges,
  emptyDocument,
  extractFragment,
  type Fragment,
  type Lang,
  moveNodes,
  type NodeKind,
  type PropValue,
  pasteFragment,
  type RunSettings,
  removeElements,
  renameDiagram,
  renameNode,
  setEdgeProp,
  setNodeProp,
  type Viewport,
  type XY,
} from '../model';
import { type EditAction, events, type OpenSource } from './events';

/** The part of the diagram that undo and redo step through. */
interface Undoable {
  name: string;
  nodes: DiagramDocument['nodes'];
  edges: DiagramDocument['edges'];
}

export interface DiagramState extends Undoable {
  viewport: Viewport;
  run: RunSettings;
}

const partialize = (s: DiagramState): Undoable => ({ name: s.name, nodes: s.nodes, edges: s.edges });

function stateOf(doc: DiagramDocument): DiagramState {
  return { name: doc.name, nodes: doc.nodes, edges: doc.edges, viewport: doc.viewport, run: doc.run };
}

/** The diagram the person is editing, with undo history (zundo). Edits go through the actions below. */
export const useDiagram = create<DiagramState>()(
  temporal(() => stateOf(emptyDocument()), {
    partialize,
    equality: (a, b) => a.nodes === b.nodes && a.edges === b.edges && a.name === b.name,
    limit: 200,
  }),
);

/** The current diagram as a document. */
export function currentDocument(s: DiagramState = useDiagram.getState()): DiagramDocument {
  return {
    version: DOCUMENT_VERSION,
    name: s.name,
    nodes: s.nodes,
    edges: s.edges,
    viewport: s.viewport,
    run: s.run,
  };
}

const history = () => useDiagram.temporal.getState();

function apply(next: DiagramDocument, action: EditAction): void {
  const before = events.size ? currentDocument() : null;
  useDiagram.setState({ name: next.name, nodes: next.nodes, edges: next.edges });
  if (before) announce(action, before);
}

/** Publishes what an action changed, worked out once here so no subscriber diffs documents. */
function announce(action: EditAction, before: DiagramDocument): void {
  const changes = describeChanges(before, currentDocument());
  if (changes.length) events.publish({ type: 'edit', action, changes });
}

// A gesture (a drag) is recorded as one undo step: pause tracking, then push the state from before it.
let gestureStart: Undoable | null = null;

/** Named user commands; each calls a pure model function, so undo, tests and tutorials see the same steps. */
export const diagramActions = {
  addNode(kind: NodeKind, position: XY, lang: Lang): string {
    const { doc, id } = addNode(currentDocument(), kind, position, lang);
    apply(doc, 'add');
    return id;
  },
  connect(source: string, target: string) {
    const result = connect(currentDocument(), source, target);
    if (result.verdict.ok) apply(result.doc, 'connect');
    return result;
  },
  remove(nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): void {
    apply(removeElements(currentDocument(), nodeIds, edgeIds), 'remove');
  },
  moveNodes(positions: ReadonlyMap<string, XY>): void {
    const doc = moveNodes(currentDocument(), positions);
    useDiagram.setState({ nodes: doc.nodes });
    // Called on every frame of a drag: the moved nodes are known, no need to compare documents.
    if (events.size && positions.size) {
      const changes = doc.nodes
        .filter((n) => positions.has(n.id))
        .map((n) => ({ type: 'nodeMoved' as const, id: n.id, kind: n.kind }));
      events.publish({ type: 'edit', action: 'move', changes });
    }
  },
  renameDiagram(name: string): void {
    apply(renameDiagram(currentDocument(), name), 'renameDiagram');
  },
  rename(id: string, label: string): void {
    apply(renameNode(currentDocument(), id, label), 'rename');
  },
  setNodeProp(id: string, key: string, value: PropValue) {
    const result = setNodeProp(currentDocument(), id, key, value);
    if (!result.problem) apply(result.doc, 'setNodeProp');
    return result.problem;
  },
  setEdgeProp(id: string, key: string, value: PropValue) {
    const result = setEdgeProp(currentDocument(), id, key, value);
    if (!result.problem) apply(result.doc, 'setEdgeProp');
    return result.problem;
  },
  copy(nodeIds: ReadonlySet<string>): Fragment {
    return extractFragment(currentDocument(), nodeIds);
  },
  paste(fragment: Fragment, offset: XY) {
    const result = pasteFragment(currentDocument(), fragment, offset);
    apply(result.doc, 'paste');
    return result;
  },
  setViewport(viewport: Viewport): void {
    useDiagram.setState({ viewport });
  },
  setRunSettings(run: Partial<RunSettings>): void {
    useDiagram.setState((s) => ({ run: { ...s.run, ...run } }));
  },
  /** Replaces the whole diagram (new, load); history starts afresh. */
  replace(doc: DiagramDocument, source: OpenSource = 'other'): void {
    useDiagram.setState(stateOf(doc));
    history().clear();
    events.publish({ type: 'opened', source, nodes: doc.nodes.length });
  },
  beginGesture(): void {
    if (gestureStart) return;
    gestureStart = partialize(useDiagram.getState());
    history().pause();
  },
  endGesture(): void {
    if (!gestureStart) return;
    const before = gestureStart;
    gestureStart = null;
    history().resume();
    const now = partialize(useDiagram.getState());
    if (now.nodes !== before.nodes || now.edges !== before.edges) {
      useDiagram.temporal.setState((h) => ({
        pastStates: [...h.pastStates, before].slice(-200),
        futureStates: [],
      }));
    }
  },
  undo(): void {
    const before = currentDocument();
    history().undo();
    announce('undo', before);
  },
  redo(): void {
    const before = currentDocument();
    history().redo();
    announce('redo', before);
  },
};

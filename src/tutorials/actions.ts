import { type DiagramDocument, edgeProps, type Fault, indexNodes, type Lang, nodeProps } from '../model';
import { currentDocument, diagramActions } from '../store/diagram';
import { resolveRoles } from './roles';
import type { Action, Tutorial } from './types';

/** The run commands "Show me" may use: the run toolbar's in the app, a headless runner in tests. */
export interface RunControls {
  play(): void;
  pause(): void;
  reset(): void;
  speed(value: number): void;
  fault(fault: Fault): void;
}

function wireBetween(doc: DiagramDocument, from: string, to: string): string | undefined {
  return doc.edges.find((e) => e.source === from && e.target === to)?.id;
}

/**
 * Does one "Show me" action through the same store and run actions as a person's hands, so it
 * is visible, undoable and published on the event stream. Returns false when a role it names is
 * not in the diagram (the learner removed it): nothing is done then.
 */
export function performAction(tutorial: Tutorial, action: Action, run: RunControls, lang: Lang): boolean {
  const doc = currentDocument();
  const roles = resolveRoles(doc, tutorial.roles);
  const id = (role: string) => roles.get(role);
  switch (action.do) {
    case 'add': {
      const added = diagramActions.addNode(action.kind, action.at, lang);
      if (action.label) diagramActions.rename(added, action.label[lang]);
      return true;
    }
    case 'connect': {
      const [s, t] = [id(action.from), id(action.to)];
      if (!s || !t) return false;
      if (!wireBetween(doc, s, t)) diagramActions.connect(s, t);
      return true;
    }
    case 'set': {
      const node = id(action.role);
      if (!node) return false;
      const current = doc.nodes.find((n) => n.id === node);
      if (current && nodeProps(current)[action.key] !== action.value)
        diagramActions.setNodeProp(node, action.key, action.value);
      return true;
    }
    case 'setWire': {
      const [s, t] = [id(action.from), id(action.to)];
      const wire = s && t ? wireBetween(doc, s, t) : undefined;
      if (!wire) return false;
      diagramActions.setEdgeProp(wire, action.key, action.value);
      return true;
    }
    case 'remove': {
      const node = id(action.role);
      if (!node) return false;
      diagramActions.remove(new Set([node]), new Set());
      return true;
    }
    case 'run':
      run.play();
      return true;
    case 'pause':
      run.pause();
      return true;
    case 'reset':
      run.reset();
      return true;
    case 'speed':
      run.speed(action.value);
      return true;
    case 'fault': {
      if ('from' in action) {
        const [s, t] = [id(action.from), id(action.to)];
        const wire = s && t ? wireBetween(doc, s, t) : undefined;
        if (!wire || !s) return false;
        if (action.fault === 'replay') {
          const edge = doc.edges.find((e) => e.id === wire)!;
          run.fault({
            kind: 'replay',
            topicId: s,
            group: String(edgeProps(edge, indexNodes(doc.nodes)).consumerGroup),
          });
        } else run.fault({ kind: action.fault, edgeId: wire });
        return true;
      }
      const node = id(action.role);
      if (!node) return false;
      if (action.fault === 'slow') run.fault({ kind: 'slow', nodeId: node, factor: action.factor });
      else if (action.fault === 'errors') run.fault({ kind: 'errors', nodeId: node, pct: action.pct });
      else if (action.fault === 'deploy')
        run.fault({ kind: 'deploy', nodeId: node, perInstanceMs: action.perInstanceMs });
      else run.fault({ kind: action.fault, nodeId: node });
      return true;
    }
  }
}

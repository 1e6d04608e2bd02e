import type { XY } from '../model';
import { useDiagram } from '../store/diagram';
import { useUi } from '../store/ui';
import type { MenuAt } from './ContextMenu';
import { edgeFaultTarget } from './faults/faultTarget';

/** The menu for one component, opened at a screen point; null when it is gone. */
export function nodeMenu(id: string, at: XY): MenuAt | null {
  const node = useDiagram.getState().nodes.find((x) => x.id === id);
  return node ? { ...at, title: node.label, target: { type: 'node', id: node.id, kind: node.kind } } : null;
}

/** The menu for one wire, titled by its two ends; null when it is gone. */
export function edgeMenu(id: string, at: XY): MenuAt | null {
  const { nodes, edges } = useDiagram.getState();
  const wire = edges.find((w) => w.id === id);
  if (!wire) return null;
  const label = (nodeId: string) => nodes.find((n) => n.id === nodeId)?.label ?? '';
  return {
    ...at,
    title: `${label(wire.source)} → ${label(wire.target)}`,
    target: edgeFaultTarget(wire, nodes),
  };
}

/** The menu on empty canvas; null when it would offer nothing (an empty diagram, nothing copied). */
export function paneMenu(at: XY, title: string): MenuAt | null {
  const empty = useDiagram.getState().nodes.length === 0 && !useUi.getState().clipboard?.nodes.length;
  return empty ? null : { ...at, title, target: { type: 'pane' } };
}

/**
 * The menu for whatever a long press landed on: a component, a wire or empty canvas. A handle
 * (that press starts a wire), the zoom controls, the overview map and panels get none.
 */
export function menuAtElement(el: Element, at: XY, paneTitle: string): MenuAt | null {
  if (el.closest('.react-flow__handle, .react-flow__panel, .react-flow__minimap, .react-flow__controls'))
    return null;
  const node = el.closest<HTMLElement>('.react-flow__node');
  if (node) return node.dataset.id ? nodeMenu(node.dataset.id, at) : null;
  const edge = el.closest<SVGElement>('.react-flow__edge');
  if (edge) return edge.dataset.id ? edgeMenu(edge.dataset.id, at) : null;
  return el.closest('.react-flow__pane') ? paneMenu(at, paneTitle) : null;
}

// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument } from '../model';
import { diagramActions } from '../store/diagram';
import { useUi } from '../store/ui';
import { menuAtElement } from './menus';

const at = { x: 10, y: 20 };

/** A piece of React Flow's markup: the pane holding a node (with its handle) and a wire. */
function flowMarkup(nodeId: string, edgeId: string) {
  document.body.innerHTML = `
    <div class="react-flow__pane">
      <div class="react-flow__node" data-id="${nodeId}"><div class="label">x</div>
        <div class="react-flow__handle source"></div></div>
      <svg><g class="react-flow__edge" data-id="${edgeId}"><path class="wire"></path></g></svg>
    </div>
    <div class="react-flow__panel react-flow__controls"><button>+</button></div>`;
  const q = (selector: string) => document.querySelector(selector)!;
  return {
    pane: q('.react-flow__pane'),
    label: q('.label'),
    handle: q('.react-flow__handle'),
    wire: q('.wire'),
    controls: q('.react-flow__controls button'),
  };
}

describe('the menu a long press opens', () => {
  beforeEach(() => {
    diagramActions.replace(emptyDocument());
    useUi.setState({ clipboard: null });
  });

  it('names the component, the wire by its two ends, or the canvas', () => {
    const client = diagramActions.addNode('client', { x: 0, y: 0 }, 'en');
    const service = diagramActions.addNode('service', { x: 300, y: 0 }, 'en');
    diagramActions.connect(client, service);
    diagramActions.rename(client, 'Phone app');
    const parts = flowMarkup(service, 'e1');
    expect(menuAtElement(parts.label, at, 'Canvas')).toEqual({
      ...at,
      title: 'Service',
      target: { type: 'node', id: service, kind: 'service' },
    });
    expect(menuAtElement(parts.wire, at, 'Canvas')).toMatchObject({
      title: 'Phone app → Service',
      target: { type: 'edge', id: 'e1' },
    });
    expect(menuAtElement(parts.pane, at, 'Canvas')).toEqual({
      ...at,
      title: 'Canvas',
      target: { type: 'pane' },
    });
  });

  it('opens nothing on a handle (that press draws a wire), the zoom controls, or something gone', () => {
    const id = diagramActions.addNode('service', { x: 0, y: 0 }, 'en');
    const parts = flowMarkup(id, 'e9');
    expect(menuAtElement(parts.handle, at, 'Canvas')).toBeNull();
    expect(menuAtElement(parts.controls, at, 'Canvas')).toBeNull();
    expect(menuAtElement(parts.wire, at, 'Canvas')).toBeNull();
    diagramActions.remove(new Set([id]), new Set());
    expect(menuAtElement(parts.label, at, 'Canvas')).toBeNull();
  });

  it('offers empty canvas a menu only when there is something to do there', () => {
    const parts = flowMarkup('n1', 'e1');
    expect(menuAtElement(parts.pane, at, 'Canvas')).toBeNull();
    useUi.setState({
      clipboard: {
        nodes: [{ id: 'n1', kind: 'queue', label: 'Q', position: { x: 0, y: 0 }, props: {} }],
        edges: [],
      },
    });
    expect(menuAtElement(parts.pane, at, 'Canvas')?.target).toEqual({ type: 'pane' });
  });
});

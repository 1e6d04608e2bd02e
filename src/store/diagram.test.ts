import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument } from '../model';
import { diagramActions, useDiagram } from './diagram';

const past = () => useDiagram.temporal.getState().pastStates.length;

describe('diagram store history', () => {
  beforeEach(() => diagramActions.replace(emptyDocument()));

  it('undoes and redoes each command as one step', () => {
    const a = diagramActions.addNode('service', { x: 0, y: 0 }, 'en');
    const b = diagramActions.addNode('database', { x: 300, y: 0 }, 'en');
    diagramActions.connect(a, b);
    expect(past()).toBe(3);
    diagramActions.undo();
    expect(useDiagram.getState().edges).toEqual([]);
    diagramActions.undo();
    expect(useDiagram.getState().nodes.map((n) => n.id)).toEqual([a]);
    diagramActions.redo();
    diagramActions.redo();
    expect(useDiagram.getState().edges).toHaveLength(1);
  });

  it('records a whole drag as one undo step', () => {
    const id = diagramActions.addNode('service', { x: 0, y: 0 }, 'en');
    const before = past();
    diagramActions.beginGesture();
    for (let x = 1; x <= 30; x++) diagramActions.moveNodes(new Map([[id, { x: x * 10, y: 0 }]]));
    diagramActions.endGesture();
    expect(past()).toBe(before + 1);
    expect(useDiagram.getState().nodes[0]!.position.x).toBe(300);
    diagramActions.undo();
    expect(useDiagram.getState().nodes[0]!.position.x).toBe(0);
    diagramActions.redo();
    expect(useDiagram.getState().nodes[0]!.position.x).toBe(300);
  });

  it('does not record a refused edit or a click without movement', () => {
    const id = diagramActions.addNode('service', { x: 0, y: 0 }, 'en');
    const before = past();
    expect(diagramActions.setNodeProp(id, 'instances', 999)).toMatchObject({ code: 'tooLarge' });
    diagramActions.beginGesture();
    diagramActions.endGesture();
    expect(past()).toBe(before);
  });

  it('does not put viewport changes into the undo history', () => {
    diagramActions.addNode('service', { x: 0, y: 0 }, 'en');
    const before = past();
    diagramActions.setViewport({ x: 10, y: 10, zoom: 2 });
    expect(past()).toBe(before);
  });
});

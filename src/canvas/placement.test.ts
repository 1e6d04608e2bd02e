import { describe, expect, it } from 'vitest';
import type { DiagramNode } from '../model';
import { NODE_SIZE, placeNode } from './placement';

const at = (x: number, y: number): DiagramNode => ({
  id: `${x},${y}`,
  kind: 'service',
  label: '',
  position: { x, y },
  props: {},
});

describe('placing a new component', () => {
  it('centres it on the point, on the grid', () => {
    expect(placeNode({ x: 500, y: 300 }, [], true)).toEqual({ x: 416, y: 240 });
  });

  it('keeps a dropped component where the person dropped it, even over another', () => {
    const first = placeNode({ x: 500, y: 300 }, [], true);
    expect(placeNode({ x: 500, y: 300 }, [at(first.x, first.y)], true)).toEqual(first);
  });

  it('puts a clicked-in component in the nearest free slot so nothing is hidden', () => {
    const nodes: DiagramNode[] = [];
    for (let i = 0; i < 5; i++) {
      const p = placeNode({ x: 500, y: 300 }, nodes, true, true);
      for (const n of nodes) {
        const apart =
          Math.abs(n.position.x - p.x) >= NODE_SIZE.width || Math.abs(n.position.y - p.y) >= NODE_SIZE.height;
        expect(apart).toBe(true);
      }
      nodes.push(at(p.x, p.y));
    }
  });
});

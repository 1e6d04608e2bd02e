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

describe('clicked-in components flow left to right', () => {
  it('puts the second one beside the first, not below it', () => {
    const first = placeNode({ x: 500, y: 300 }, [], true, true);
    const second = placeNode({ x: 500, y: 300 }, [at(first.x, first.y)], true, true);
    expect(second.y).toBe(first.y);
    expect(second.x).toBeGreaterThan(first.x);
  });
});

describe('clicked-in components after the last one', () => {
  const visible = { x: 0, y: 0, width: 1200, height: 800 };
  it('go to the right of the last one added when that slot is free and visible', () => {
    const nodes = [at(400, 240), at(0, 0)];
    const p = placeNode({ x: 492, y: 300 }, nodes, true, true, { last: { x: 0, y: 0 }, visible });
    expect(p).toEqual({ x: 224, y: 0 });
  });

  it('fall back to the free slot near the centre when the next one would be off screen', () => {
    const nodes = [at(400, 240), at(1000, 0)];
    const p = placeNode({ x: 492, y: 300 }, nodes, true, true, { last: { x: 1000, y: 0 }, visible });
    expect(p.y).toBe(240);
  });
});

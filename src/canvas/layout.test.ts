import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiagramEdge, DiagramNode, NodeKind, XY } from '../model';
import { randomDiagram } from '../model/testing/randomDiagram';
import { tidyLayout } from './layout';
import { GRID, NODE_SIZE } from './placement';

const node = (id: string, kind: NodeKind, x: number, y: number): DiagramNode => ({
  id,
  kind,
  label: id,
  position: { x, y },
  props: {},
});
const edge = (source: string, target: string): DiagramEdge => ({
  id: `${source}-${target}`,
  source,
  target,
  props: {},
});

function overlapping(positions: ReadonlyMap<string, XY>): [string, string] | null {
  const all = [...positions];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [a, p] = all[i]!;
      const [b, q] = all[j]!;
      if (Math.abs(p.x - q.x) < NODE_SIZE.width && Math.abs(p.y - q.y) < NODE_SIZE.height) return [a, b];
    }
  return null;
}

// Scrambled on purpose: the database left of everything, the client at the far right.
const shop = {
  nodes: [
    node('db', 'database', 0, 400),
    node('orders', 'service', 900, 0),
    node('users', 'service', 300, 700),
    node('gw', 'gateway', 100, 100),
    node('web', 'client', 1200, 300),
  ],
  edges: [
    edge('web', 'gw'),
    edge('gw', 'orders'),
    edge('gw', 'users'),
    edge('orders', 'db'),
    edge('users', 'db'),
  ],
};

describe('tidy layout', () => {
  it('puts callers left of what they call, in columns', async () => {
    const p = await tidyLayout(shop);
    const x = (id: string) => p.get(id)!.x;
    expect(x('web')).toBeLessThan(x('gw'));
    expect(x('gw')).toBeLessThan(x('orders'));
    expect(x('orders')).toBe(x('users'));
    expect(x('orders')).toBeLessThan(x('db'));
    // The two services share a column, one above the other.
    expect(p.get('orders')!.y).not.toBe(p.get('users')!.y);
  });

  it('keeps the diagram’s top-left corner, snaps to the grid and overlaps nothing', async () => {
    const p = await tidyLayout(shop);
    expect(Math.min(...[...p.values()].map((q) => q.x))).toBe(0);
    expect(Math.min(...[...p.values()].map((q) => q.y))).toBe(0);
    for (const q of p.values()) {
      expect(q.x % GRID).toBe(0);
      expect(q.y % GRID).toBe(0);
    }
    expect(overlapping(p)).toBeNull();
  });

  it('uses the measured size of each component', async () => {
    const tall = await tidyLayout(shop, (id) => (id === 'orders' ? { width: 184, height: 400 } : undefined));
    const orders = tall.get('orders')!.y;
    const users = tall.get('users')!.y;
    // The tall one and its neighbour in the column do not overlap.
    const apart = orders < users ? users - orders >= 400 : orders - users >= NODE_SIZE.height;
    expect(apart).toBe(true);
    // With the default size the same two sit closer.
    const p = await tidyLayout(shop);
    expect(Math.abs(p.get('orders')!.y - p.get('users')!.y)).toBeLessThan(400);
  });

  it('handles cycles, self-contained islands and an empty diagram', async () => {
    const cyclic = {
      nodes: [node('a', 'service', 0, 0), node('b', 'service', 0, 0), node('lonely', 'queue', 0, 0)],
      edges: [edge('a', 'b'), edge('b', 'a')],
    };
    const p = await tidyLayout(cyclic);
    expect([...p.keys()].sort()).toEqual(['a', 'b', 'lonely']);
    expect(overlapping(p)).toBeNull();
    expect((await tidyLayout({ nodes: [], edges: [] })).size).toBe(0);
  });

  it('places every component of any valid diagram, without overlaps, the same way every time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 40 }),
        async (seed, count) => {
          const doc = randomDiagram(seed, count);
          const first = await tidyLayout(doc);
          expect(first.size).toBe(doc.nodes.length);
          expect(overlapping(first)).toBeNull();
          expect(await tidyLayout(doc)).toEqual(first);
        },
      ),
      { numRuns: 60 },
    );
  });
});

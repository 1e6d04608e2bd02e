import type { DiagramNode, XY } from '../model';

/** Approximate size of a component on the canvas, used to centre a new one on the drop point. */
export const NODE_SIZE = { width: 184, height: 120 } as const;
export const GRID = 16;
const GAP = 2 * GRID;

const snap = (v: number) => Math.round(v / GRID) * GRID;

function overlaps(p: XY, nodes: readonly DiagramNode[]): boolean {
  return nodes.some(
    (n) =>
      Math.abs(n.position.x - p.x) < NODE_SIZE.width + GAP / 2 &&
      Math.abs(n.position.y - p.y) < NODE_SIZE.height + GAP / 2,
  );
}

/**
 * Where a new node goes so that its centre sits at `center`, snapped to the grid if asked.
 * With `avoidOverlap` (a click in the palette, not a drop the person aimed) it takes the nearest
 * free slot around the centre instead of covering another node.
 */
export function placeNode(
  center: XY,
  nodes: readonly DiagramNode[],
  snapToGrid: boolean,
  avoidOverlap = false,
): XY {
  const at = (p: XY): XY => (snapToGrid ? { x: snap(p.x), y: snap(p.y) } : p);
  const origin = { x: center.x - NODE_SIZE.width / 2, y: center.y - NODE_SIZE.height / 2 };
  const first = at(origin);
  if (!avoidOverlap || !overlaps(first, nodes)) return first;
  const stepX = NODE_SIZE.width + GAP;
  const stepY = NODE_SIZE.height + GAP;
  const rings: XY[] = [];
  for (let r = 1; r <= 6; r++) {
    for (let dx = -r; dx <= r; dx++) {
      for (let dy = -r; dy <= r; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === r) rings.push({ x: dx, y: dy });
      }
    }
  }
  rings.sort((a, b) => Math.hypot(a.x * stepX, a.y * stepY) - Math.hypot(b.x * stepX, b.y * stepY));
  for (const c of rings) {
    const p = at({ x: origin.x + c.x * stepX, y: origin.y + c.y * stepY });
    if (!overlaps(p, nodes)) return p;
  }
  return first;
}

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

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function inside(p: XY, r: Rect): boolean {
  return (
    p.x >= r.x &&
    p.y >= r.y &&
    p.x + NODE_SIZE.width <= r.x + r.width &&
    p.y + NODE_SIZE.height <= r.y + r.height
  );
}

/**
 * Where a new node goes so that its centre sits at `center`, snapped to the grid if asked.
 * With `avoidOverlap` (a click in the palette, not a drop the person aimed) it does not cover
 * another node: it goes right of the last one added when that slot is free and on screen
 * (components added in turn line up left to right, as a flow reads), else in the nearest free
 * slot around the centre.
 */
export function placeNode(
  center: XY,
  nodes: readonly DiagramNode[],
  snapToGrid: boolean,
  avoidOverlap = false,
  after?: { last: XY; visible: Rect },
): XY {
  const at = (p: XY): XY => (snapToGrid ? { x: snap(p.x), y: snap(p.y) } : p);
  const origin = { x: center.x - NODE_SIZE.width / 2, y: center.y - NODE_SIZE.height / 2 };
  const first = at(origin);
  if (!avoidOverlap) return first;
  const stepX = NODE_SIZE.width + GAP;
  const stepY = NODE_SIZE.height + GAP;
  if (after) {
    const next = at({ x: after.last.x + stepX, y: after.last.y });
    if (inside(next, after.visible) && !overlaps(next, nodes)) return next;
  }
  if (!overlaps(first, nodes)) return first;
  const rings: XY[] = [];
  for (let r = 1; r <= 6; r++) {
    for (let dx = -r; dx <= r; dx++) {
      for (let dy = -r; dy <= r; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === r) rings.push({ x: dx, y: dy });
      }
    }
  }
  // Sideways before up or down, rightwards before leftwards.
  const cost = (c: XY) => Math.hypot(c.x * stepX * (c.x < 0 ? 0.85 : 0.6), c.y * stepY * 1.5);
  rings.sort((a, b) => cost(a) - cost(b));
  for (const c of rings) {
    const p = at({ x: origin.x + c.x * stepX, y: origin.y + c.y * stepY });
    if (!overlaps(p, nodes)) return p;
  }
  return first;
}

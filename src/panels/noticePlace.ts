/** A box on the page, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Something on the canvas a notice should not cover, and how much covering it costs per pixel. */
export interface Obstacle {
  box: Box;
  weight: number;
}

const GAP = 12;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const cost = (at: Box, obstacles: readonly Obstacle[]) =>
  obstacles.reduce((sum, o) => sum + o.weight * overlap(at, o.box), 0);

/** A place for the stack: its top-left corner, and the height it was chosen for. */
export interface Spot {
  x: number;
  y: number;
  h: number;
}

/**
 * Obstacles this heavy are the canvas's own parts (legend, controls) and the components a notice
 * is about: spots are tried beside them.
 */
const PART = 1e3;

const unique = (values: number[]) => [...new Set(values.map(Math.round))];
const upwards = (a: number, b: number) => b - a;
const rightwards = (a: number, b: number) => a - b;

/**
 * Where the stack of notices (`w` × `h`) goes inside the canvas `area`: the first free spot, lowest
 * first and left to right, along the bottom edge, beside the canvas's own parts (above the zoom
 * controls, below the legend) and along the top edge; if none is free, the one that covers least.
 * `current` (where it is now) wins while it stays free, so notices do not jump about.
 */
export function placeNotices(
  size: { w: number; h: number },
  area: Box,
  obstacles: readonly Obstacle[],
  current: Spot | null = null,
): Spot {
  const { w, h } = size;
  const minX = area.x + GAP;
  const maxX = Math.max(minX, area.x + area.w - w - GAP);
  const minY = area.y + GAP;
  const maxY = Math.max(minY, area.y + area.h - h - GAP);
  const clampX = (x: number) => Math.min(maxX, Math.max(minX, x));
  const clampY = (y: number) => Math.min(maxY, Math.max(minY, y));
  const parts = obstacles.filter((o) => o.weight >= PART).map((o) => o.box);
  const rows = unique([
    maxY,
    minY,
    ...parts.flatMap((b) => [b.y - h - GAP, b.y + b.h + GAP]).map(clampY),
  ]).sort(upwards);
  const columns = unique([
    ...[0, 1, 2, 3, 4].map((i) => minX + ((maxX - minX) * i) / 4),
    ...parts.flatMap((b) => [b.x + b.w + GAP, b.x - w - GAP]).map(clampX),
  ]).sort(rightwards);
  const costAt = (x: number, y: number) => cost({ x, y, w, h }, obstacles);
  const keep =
    current?.h === h &&
    current.x === clampX(current.x) &&
    current.y === clampY(current.y) &&
    costAt(current.x, current.y) === 0;
  if (keep) return current;
  let best: Spot = { x: minX, y: maxY, h };
  let bestCost = Number.POSITIVE_INFINITY;
  for (const y of rows)
    for (const x of columns) {
      const k = costAt(x, y);
      if (k === 0) return { x, y, h };
      if (k < bestCost) {
        best = { x, y, h };
        bestCost = k;
      }
    }
  return best;
}

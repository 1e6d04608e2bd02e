/**
 * The overview map's geometry: which part of the diagram's plane it shows and how map pixels and
 * the plane relate. Pure, so it is tested without a browser.
 */

/** A rectangle on the diagram's plane (flow coordinates). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The view transform as React Flow keeps it: screen = plane * zoom + (x, y). */
export type Transform = readonly [x: number, y: number, zoom: number];

/** How the map shows the plane: map pixel (px, py) is plane point (x + px * scale, y + py * scale). */
export interface MapFrame {
  x: number;
  y: number;
  /** Plane units per map pixel. */
  scale: number;
}

/** Map pixels of margin around what the map shows. */
export const MAP_MARGIN = 5;

/** The part of the plane the canvas shows, for a canvas of `width` by `height` screen pixels. */
export function viewRect([x, y, zoom]: Transform, width: number, height: number): Rect {
  const z = zoom > 0 ? zoom : 1;
  return { x: -x / z, y: -y / z, width: width / z, height: height / z };
}

/** The smallest rectangle holding both (either may be null). */
export function union(a: Rect | null, b: Rect | null): Rect | null {
  if (!a) return b;
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * The frame that fits `content` (the nodes and the view) into a map of `width` by `height` pixels,
 * centred, with MAP_MARGIN pixels around it. Degenerate content (nothing, or zero-sized) gets a
 * frame of scale 1 so nothing divides by zero.
 */
export function fitFrame(content: Rect | null, width: number, height: number): MapFrame {
  if (!content || !(width > 0) || !(height > 0)) return { x: 0, y: 0, scale: 1 };
  const inner = (n: number) => Math.max(1, n - 2 * MAP_MARGIN);
  const scale = Math.max(content.width / inner(width), content.height / inner(height)) || 1;
  return {
    x: content.x + content.width / 2 - (width / 2) * scale,
    y: content.y + content.height / 2 - (height / 2) * scale,
    scale,
  };
}

export function sameFrame(a: MapFrame | null, b: MapFrame): boolean {
  return !!a && a.x === b.x && a.y === b.y && a.scale === b.scale;
}

/** A map pixel's point on the plane. */
export function toPlane(frame: MapFrame, px: number, py: number): { x: number; y: number } {
  return { x: frame.x + px * frame.scale, y: frame.y + py * frame.scale };
}

/** A plane rectangle in map pixels. */
export function toMap(frame: MapFrame, r: Rect): Rect {
  return {
    x: (r.x - frame.x) / frame.scale,
    y: (r.y - frame.y) / frame.scale,
    width: r.width / frame.scale,
    height: r.height / frame.scale,
  };
}

/** The transform that shows plane point (cx, cy) in the middle of the canvas at `zoom`. */
export function centredOn(
  cx: number,
  cy: number,
  zoom: number,
  width: number,
  height: number,
): { x: number; y: number; zoom: number } {
  return { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom, zoom };
}

/** The zoom after a wheel turn of `deltaY` pixels (as React Flow's wheel zoom), kept within limits. */
export function wheelZoom(zoom: number, deltaY: number, min: number, max: number): number {
  const next = zoom * 2 ** (-deltaY * 0.002);
  return Math.min(max, Math.max(min, next));
}

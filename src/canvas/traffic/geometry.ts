/** Where each wire runs on screen, as the cubic Bézier React Flow draws, so dots follow the line exactly. */

export interface HandlePoint {
  x: number;
  y: number;
}

/** The control offset React Flow's bezier edge uses (curvature 0.25). */
function controlOffset(distance: number, curvature = 0.25): number {
  return distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance);
}

/** Writes source, two control points and target (8 numbers) for a right-to-left wire at `out[i*8]`. */
export function writeEdgeCurve(out: Float64Array, i: number, s: HandlePoint, t: HandlePoint): void {
  const o = i * 8;
  out[o] = s.x;
  out[o + 1] = s.y;
  out[o + 2] = s.x + controlOffset(t.x - s.x);
  out[o + 3] = s.y;
  out[o + 4] = t.x - controlOffset(t.x - s.x);
  out[o + 5] = t.y;
  out[o + 6] = t.x;
  out[o + 7] = t.y;
}

/** The point at parameter `u` (0 at the source, 1 at the target) of curve `i`, into `into[0..1]`. */
export function pointOnCurve(curves: Float64Array, i: number, u: number, into: Float64Array): void {
  const o = i * 8;
  const v = 1 - u;
  const a = v * v * v;
  const b = 3 * v * v * u;
  const c = 3 * v * u * u;
  const d = u * u * u;
  into[0] = a * curves[o]! + b * curves[o + 2]! + c * curves[o + 4]! + d * curves[o + 6]!;
  into[1] = a * curves[o + 1]! + b * curves[o + 3]! + c * curves[o + 5]! + d * curves[o + 7]!;
}

/**
 * How far along its wire a message is at virtual time `now`: 0 at departure, 1 at arrival. A hop
 * shorter than `minDuration` is drawn as if it took that long, so a 2 ms hop is still seen.
 */
export function progress(departs: number, arrives: number, now: number, minDuration = 0): number {
  const duration = Math.max(arrives - departs, minDuration);
  if (duration <= 0) return 1;
  const p = (now - departs) / duration;
  return Math.min(1, Math.max(0, p));
}

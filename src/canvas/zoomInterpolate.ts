/**
 * What React Flow's pan and zoom take from d3-interpolate and d3-color, without the colour parser.
 * vite.config.ts (`d3WithoutColour`) resolves both packages to this file for d3-zoom,
 * d3-transition and @xyflow/system only: their animated view changes (fitView with a duration,
 * zoomIn, setCenter) interpolate the view, never a colour, and the real packages (d3-color's
 * parser, named colours and colour spaces: 5 KB of gzip) stayed in the first page only because
 * d3-transition's attr() and style() tweens could parse one. Charts (recharts' d3-scale) still
 * get the real packages. Tweening an attribute or a style with such a transition throws here
 * instead of quietly doing something else.
 */

type View = readonly [number, number, number];
type ViewInterpolator = ((t: number) => [number, number, number]) & { duration: number };

const EPSILON2 = 1e-12;
const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;
const { cosh, sinh, tanh } = Math;

/**
 * The smooth zoom and pan of van Wijk and Nuij (ρ = √2), with the formulas and duration of
 * d3-interpolate's `interpolateZoom`: from view [x0, y0, w0] to [x1, y1, w1], `duration` in ms.
 */
export function interpolateZoom(p0: View, p1: View): ViewInterpolator {
  const [ux0, uy0, w0] = p0;
  const [ux1, uy1, w1] = p1;
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let i: (t: number) => [number, number, number];
  let S: number;
  if (d2 < EPSILON2) {
    // The centre stays (about) where it is: only the width changes.
    S = Math.log(w1 / w0) / RHO;
    i = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    i = (t) => {
      const s = t * S;
      const coshr0 = cosh(r0);
      const u = (w0 / (RHO2 * d1)) * (coshr0 * tanh(RHO * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(RHO * s + r0)];
    };
  }
  return Object.assign(i, { duration: (Math.abs(S) * 1000 * RHO) / Math.SQRT2 });
}

/** A number, or each number of an array, straight from a to b (React Flow's `interpolate: 'linear'`). */
export function interpolate(a: number | readonly number[], b: number | readonly number[]) {
  if (typeof a === 'number' || typeof b === 'number') return interpolateNumber(+a, +b);
  return (t: number) => a.map((v, k) => v * (1 - t) + (b[k] ?? v) * t);
}

export function interpolateNumber(a: number, b: number) {
  return (t: number) => a * (1 - t) + b * t;
}

/** No colour is parsed here (d3-transition asks this before tweening an attribute or a style). */
export function color(): null {
  return null;
}

function notIncluded(): never {
  throw new Error('Tweening attributes and styles with d3-transition is not in this build (vite.config.ts).');
}

export {
  notIncluded as interpolateRgb,
  notIncluded as interpolateString,
  notIncluded as interpolateTransformCss,
  notIncluded as interpolateTransformSvg,
};

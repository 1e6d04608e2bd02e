import * as d3 from 'd3-interpolate';
import { describe, expect, it } from 'vitest';
import { interpolate, interpolateZoom } from './zoomInterpolate';

type View = [number, number, number];
const CASES: [View, View][] = [
  [
    [0, 0, 100],
    [400, -300, 800],
  ],
  [
    [120, 80, 1280],
    [120, 80, 320],
  ],
  [
    [-50, 900, 6000],
    [3000, 10, 90],
  ],
  [
    [5, 5, 400],
    [5.0000001, 5, 400],
  ],
];

describe("the pan and zoom's own interpolation (vite.config.ts d3WithoutColour)", () => {
  it('moves the view exactly as d3-interpolate’s interpolateZoom, in the same time', () => {
    for (const [a, b] of CASES) {
      const ours = interpolateZoom(a, b);
      const theirs = d3.interpolateZoom(a, b);
      expect(ours.duration).toBeCloseTo(theirs.duration, 9);
      for (const t of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
        const got = ours(t);
        const want = theirs(t);
        for (let k = 0; k < 3; k++) expect(got[k]).toBeCloseTo(want[k]!, 6);
      }
    }
  });

  it('interpolates numbers and views straight, as d3’s interpolate does', () => {
    const [a, b] = CASES[0]!;
    for (const t of [0, 0.3, 1]) {
      expect(interpolate(a, b)(t)).toEqual(d3.interpolate(a, b)(t));
      expect(interpolate(2, 10)(t)).toBeCloseTo(d3.interpolate(2, 10)(t), 12);
    }
  });
});

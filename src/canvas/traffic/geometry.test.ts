import { describe, expect, it } from 'vitest';
import { pointOnCurve, progress, writeEdgeCurve } from './geometry';

describe('wire geometry', () => {
  it('starts at the source handle and ends at the target handle', () => {
    const curves = new Float64Array(16);
    writeEdgeCurve(curves, 1, { x: 100, y: 50 }, { x: 300, y: 150 });
    const p = new Float64Array(2);
    pointOnCurve(curves, 1, 0, p);
    expect([...p]).toEqual([100, 50]);
    pointOnCurve(curves, 1, 1, p);
    expect([...p]).toEqual([300, 150]);
    // Symmetric control points put the middle of the curve at the midpoint of the ends.
    pointOnCurve(curves, 1, 0.5, p);
    expect(p[0]).toBeCloseTo(200);
    expect(p[1]).toBeCloseTo(100);
  });

  it('bulges outwards when the target is left of the source, as React Flow draws it', () => {
    const curves = new Float64Array(8);
    writeEdgeCurve(curves, 0, { x: 300, y: 0 }, { x: 100, y: 0 });
    expect(curves[2]).toBeGreaterThan(300);
    expect(curves[4]).toBeLessThan(100);
  });

  it('moves a message from 0 to 1 between departure and arrival', () => {
    expect(progress(100, 200, 50)).toBe(0);
    expect(progress(100, 200, 150)).toBe(0.5);
    expect(progress(100, 200, 250)).toBe(1);
    expect(progress(100, 100, 100)).toBe(1);
  });

  it('slows a hop shorter than the minimum so it stays on screen that long', () => {
    // A 2 ms hop drawn over 350 ms: halfway at 175 ms, although it arrived long before.
    expect(progress(0, 2, 175, 350)).toBe(0.5);
    // A hop longer than the minimum keeps its own pace.
    expect(progress(0, 1000, 500, 350)).toBe(0.5);
  });
});

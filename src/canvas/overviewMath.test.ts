import { describe, expect, it } from 'vitest';
import {
  centredOn,
  fitFrame,
  MAP_MARGIN,
  sameFrame,
  toMap,
  toPlane,
  union,
  viewRect,
  wheelZoom,
} from './overviewMath';

describe('overview map geometry', () => {
  it('the view is the plane rectangle the canvas shows', () => {
    // Panned by (100, 50) at zoom 2: screen (0, 0) is plane (-50, -25); 800 px is 400 plane units.
    expect(viewRect([100, 50, 2], 800, 600)).toEqual({ x: -50, y: -25, width: 400, height: 300 });
    // A zoom of 0 (never set) does not divide by zero.
    expect(viewRect([0, 0, 0], 800, 600).width).toBe(800);
  });

  it('union holds both rectangles and ignores a missing one', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    const b = { x: -5, y: 20, width: 10, height: 5 };
    expect(union(a, b)).toEqual({ x: -5, y: 0, width: 15, height: 25 });
    expect(union(null, b)).toBe(b);
    expect(union(a, null)).toBe(a);
    expect(union(null, null)).toBeNull();
  });

  it('fits wide content to the width and centres it vertically, inside the margin', () => {
    const content = { x: 100, y: 100, width: 1900, height: 100 };
    const frame = fitFrame(content, 200, 150);
    expect(frame.scale).toBeCloseTo(1900 / (200 - 2 * MAP_MARGIN));
    const onMap = toMap(frame, content);
    expect(onMap.x).toBeCloseTo(MAP_MARGIN);
    expect(onMap.x + onMap.width).toBeCloseTo(200 - MAP_MARGIN);
    expect(onMap.y + onMap.height / 2).toBeCloseTo(75);
  });

  it('fits tall content to the height and centres it horizontally', () => {
    const content = { x: -300, y: -2000, width: 100, height: 1400 };
    const frame = fitFrame(content, 200, 150);
    const onMap = toMap(frame, content);
    expect(onMap.y).toBeCloseTo(MAP_MARGIN);
    expect(onMap.y + onMap.height).toBeCloseTo(150 - MAP_MARGIN);
    expect(onMap.x + onMap.width / 2).toBeCloseTo(100);
  });

  it('map pixels and plane points convert both ways', () => {
    const frame = fitFrame({ x: 40, y: -60, width: 1000, height: 700 }, 200, 150);
    const p = toPlane(frame, 37, 91);
    const back = toMap(frame, { ...p, width: 0, height: 0 });
    expect(back.x).toBeCloseTo(37);
    expect(back.y).toBeCloseTo(91);
  });

  it('nothing to show, or a map with no size, gives a usable frame', () => {
    for (const frame of [
      fitFrame(null, 200, 150),
      fitFrame({ x: 5, y: 5, width: 0, height: 0 }, 200, 150),
      fitFrame({ x: 5, y: 5, width: 10, height: 10 }, 0, 0),
    ]) {
      expect(Number.isFinite(frame.x) && Number.isFinite(frame.y)).toBe(true);
      expect(frame.scale).toBeGreaterThan(0);
    }
  });

  it('centring puts the plane point in the middle of the canvas at the zoom asked', () => {
    const t = centredOn(500, 300, 0.5, 800, 600);
    const v = viewRect([t.x, t.y, t.zoom], 800, 600);
    expect(v.x + v.width / 2).toBeCloseTo(500);
    expect(v.y + v.height / 2).toBeCloseTo(300);
    expect(t.zoom).toBe(0.5);
  });

  it('the wheel zooms in for a turn up, out for a turn down, within the limits', () => {
    expect(wheelZoom(1, -100, 0.05, 4)).toBeGreaterThan(1);
    expect(wheelZoom(1, 100, 0.05, 4)).toBeLessThan(1);
    expect(wheelZoom(1, -100, 0.05, 4) * wheelZoom(1, 100, 0.05, 4)).toBeCloseTo(1);
    expect(wheelZoom(3.9, -10_000, 0.05, 4)).toBe(4);
    expect(wheelZoom(0.06, 10_000, 0.05, 4)).toBe(0.05);
  });

  it('frames are the same only when all three numbers are', () => {
    const f = { x: 1, y: 2, scale: 3 };
    expect(sameFrame(f, { ...f })).toBe(true);
    expect(sameFrame(f, { ...f, scale: 3.0001 })).toBe(false);
    expect(sameFrame(null, f)).toBe(false);
  });
});

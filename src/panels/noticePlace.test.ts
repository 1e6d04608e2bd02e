import { describe, expect, it } from 'vitest';
import { type Box, type Obstacle, placeNotices } from './noticePlace';

const area: Box = { x: 100, y: 50, w: 800, h: 600 };
const size = { w: 300, h: 80 };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const boxAt = (at: { x: number; y: number }): Box => ({ ...at, ...size });

describe('placeNotices', () => {
  it('puts the stack at the bottom left of an empty canvas, inside it', () => {
    const at = placeNotices(size, area, []);
    expect(at).toEqual({ x: 112, y: 50 + 600 - 80 - 12, h: 80 });
  });

  it('moves along the bottom past what it would cover (the canvas controls, the legend)', () => {
    const controls: Obstacle = { box: { x: 110, y: 500, w: 30, h: 140 }, weight: 1e3 };
    const at = placeNotices(size, area, [controls]);
    expect(overlaps(boxAt(at), controls.box)).toBe(false);
    expect(at.y).toBe(558);
  });

  it('goes to the top when components fill the bottom', () => {
    const row: Obstacle = { box: { x: 100, y: 500, w: 800, h: 150 }, weight: 1 };
    const at = placeNotices(size, area, [row]);
    expect(at.y).toBe(62);
    expect(overlaps(boxAt(at), row.box)).toBe(false);
  });

  it('when every spot covers something, never covers the component the notice is about', () => {
    // Components everywhere; the one the notice talks about sits at the bottom left.
    const everywhere: Obstacle[] = [
      { box: { x: 100, y: 50, w: 800, h: 600 }, weight: 1 },
      { box: { x: 100, y: 540, w: 320, h: 110 }, weight: 1e4 },
    ];
    const at = placeNotices(size, area, everywhere);
    expect(overlaps(boxAt(at), everywhere[1]!.box)).toBe(false);
  });

  it('stays where it is while that spot is free, instead of jumping to a lower one', () => {
    const blocker: Obstacle = { box: { x: 100, y: 400, w: 800, h: 250 }, weight: 1 };
    const first = placeNotices(size, area, [blocker]);
    expect(first.y).toBe(62);
    expect(placeNotices(size, area, [], first)).toEqual(first);
    // Outside a canvas grown smaller (a window resized): placed afresh.
    expect(placeNotices(size, { ...area, h: 300 }, [], { ...first, y: 500 }).y).toBe(258);
    // A notice more, a taller stack: placed afresh.
    expect(placeNotices({ w: 300, h: 160 }, area, [], first).y).toBe(478);
  });

  it('fits between the canvas parts: above the zoom controls when the bottom row is taken', () => {
    const parts: Obstacle[] = [
      { box: { x: 110, y: 560, w: 30, h: 80 }, weight: 1e3 }, // zoom controls
      { box: { x: 150, y: 600, w: 180, h: 40 }, weight: 1e3 }, // the trace button
      { box: { x: 640, y: 490, w: 250, h: 150 }, weight: 1e3 }, // the overview map
      { box: { x: 110, y: 60, w: 500, h: 40 }, weight: 1e3 }, // the legend
    ];
    const components: Obstacle = { box: { x: 200, y: 250, w: 600, h: 120 }, weight: 1 };
    const at = placeNotices(size, area, [...parts, components]);
    for (const o of [...parts, components]) expect(overlaps(boxAt(at), o.box)).toBe(false);
    expect(at.y).toBeGreaterThan(370);
  });

  it('keeps to the canvas when it is narrower than the stack', () => {
    const small: Box = { x: 0, y: 0, w: 200, h: 60 };
    const at = placeNotices(size, small, []);
    expect(Number.isFinite(at.x) && Number.isFinite(at.y)).toBe(true);
    expect(at.x).toBe(12);
    expect(at.y).toBe(12);
  });
});

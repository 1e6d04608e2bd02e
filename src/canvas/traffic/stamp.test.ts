import { describe, expect, it } from 'vitest';
import { over, stampRadius } from './stamp';

/** A straight-alpha RGBA pixel as a little-endian Uint32 (what a Uint32Array over ImageData reads). */
const rgba = (r: number, g: number, b: number, a: number) => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
const channels = (v: number) => [v & 255, (v >>> 8) & 255, (v >>> 16) & 255, v >>> 24];

describe('stamped glyphs', () => {
  it('composite source-over in straight alpha, as the canvas does', () => {
    // 40% blue over opaque red: 0.4 * blue + 0.6 * red, opaque.
    const out = channels(over(rgba(0, 0, 255, 102), 102, rgba(255, 0, 0, 255), 255));
    expect(out[3]).toBe(255);
    expect(out[0]).toBeCloseTo(153, -0.5);
    expect(out[2]).toBeCloseTo(102, -0.5);
    // Half over half of the same colour: the colour stays, alpha 0.75.
    const same = channels(over(rgba(37, 99, 235, 128), 128, rgba(37, 99, 235, 128), 128));
    expect(same.slice(0, 3)).toEqual([37, 99, 235]);
    expect(same[3]).toBeCloseTo(192, -0.5);
  });

  it('keep glyph sizes to a quarter pixel, so a zoom reuses a few sets', () => {
    expect(stampRadius(2.5)).toBe(2.5);
    expect(stampRadius(2.61)).toBe(2.5);
    expect(stampRadius(2.63)).toBe(2.75);
    expect(stampRadius(5)).toBe(5);
  });
});

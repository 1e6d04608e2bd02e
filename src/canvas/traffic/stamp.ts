/**
 * Writes small glyphs straight into the pixels of an ImageData and puts it on the canvas once per
 * frame. Each glyph kind, pass (ghost or not), size and half-pixel offset is drawn once with the
 * canvas's own path drawing into a tiny OffscreenCanvas and read back; a frame then copies those
 * pixels in JavaScript. Measured in bench:ui pan-200n-1000m (1,200 glyphs, software raster, no
 * GPU), main-thread CPU per frame, pairs of runs in one build: the glyphs as one path per kind cost
 * about 3 ms over drawing none; one drawImage of a cached bitmap per glyph 1 to 3 ms more than the
 * paths; stamped pixels 0.3 to 3 ms less than the paths (median 15.45 against 15.73 ms, 4 pairs of
 * 5 faster, load 3.6 to 5.5).
 */

/** Sub-pixel positions kept: glyphs land on the nearest half device pixel, as the eye needs for slow motion. */
const PHASES = 2;
/** Glyph radius is kept to a quarter CSS pixel, so a zoom gesture reuses a few sets of glyphs. */
const RADIUS_STEP = 0.25;
/** Sets of glyphs kept (radius, pixel ratio); more are dropped, the oldest first. */
const KEEP_SETS = 8;

export type DrawGlyph = (ctx: OffscreenCanvasRenderingContext2D, x: number, y: number, r: number) => void;

interface GlyphSet {
  /** Side of every glyph's square, device pixels. */
  size: number;
  /** Glyph pixels by (group, phase y, phase x); drawn on first use. */
  pixels: (Uint32Array | undefined)[];
  /** Each glyph's rows' first and last non-empty column, to skip the transparent corners. */
  spans: (Int16Array | undefined)[];
}

/** Whether this browser can stamp (it needs OffscreenCanvas); without it the painter draws paths. */
export const canStamp = (): boolean =>
  typeof OffscreenCanvas !== 'undefined' && typeof ImageData !== 'undefined';

/** The radius a glyph set is drawn at, for a wanted radius. */
export const stampRadius = (r: number): number => Math.round(r / RADIUS_STEP) * RADIUS_STEP;

export class GlyphStamper {
  private image: ImageData | null = null;
  private px = new Uint32Array(0);
  /** Which group wrote each pixel last (0: none), so a group's own glyphs unite as one path's would. */
  private owner = new Uint8Array(0);
  private sets = new Map<string, GlyphSet>();
  private set: GlyphSet | null = null;
  private dpr = 1;
  private r = 0;
  /** The box written in the last frame (device pixels), cleared before the next. */
  private x0 = 0;
  private y0 = 0;
  private x1 = 0;
  private y1 = 0;

  /**
   * `draw(group)` draws group `group`'s glyph (a kind and a pass) with the canvas's path API,
   * centred at (x, y) in CSS pixels: how it looks is decided there, in one place.
   */
  constructor(private readonly drawGroup: (group: number) => DrawGlyph) {}

  /** The glyphs drawn so far are no longer right (the theme's colours changed). */
  forget(): void {
    this.sets.clear();
    this.set = null;
  }

  /** Starts a frame on a canvas of `width` x `height` device pixels, glyphs of radius `r` CSS pixels. */
  begin(width: number, height: number, dpr: number, r: number): void {
    if (!this.image || this.image.width !== width || this.image.height !== height) {
      this.image = new ImageData(width, height);
      this.px = new Uint32Array(this.image.data.buffer);
      this.owner = new Uint8Array(width * height);
      this.x0 = this.y0 = this.x1 = this.y1 = 0;
    } else this.clearBox();
    const rr = stampRadius(r);
    const key = `${rr}/${dpr}`;
    let set = this.sets.get(key);
    if (!set) {
      const size = Math.ceil((2 * rr + 6) * dpr) + 2;
      set = { size, pixels: [], spans: [] };
      if (this.sets.size >= KEEP_SETS) this.sets.delete(this.sets.keys().next().value!);
      this.sets.set(key, set);
    }
    this.set = set;
    this.dpr = dpr;
    this.r = rr;
    this.x0 = width;
    this.y0 = height;
    this.x1 = 0;
    this.y1 = 0;
  }

  private clearBox(): void {
    const w = this.image!.width;
    for (let y = this.y0; y < this.y1; y++) {
      this.px.fill(0, y * w + this.x0, y * w + this.x1);
      this.owner.fill(0, y * w + this.x0, y * w + this.x1);
    }
  }

  private glyph(group: number, phase: number): number {
    const set = this.set!;
    const slot = group * PHASES * PHASES + phase;
    if (set.pixels[slot]) return slot;
    const size = set.size;
    const canvas = new OffscreenCanvas(size, size);
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const px = (phase % PHASES) / PHASES;
    const py = Math.floor(phase / PHASES) / PHASES;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    const half = size >> 1;
    this.drawGroup(group)(ctx, (half + px) / this.dpr, (half + py) / this.dpr, this.r);
    const pixels = new Uint32Array(ctx.getImageData(0, 0, size, size).data.buffer);
    const spans = new Int16Array(size * 2);
    for (let y = 0; y < size; y++) {
      let first = size;
      let last = -1;
      for (let x = 0; x < size; x++)
        if (pixels[y * size + x] !== 0) {
          if (first === size) first = x;
          last = x;
        }
      spans[2 * y] = first;
      spans[2 * y + 1] = last + 1;
    }
    set.pixels[slot] = pixels;
    set.spans[slot] = spans;
    return slot;
  }

  /**
   * Stamps `n` glyphs of one group (groups are stamped in the order a path painter would draw
   * them) at CSS-pixel positions. Pixels are straight-alpha RGBA, as ImageData holds them: a
   * group's own overlapping glyphs keep the stronger coverage (as one path filled once would);
   * over another group's they are composited source-over.
   */
  stamp(group: number, xs: Float32Array, ys: Float32Array, n: number): void {
    if (n === 0) return;
    const image = this.image!;
    const w = image.width;
    const h = image.height;
    const size = this.set!.size;
    const half = size >> 1;
    const px = this.px;
    const owner = this.owner;
    const tag = group + 1;
    const dpr = this.dpr;
    let bx0 = this.x0;
    let by0 = this.y0;
    let bx1 = this.x1;
    let by1 = this.y1;
    for (let i = 0; i < n; i++) {
      // The glyph's centre in device pixels, split into a whole pixel and a half-pixel phase.
      const cx = xs[i]! * dpr * PHASES;
      const cy = ys[i]! * dpr * PHASES;
      const qx = Math.round(cx);
      const qy = Math.round(cy);
      const fx = ((qx % PHASES) + PHASES) % PHASES;
      const fy = ((qy % PHASES) + PHASES) % PHASES;
      const slot = this.glyph(group, fy * PHASES + fx);
      const sp = this.set!.pixels[slot]!;
      const spans = this.set!.spans[slot]!;
      const gx = (qx - fx) / PHASES - half;
      const gy = (qy - fy) / PHASES - half;
      const left = Math.max(0, -gx);
      const right = Math.min(size, w - gx);
      const top = Math.max(0, -gy);
      const bottom = Math.min(size, h - gy);
      if (left >= right || top >= bottom) continue;
      if (gx + left < bx0) bx0 = gx + left;
      if (gx + right > bx1) bx1 = gx + right;
      if (gy + top < by0) by0 = gy + top;
      if (gy + bottom > by1) by1 = gy + bottom;
      for (let y = top; y < bottom; y++) {
        const from = Math.max(left, spans[2 * y]!);
        const to = Math.min(right, spans[2 * y + 1]!);
        let o = (gy + y) * w + gx + from;
        let s = y * size + from;
        for (let x = from; x < to; x++, o++, s++) {
          const v = sp[s]!;
          if (v === 0) continue;
          const d = px[o]!;
          if (d === 0) {
            px[o] = v;
            owner[o] = tag;
            continue;
          }
          const sa = v >>> 24;
          const da = d >>> 24;
          if (owner[o] === tag) {
            if (sa > da) px[o] = v;
            continue;
          }
          owner[o] = tag;
          if (sa === 255) {
            px[o] = v;
            continue;
          }
          px[o] = over(v, sa, d, da);
        }
      }
    }
    this.x0 = bx0;
    this.y0 = by0;
    this.x1 = bx1;
    this.y1 = by1;
  }

  /** Puts the frame's pixels on the canvas (only the box that has any; the canvas was cleared). */
  finish(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D): void {
    if (this.x1 <= this.x0 || this.y1 <= this.y0) return;
    ctx.putImageData(this.image!, 0, 0, this.x0, this.y0, this.x1 - this.x0, this.y1 - this.y0);
  }
}

/** Source-over of straight-alpha RGBA pixels (little-endian: A in the top byte). */
export function over(src: number, sa: number, dst: number, da: number): number {
  const inv = (da * (255 - sa)) / 255;
  const a = sa + inv;
  const mix = (shift: number) =>
    Math.round((((src >>> shift) & 255) * sa + ((dst >>> shift) & 255) * inv) / a) << shift;
  return ((Math.round(a) << 24) | mix(16) | mix(8) | mix(0)) >>> 0;
}

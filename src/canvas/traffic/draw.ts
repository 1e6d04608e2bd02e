import { MSG, type Snapshot } from '../../engine';
import { pointOnCurve, progress } from './geometry';

/** A 2D context on a page canvas (main-thread host) or on an OffscreenCanvas (worker host). */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * The colours messages are drawn in: one per kind (by MSG number; shapes differ too, so colour is
 * never the only cue), the count written on a filled glyph, and the ring round a followed message.
 */
export interface TrafficColors {
  kinds: readonly string[];
  onFill: string;
  halo: string;
}

/** The theme's custom properties for them (styles.css), in the same order. */
export const TRAFFIC_VARS = {
  kinds: ['--msg-request', '--msg-response', '--msg-event', '--msg-batch', '--msg-error'],
  onFill: '--msg-on-fill',
  halo: '--msg-halo',
} as const;

/** The light theme's values: for a canvas outside the page (a worker's) or a page without the styles. */
export const LIGHT_TRAFFIC: TrafficColors = {
  kinds: ['#2563eb', '#16a34a', '#d97706', '#7c3aed', '#dc2626'],
  onFill: '#fff',
  halo: '#0f172a',
};

/**
 * How much larger than usual every message is drawn: presentation mode sets it, for the back of
 * the room. Read each frame; glyphs of a new size are drawn once and stamped from then on.
 */
export const glyphs = { scale: 1 };

/** Past this many messages in flight, each wire shows grouped glyphs with counts instead of single dots. */
export const INDIVIDUAL_LIMIT = 1500;
const SEGMENTS = 10;
const KINDS = 5;

export interface ViewTransform {
  x: number;
  y: number;
  zoom: number;
}

/** Screen positions of the messages drawn last, for clicking on one to follow it. */
export interface DrawnMessages {
  count: number;
  x: Float32Array;
  y: Float32Array;
  id: Float64Array;
}

const pt = new Float64Array(2);

/**
 * Where message `i` is drawn along its wire (0 at the caller's end), or -1 once it has finished
 * its slowed-down trip; answers and errors travel back from the callee to the caller.
 */
function wirePosition(m: Snapshot['messages'], i: number, now: number, minDuration: number): number {
  const departs = m.departs[i]!;
  if (m.arrives[i]! <= now && now - departs >= minDuration) return -1;
  const u = progress(departs, m.arrives[i]!, now, minDuration);
  const kind = m.kind[i];
  return kind === MSG.response || kind === MSG.error ? 1 - u : u;
}

function shape(ctx: Context2D, kind: number, x: number, y: number, r: number): void {
  switch (kind) {
    case MSG.request:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
      return;
    case MSG.event:
      ctx.moveTo(x, y - r - 1);
      ctx.lineTo(x + r + 1, y);
      ctx.lineTo(x, y + r + 1);
      ctx.lineTo(x - r - 1, y);
      ctx.closePath();
      return;
    case MSG.batch:
      ctx.rect(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4);
      return;
    default:
      // Responses (rings) and errors (crosses) are stroked, see strokeKind.
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
  }
}

function cross(ctx: Context2D, x: number, y: number, r: number): void {
  ctx.moveTo(x - r, y - r);
  ctx.lineTo(x + r, y + r);
  ctx.moveTo(x + r, y - r);
  ctx.lineTo(x - r, y + r);
}

/** Fills or strokes one glyph of a kind at (x, y): the shapes the legend shows. */
function drawGlyph(ctx: Context2D, kind: number, x: number, y: number, r: number, color: string): void {
  ctx.beginPath();
  if (kind === MSG.error) cross(ctx, x, y, r);
  else shape(ctx, kind, x, y, r);
  if (kind === MSG.response || kind === MSG.error) {
    ctx.strokeStyle = color;
    ctx.lineWidth = kind === MSG.error ? 2.5 : 2.2;
    ctx.stroke();
  } else {
    ctx.fillStyle = color;
    ctx.fill();
  }
}

type Sprite = HTMLCanvasElement | OffscreenCanvas;

/**
 * Glyphs drawn once per kind and size, then stamped with drawImage: with a software canvas,
 * stamping thousands of small images costs far less than building and filling as many paths.
 */
class GlyphSprites {
  private cache = new Map<number, Sprite>();
  private scale = 1;
  colors: readonly string[] = LIGHT_TRAFFIC.kinds;

  setColors(colors: readonly string[]): void {
    this.colors = colors;
    this.cache.clear();
  }

  setScale(scale: number): void {
    if (scale === this.scale) return;
    this.scale = scale;
    this.cache.clear();
  }

  stamp(ctx: Context2D, kind: number, x: number, y: number, r: number): void {
    const radius = Math.max(0.5, Math.round(r * 2) / 2);
    const half = radius + 4;
    const key = kind * 1000 + radius * 10;
    let sprite = this.cache.get(key);
    if (!sprite) {
      const size = Math.ceil(half * 2 * this.scale);
      sprite =
        typeof OffscreenCanvas !== 'undefined'
          ? new OffscreenCanvas(size, size)
          : Object.assign(document.createElement('canvas'), { width: size, height: size });
      const g = sprite.getContext('2d') as Context2D | null;
      if (g) {
        g.scale(this.scale, this.scale);
        drawGlyph(g, kind, half, half, radius, this.colors[kind]!);
      }
      this.cache.set(key, sprite);
    }
    ctx.drawImage(sprite, x - half, y - half, half * 2, half * 2);
  }
}

/** Reusable buffers so a frame allocates nothing once warmed up. */
export class TrafficPainter {
  private xs: Float32Array[] = [];
  private ys: Float32Array[] = [];
  private counts = new Int32Array(KINDS);
  private ghostCounts = new Int32Array(KINDS);
  private readonly sprites = new GlyphSprites();
  private cells = new Int32Array(0);
  private colors: TrafficColors = LIGHT_TRAFFIC;
  readonly drawn: DrawnMessages = {
    count: 0,
    x: new Float32Array(0),
    y: new Float32Array(0),
    id: new Float64Array(0),
  };

  private ensure(n: number): void {
    if ((this.xs[0]?.length ?? 0) >= n) return;
    const size = Math.max(256, n * 2);
    this.xs = Array.from({ length: 2 * KINDS }, () => new Float32Array(size));
    this.ys = Array.from({ length: 2 * KINDS }, () => new Float32Array(size));
    this.drawn.x = new Float32Array(size);
    this.drawn.y = new Float32Array(size);
    this.drawn.id = new Float64Array(size);
  }

  /** The theme's colours; the glyphs are drawn anew in them (once per theme change, not per frame). */
  setColors(colors: TrafficColors): void {
    this.colors = colors;
    this.sprites.setColors(colors.kinds);
  }

  /** Device pixels per CSS pixel, so the stamped glyphs stay sharp. */
  setPixelRatio(ratio: number): void {
    this.sprites.setScale(ratio);
  }

  private stampAll(
    ctx: Context2D,
    kind: number,
    xs: Float32Array,
    ys: Float32Array,
    n: number,
    r: number,
  ): void {
    for (let i = 0; i < n; i++) this.sprites.stamp(ctx, kind, xs[i]!, ys[i]!, r);
  }

  /** Draws every message of the snapshot at virtual time `now`, in screen space. */
  paint(
    ctx: Context2D,
    snap: Snapshot,
    now: number,
    curves: Float64Array,
    view: ViewTransform,
    batchLabels: boolean,
    minDuration = 0,
  ): void {
    const m = snap.messages;
    const edgeCount = curves.length / 8;
    if (m.count > INDIVIDUAL_LIMIT) {
      this.paintAggregated(ctx, snap, now, curves, view, edgeCount, minDuration);
      return;
    }
    this.ensure(m.count);
    this.counts.fill(0);
    this.ghostCounts.fill(0);
    const r = Math.max(2.5, Math.min(5, 4.5 * Math.sqrt(view.zoom))) * glyphs.scale;
    let drawn = 0;
    for (let i = 0; i < m.count; i++) {
      const edge = m.edge[i]!;
      if (edge < 0 || edge >= edgeCount) continue;
      const kind = m.kind[i]!;
      const u = wirePosition(m, i, now, minDuration);
      if (u < 0) continue;
      // A message that has already arrived but is drawn slowed down for the eye: a faded "ghost".
      const ghost = m.arrives[i]! <= now;
      pointOnCurve(curves, edge, u, pt);
      const sx = pt[0]! * view.zoom + view.x;
      const sy = pt[1]! * view.zoom + view.y;
      const k = kind < KINDS ? kind : 0;
      const counts = ghost ? this.ghostCounts : this.counts;
      const slot = ghost ? k + KINDS : k;
      const c = counts[k]!;
      this.xs[slot]![c] = sx;
      this.ys[slot]![c] = sy;
      counts[k] = c + 1;
      this.drawn.x[drawn] = sx;
      this.drawn.y[drawn] = sy;
      this.drawn.id[drawn] = m.id[i]!;
      drawn++;
    }
    this.drawn.count = drawn;
    ctx.globalAlpha = 0.4;
    for (let k = 0; k < KINDS; k++)
      this.stampAll(ctx, k, this.xs[k + KINDS]!, this.ys[k + KINDS]!, this.ghostCounts[k]!, r);
    ctx.globalAlpha = 1;
    for (let k = 0; k < KINDS; k++) this.stampAll(ctx, k, this.xs[k]!, this.ys[k]!, this.counts[k]!, r);
    if (batchLabels && this.counts[MSG.batch]! + this.ghostCounts[MSG.batch]! > 0)
      this.labelBatches(ctx, snap, now, curves, view, edgeCount, r, minDuration);
  }

  private labelBatches(
    ctx: Context2D,
    snap: Snapshot,
    now: number,
    curves: Float64Array,
    view: ViewTransform,
    edgeCount: number,
    r: number,
    minDuration: number,
  ): void {
    const m = snap.messages;
    ctx.fillStyle = this.colors.onFill;
    ctx.font = `600 ${Math.round(r + 4)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let i = 0; i < m.count; i++) {
      if (m.kind[i] !== MSG.batch || m.edge[i]! >= edgeCount) continue;
      if (m.arrives[i]! <= now && now - m.departs[i]! >= minDuration) continue;
      pointOnCurve(curves, m.edge[i]!, progress(m.departs[i]!, m.arrives[i]!, now, minDuration), pt);
      ctx.fillText(String(m.items[i]), pt[0]! * view.zoom + view.x, pt[1]! * view.zoom + view.y + 0.5);
    }
  }

  /** Rings the followed message so the eye can keep track of it. */
  halo(ctx: Context2D, id: number | null): void {
    if (id === null) return;
    const d = this.drawn;
    const r = 9 * glyphs.scale;
    ctx.beginPath();
    for (let i = 0; i < d.count; i++) {
      if (d.id[i] !== id) continue;
      ctx.moveTo(d.x[i]! + r, d.y[i]!);
      ctx.arc(d.x[i]!, d.y[i]!, r, 0, Math.PI * 2);
    }
    ctx.strokeStyle = this.colors.halo;
    ctx.lineWidth = 2;
    ctx.stroke();
  }

  /** Too many to draw one by one: group by wire, kind and tenth of the wire, and draw a sized glyph with its count. */
  private paintAggregated(
    ctx: Context2D,
    snap: Snapshot,
    now: number,
    curves: Float64Array,
    view: ViewTransform,
    edgeCount: number,
    minDuration: number,
  ): void {
    const m = snap.messages;
    const size = edgeCount * KINDS * SEGMENTS;
    if (this.cells.length < size) this.cells = new Int32Array(size);
    else this.cells.fill(0, 0, size);
    for (let i = 0; i < m.count; i++) {
      const edge = m.edge[i]!;
      if (edge < 0 || edge >= edgeCount) continue;
      const kind = m.kind[i]! < KINDS ? m.kind[i]! : 0;
      const u = wirePosition(m, i, now, minDuration);
      if (u < 0) continue;
      const seg = Math.min(SEGMENTS - 1, (u * SEGMENTS) | 0);
      this.cells[(edge * KINDS + kind) * SEGMENTS + seg]!++;
    }
    this.drawn.count = 0;
    const scale = Math.min(1, Math.max(0.45, view.zoom)) * glyphs.scale;
    ctx.font = `600 ${Math.round(10 * glyphs.scale)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let kind = 0; kind < KINDS; kind++) {
      const labels: [number, number, number][] = [];
      for (let edge = 0; edge < edgeCount; edge++) {
        for (let seg = 0; seg < SEGMENTS; seg++) {
          const n = this.cells[(edge * KINDS + kind) * SEGMENTS + seg]!;
          if (n === 0) continue;
          pointOnCurve(curves, edge, (seg + 0.5) / SEGMENTS, pt);
          const x = pt[0]! * view.zoom + view.x;
          const y = pt[1]! * view.zoom + view.y;
          // Sized by count, and with the view: far out, glyphs shrink with the wires they sit on.
          const r = Math.min(11, 3 + 2 * Math.log2(n + 1)) * scale;
          this.sprites.stamp(ctx, kind, x, y, r);
          if (n > 1 && r >= 7 * glyphs.scale) labels.push([x, y, n]);
        }
      }
      ctx.fillStyle =
        kind === MSG.response || kind === MSG.error ? this.colors.kinds[kind]! : this.colors.onFill;
      for (const [x, y, n] of labels)
        ctx.fillText(n > 999 ? `${Math.round(n / 100) / 10}k` : String(n), x, y + 0.5);
    }
  }
}

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
  /** The canvas's size in CSS pixels: glyphs outside it are skipped. */
  width: number;
  height: number;
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
      // Responses (rings) and errors (crosses) are stroked, see finishKind.
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

/** Adds one glyph of a kind at (x, y) to the current path: the shapes the legend shows. */
function addGlyph(ctx: Context2D, kind: number, x: number, y: number, r: number): void {
  if (kind === MSG.error) cross(ctx, x, y, r);
  else shape(ctx, kind, x, y, r);
}

/** Fills (requests, events, batches) or strokes (responses' rings, errors' crosses) the current path in a kind's colour. */
function finishKind(ctx: Context2D, kind: number, color: string): void {
  if (kind === MSG.response || kind === MSG.error) {
    ctx.strokeStyle = color;
    ctx.lineWidth = kind === MSG.error ? 2.5 : 2.2;
    ctx.stroke();
  } else {
    ctx.fillStyle = color;
    ctx.fill();
  }
}

/** Reusable buffers so a frame allocates nothing once warmed up. */
export class TrafficPainter {
  private xs: Float32Array[] = [];
  private ys: Float32Array[] = [];
  private counts = new Int32Array(KINDS);
  private ghostCounts = new Int32Array(KINDS);
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

  /** The theme's colours (read once per theme change, not per frame). */
  setColors(colors: TrafficColors): void {
    this.colors = colors;
  }

  /**
   * All glyphs of one kind as one path, filled or stroked once: the canvas records a handful of
   * operations per frame instead of one drawImage per message, which cost the main thread about
   * 2 µs each here (measured: 1,200 stamped sprites 2.6 to 7 ms per frame, the same glyphs as
   * one path per kind about 0.3 ms over an empty frame).
   */
  private drawKind(
    ctx: Context2D,
    kind: number,
    xs: Float32Array,
    ys: Float32Array,
    n: number,
    r: number,
  ): void {
    if (n === 0) return;
    ctx.beginPath();
    for (let i = 0; i < n; i++) addGlyph(ctx, kind, xs[i]!, ys[i]!, r);
    finishKind(ctx, kind, this.colors.kinds[kind]!);
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
    // Messages off the canvas are not drawn (nor clickable); the margin keeps a glyph on the edge.
    const pad = 12 * glyphs.scale;
    const right = view.width + pad;
    const bottom = view.height + pad;
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
      if (sx < -pad || sy < -pad || sx > right || sy > bottom) continue;
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
      this.drawKind(ctx, k, this.xs[k + KINDS]!, this.ys[k + KINDS]!, this.ghostCounts[k]!, r);
    ctx.globalAlpha = 1;
    for (let k = 0; k < KINDS; k++) this.drawKind(ctx, k, this.xs[k]!, this.ys[k]!, this.counts[k]!, r);
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
    const pad = 12 * glyphs.scale;
    for (let kind = 0; kind < KINDS; kind++) {
      const labels: [number, number, number][] = [];
      ctx.beginPath();
      let any = false;
      for (let edge = 0; edge < edgeCount; edge++) {
        for (let seg = 0; seg < SEGMENTS; seg++) {
          const n = this.cells[(edge * KINDS + kind) * SEGMENTS + seg]!;
          if (n === 0) continue;
          pointOnCurve(curves, edge, (seg + 0.5) / SEGMENTS, pt);
          const x = pt[0]! * view.zoom + view.x;
          const y = pt[1]! * view.zoom + view.y;
          // Sized by count, and with the view: far out, glyphs shrink with the wires they sit on.
          const r = Math.min(11, 3 + 2 * Math.log2(n + 1)) * scale;
          if (x < -r - pad || y < -r - pad || x > view.width + r + pad || y > view.height + r + pad) continue;
          addGlyph(ctx, kind, x, y, r);
          any = true;
          if (n > 1 && r >= 7 * glyphs.scale) labels.push([x, y, n]);
        }
      }
      if (any) finishKind(ctx, kind, this.colors.kinds[kind]!);
      ctx.fillStyle =
        kind === MSG.response || kind === MSG.error ? this.colors.kinds[kind]! : this.colors.onFill;
      for (const [x, y, n] of labels)
        ctx.fillText(n > 999 ? `${Math.round(n / 100) / 10}k` : String(n), x, y + 0.5);
    }
  }
}

import type { Snapshot } from '../../engine';
import type { TrafficDrawer } from '../../run/drawing';
import { sameIds } from '../../run/framePacking';
import type { RunFrame } from '../../run/protocol';
import { themeColors } from '../themeColors';
import {
  type Context2D,
  glyphs,
  LIGHT_TRAFFIC,
  TRAFFIC_VARS,
  type TrafficColors,
  TrafficPainter,
  type ViewTransform,
} from './draw';

const HIT_RADIUS = 12;

/** The theme's message colours as styled on the page's canvas; a worker's canvas keeps the light ones. */
function trafficColors(canvas: HTMLCanvasElement | OffscreenCanvas): TrafficColors {
  if (typeof HTMLCanvasElement === 'undefined' || !(canvas instanceof HTMLCanvasElement))
    return LIGHT_TRAFFIC;
  const vars: Record<string, string> = { onFill: TRAFFIC_VARS.onFill, halo: TRAFFIC_VARS.halo };
  const fallback: Record<string, string> = { onFill: LIGHT_TRAFFIC.onFill, halo: LIGHT_TRAFFIC.halo };
  TRAFFIC_VARS.kinds.forEach((name, kind) => {
    vars[kind] = name;
    fallback[kind] = LIGHT_TRAFFIC.kinds[kind]!;
  });
  const c = themeColors(vars, fallback, canvas);
  return { kinds: TRAFFIC_VARS.kinds.map((_, kind) => c[kind]!), onFill: c.onFill!, halo: c.halo! };
}

/**
 * Draws the moving messages of the latest snapshot onto one canvas: wires' geometry and the view
 * transform come from the page, messages from the engine's snapshots. It takes any 2D context, so
 * it could also draw on an OffscreenCanvas in a worker (measured slower here, see docs).
 */
export class TrafficRenderer implements TrafficDrawer {
  private readonly painter = new TrafficPainter();
  private readonly view: ViewTransform = { x: 0, y: 0, zoom: 1, width: 0, height: 0 };
  private curvesById = new Map<string, number>();
  private pageCurves: Float64Array = new Float64Array(0);
  private simCurves: Float64Array = new Float64Array(0);
  private mappedFor: readonly string[] | null = null;
  private width = 0;
  private height = 0;
  private dpr = 1;
  private followed: number | null = null;
  private blank = true;

  constructor(
    private readonly canvas: HTMLCanvasElement | OffscreenCanvas,
    private readonly ctx: Context2D,
  ) {
    this.refreshColors();
  }

  /** Reads the theme's colours again (the theme changed); the next frame draws in them. */
  refreshColors(): void {
    this.painter.setColors(trafficColors(this.canvas));
  }

  resize(width: number, height: number, dpr: number): void {
    this.width = width;
    this.height = height;
    this.dpr = dpr;
    this.view.width = width;
    this.view.height = height;
    this.canvas.width = Math.round(width * dpr);
    this.canvas.height = Math.round(height * dpr);
    this.blank = true;
  }

  setView(view: { x: number; y: number; zoom: number }): void {
    this.view.x = view.x;
    this.view.y = view.y;
    this.view.zoom = view.zoom;
  }

  /** Wire geometry by edge id: 8 numbers per wire (source, two control points, target). */
  setCurves(ids: readonly string[], curves: Float64Array): void {
    this.curvesById = new Map(ids.map((id, i) => [id, i]));
    this.pageCurves = curves;
    this.mappedFor = null;
  }

  follow(id: number | null): void {
    this.followed = id;
  }

  /**
   * The simulation numbers its wires itself; reorder the page's geometry to match once per change.
   * Every frame from the worker brings a new copy of the same ids, so they are compared, not the array.
   */
  private curvesFor(edgeIds: readonly string[]): Float64Array {
    if (sameIds(this.mappedFor, edgeIds)) {
      this.mappedFor = edgeIds;
      return this.simCurves;
    }
    const out = new Float64Array(edgeIds.length * 8);
    edgeIds.forEach((id, i) => {
      const j = this.curvesById.get(id);
      if (j !== undefined) out.set(this.pageCurves.subarray(j * 8, j * 8 + 8), i * 8);
    });
    this.simCurves = out;
    this.mappedFor = edgeIds;
    return out;
  }

  /** Draws `snapshot` at virtual time `now`; hops shorter than `minDuration` virtual ms are slowed to it. */
  render(snapshot: Snapshot | null, edgeIds: RunFrame['edgeIds'], now: number, minDuration = 0): void {
    const ctx = this.ctx;
    if (!snapshot || snapshot.messages.count === 0) {
      if (!this.blank) {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
        this.painter.drawn.count = 0;
        this.blank = true;
      }
      return;
    }
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    this.painter.paint(
      ctx,
      snapshot,
      now,
      this.curvesFor(edgeIds),
      this.view,
      this.view.zoom > 0.6,
      minDuration,
    );
    this.painter.halo(ctx, this.followed);
    this.blank = false;
  }

  /** The trace id of the message drawn nearest to a point on the canvas, if one is close enough. */
  hit(x: number, y: number): number | null {
    const d = this.painter.drawn;
    let best: number | null = null;
    let bestD = (HIT_RADIUS * glyphs.scale) ** 2;
    for (let i = 0; i < d.count; i++) {
      const dist = (d.x[i]! - x) ** 2 + (d.y[i]! - y) ** 2;
      if (dist < bestD) {
        bestD = dist;
        best = d.id[i]!;
      }
    }
    return best;
  }

  /** How many messages the last frame drew one by one (benchmarks and tests read it). */
  get drawnCount(): number {
    return this.painter.drawn.count;
  }
}

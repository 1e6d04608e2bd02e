import { type InternalNode, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { latestFrame, useRun } from '../../run/controller';
import { useDiagram } from '../../store/diagram';
import { type DrawnMessages, TrafficPainter } from './draw';
import { type HandlePoint, writeEdgeCurve } from './geometry';

const noPoint: HandlePoint = { x: 0, y: 0 };

function handlePoint(node: InternalNode | undefined, side: 'source' | 'target'): HandlePoint | null {
  if (!node) return null;
  const pos = node.internals.positionAbsolute;
  const h = node.internals.handleBounds?.[side]?.[0];
  const w = node.measured.width ?? 0;
  const hgt = node.measured.height ?? 0;
  if (!h) return side === 'source' ? { x: pos.x + w, y: pos.y + hgt / 2 } : { x: pos.x, y: pos.y + hgt / 2 };
  return side === 'source'
    ? { x: pos.x + h.x + h.width, y: pos.y + h.y + h.height / 2 }
    : { x: pos.x + h.x, y: pos.y + h.y + h.height / 2 };
}

/** The messages drawn in the last frame, for hit-testing a click. */
export const lastDrawn: { current: DrawnMessages | null } = { current: null };

/**
 * Moving messages, drawn on one <canvas> over the React Flow viewport in a requestAnimationFrame
 * loop that reads the latest engine frame directly (never through React state).
 */
export function TrafficLayer() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rf = useStoreApi();
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const painter = new TrafficPainter();
    lastDrawn.current = painter.drawn;
    let curves = new Float64Array(0);
    let raf = 0;
    let cleared = true;
    const frame = () => {
      raf = requestAnimationFrame(frame);
      const latest = latestFrame();
      const snap = latest?.frame.snapshot;
      const dpr = globalThis.devicePixelRatio || 1;
      const w = canvas.clientWidth;
      const h = canvas.clientHeight;
      if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
        canvas.width = Math.round(w * dpr);
        canvas.height = Math.round(h * dpr);
        cleared = true;
      }
      if (!latest || !snap || snap.messages.count === 0) {
        if (!cleared) {
          ctx.setTransform(1, 0, 0, 1, 0, 0);
          ctx.clearRect(0, 0, canvas.width, canvas.height);
          painter.drawn.count = 0;
          cleared = true;
        }
        return;
      }
      const { transform, nodeLookup } = rf.getState();
      const edgeIds = latest.frame.edgeIds;
      if (curves.length !== edgeIds.length * 8) curves = new Float64Array(edgeIds.length * 8);
      const edgesById = edgeIndex();
      for (let i = 0; i < edgeIds.length; i++) {
        const e = edgesById.get(edgeIds[i]!);
        const s = e ? handlePoint(nodeLookup.get(e.source), 'source') : null;
        const t = e ? handlePoint(nodeLookup.get(e.target), 'target') : null;
        writeEdgeCurve(curves, i, s ?? noPoint, t ?? s ?? noPoint);
      }
      const f = latest.frame;
      const running = f.status === 'running';
      // Between engine frames, carry the clock forward so motion stays smooth at any speed.
      const ahead = running
        ? Math.min((performance.now() - latest.receivedAt) * f.achievedSpeed, 100 * f.achievedSpeed)
        : 0;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, w, h);
      painter.paint(
        ctx,
        snap,
        f.now + ahead,
        curves,
        { x: transform[0], y: transform[1], zoom: transform[2] },
        transform[2] > 0.6,
      );
      painter.halo(ctx, useRun.getState().followed);
      cleared = false;
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [rf]);
  return <canvas ref={canvasRef} className="traffic-layer" data-testid="traffic-layer" />;
}

let cachedEdges: unknown = null;
let cachedIndex = new Map<string, { source: string; target: string }>();
function edgeIndex(): Map<string, { source: string; target: string }> {
  const edges = useDiagram.getState().edges;
  if (edges !== cachedEdges) {
    cachedEdges = edges;
    cachedIndex = new Map(edges.map((e) => [e.id, e]));
  }
  return cachedIndex;
}

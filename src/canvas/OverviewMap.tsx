import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { CATALOGUE, type DiagramNode } from '../model';
import { useTheme } from '../store/theme';
import {
  centredOn,
  fitFrame,
  type MapFrame,
  type Rect,
  sameFrame,
  toMap,
  toPlane,
  union,
  viewRect,
  wheelZoom,
} from './overviewMath';
import { themeColors } from './themeColors';

const WIDTH = 200;
const HEIGHT = 150;
/** A node not measured yet (culled, far off screen) is drawn at about a component's size. */
const FALLBACK_SIZE = { width: 180, height: 80 };
/** A keyboard step moves the view by this share of what it shows; + and − zoom by ZOOM_STEP. */
const PAN_STEP = 0.1;
const ZOOM_STEP = 1.2;

const MAP_VARS = { mask: '--border', view: '--primary' } as const;
const MAP_FALLBACK = { mask: '#e2e8f0', view: '#2563eb' };

interface NodeBox extends Rect {
  color: string;
}

/** Each kind's accent as the stylesheet has it in this theme (a rule may lift one in dark). */
function kindColors(host: HTMLElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const [kind, spec] of Object.entries(CATALOGUE)) {
    const probe = document.createElement('span');
    probe.dataset.kind = kind;
    probe.style.setProperty('--accent', spec.color);
    probe.hidden = true;
    host.append(probe);
    out.set(kind, getComputedStyle(probe).getPropertyValue('--accent').trim() || spec.color);
    probe.remove();
  }
  return out;
}

/**
 * The overview map: the whole diagram small, with the part on screen outlined. React Flow's
 * <MiniMap> re-rendered one SVG rectangle per node on every frame of a pan; here the nodes are
 * drawn once into a bitmap (again only when nodes, their places or sizes, or the theme change, or
 * when the view leaves what the map shows), and a pan frame only stamps that bitmap and draws the
 * view's outline, in an animation frame, never through React state.
 *
 * Drag in it to move the view (a press outside the outline centres the view there first), turn the
 * wheel over it to zoom; focused, the arrow keys move the view and + and − zoom.
 */
export function OverviewMap() {
  const t = useT();
  const rf = useStoreApi();
  const flow = useReactFlow();
  const hostRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  /** The frame of the picture on screen, for turning pointer positions into plane points. */
  const shown = useRef<MapFrame | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!host || !canvas || !ctx) return;
    const dpr = globalThis.devicePixelRatio || 1;
    canvas.width = Math.round(WIDTH * dpr);
    canvas.height = Math.round(HEIGHT * dpr);
    const bitmap = document.createElement('canvas');
    bitmap.width = canvas.width;
    bitmap.height = canvas.height;
    const base = bitmap.getContext('2d');
    if (!base) return;

    let colors = themeColors(MAP_VARS, MAP_FALLBACK, host);
    let kinds = kindColors(host);
    let nodesSeen: unknown = null;
    let boxes: NodeBox[] = [];
    let bounds: Rect | null = null;
    let drawnFor: MapFrame | null = null;
    let raf = 0;

    const collect = () => {
      const { nodeLookup } = rf.getState();
      boxes = [];
      bounds = null;
      for (const n of nodeLookup.values()) {
        const p = n.internals.positionAbsolute;
        const width = n.measured.width ?? n.width ?? FALLBACK_SIZE.width;
        const height = n.measured.height ?? n.height ?? FALLBACK_SIZE.height;
        const kind = (n.data as { node?: DiagramNode } | undefined)?.node?.kind;
        const box = { x: p.x, y: p.y, width, height, color: (kind && kinds.get(kind)) || colors.mask };
        boxes.push(box);
        bounds = union(bounds, box);
      }
      drawnFor = null;
    };

    const drawBitmap = (frame: MapFrame) => {
      base.setTransform(dpr, 0, 0, dpr, 0, 0);
      base.clearRect(0, 0, WIDTH, HEIGHT);
      for (const b of boxes) {
        const r = toMap(frame, b);
        base.fillStyle = b.color;
        base.fillRect(r.x, r.y, Math.max(1, r.width), Math.max(1, r.height));
      }
      drawnFor = frame;
    };

    const paint = () => {
      raf = 0;
      const s = rf.getState();
      if (s.nodes !== nodesSeen) {
        nodesSeen = s.nodes;
        collect();
      }
      const view = viewRect(s.transform, s.width, s.height);
      const frame = fitFrame(union(bounds, view), WIDTH, HEIGHT);
      if (!sameFrame(drawnFor, frame)) drawBitmap(frame);
      shown.current = frame;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, 0, 0);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const v = toMap(frame, view);
      // Shade everything but the view, then outline it.
      ctx.beginPath();
      ctx.rect(0, 0, WIDTH, HEIGHT);
      ctx.rect(v.x, v.y, v.width, v.height);
      ctx.globalAlpha = 0.6;
      ctx.fillStyle = colors.mask;
      ctx.fill('evenodd');
      ctx.globalAlpha = 1;
      ctx.strokeStyle = colors.view;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(v.x, v.y, v.width, v.height);
    };
    const schedule = () => {
      if (!raf) raf = requestAnimationFrame(paint);
    };

    paint();
    const unsubscribeFlow = rf.subscribe((s, before) => {
      if (
        s.transform !== before.transform ||
        s.nodes !== before.nodes ||
        s.width !== before.width ||
        s.height !== before.height
      )
        schedule();
    });
    const unsubscribeTheme = useTheme.subscribe((s, before) => {
      if (s.theme === before.theme) return;
      colors = themeColors(MAP_VARS, MAP_FALLBACK, host);
      kinds = kindColors(host);
      nodesSeen = null;
      schedule();
    });

    // The wheel zooms about the view's centre; not passive, so the page does not scroll instead.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const s = rf.getState();
      const zoom = wheelZoom(s.transform[2], e.deltaY, s.minZoom, s.maxZoom);
      const v = viewRect(s.transform, s.width, s.height);
      void flow.setViewport(centredOn(v.x + v.width / 2, v.y + v.height / 2, zoom, s.width, s.height));
    };
    host.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      cancelAnimationFrame(raf);
      unsubscribeFlow();
      unsubscribeTheme();
      host.removeEventListener('wheel', onWheel);
    };
  }, [rf, flow]);

  /** Where a pointer is on the plane, by the picture on screen. */
  const planeAt = (e: React.PointerEvent, frame: MapFrame) => {
    const r = canvasRef.current!.getBoundingClientRect();
    return toPlane(frame, e.clientX - r.left, e.clientY - r.top);
  };
  const centreView = (cx: number, cy: number, zoom?: number) => {
    const s = rf.getState();
    void flow.setViewport(centredOn(cx, cy, zoom ?? s.transform[2], s.width, s.height));
  };
  /** While dragging: the frame at the press (so the map rescaling under the pointer cannot jump) and the grab offset. */
  const drag = useRef<{ frame: MapFrame; dx: number; dy: number; pointer: number } | null>(null);

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    const frame = shown.current;
    if (e.button !== 0 || !frame) return;
    e.preventDefault();
    e.currentTarget.focus({ preventScroll: true });
    e.currentTarget.setPointerCapture(e.pointerId);
    const s = rf.getState();
    const v = viewRect(s.transform, s.width, s.height);
    const p = planeAt(e, frame);
    const inside = p.x >= v.x && p.x <= v.x + v.width && p.y >= v.y && p.y <= v.y + v.height;
    // Grabbing the outline keeps the grab point under the pointer; elsewhere the view jumps there.
    const dx = inside ? v.x + v.width / 2 - p.x : 0;
    const dy = inside ? v.y + v.height / 2 - p.y : 0;
    drag.current = { frame, dx, dy, pointer: e.pointerId };
    if (!inside) centreView(p.x, p.y);
  };
  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    const p = planeAt(e, d.frame);
    centreView(p.x + d.dx, p.y + d.dy);
  };
  const endDrag = (e: React.PointerEvent<HTMLDivElement>) => {
    if (drag.current?.pointer === e.pointerId) drag.current = null;
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const s = rf.getState();
    const v = viewRect(s.transform, s.width, s.height);
    let cx = v.x + v.width / 2;
    let cy = v.y + v.height / 2;
    let zoom = s.transform[2];
    if (e.key === 'ArrowLeft') cx -= v.width * PAN_STEP;
    else if (e.key === 'ArrowRight') cx += v.width * PAN_STEP;
    else if (e.key === 'ArrowUp') cy -= v.height * PAN_STEP;
    else if (e.key === 'ArrowDown') cy += v.height * PAN_STEP;
    else if (e.key === '+' || e.key === '=') zoom = Math.min(s.maxZoom, zoom * ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') zoom = Math.max(s.minZoom, zoom / ZOOM_STEP);
    else return;
    // The map's keys are the map's, not the editor's shortcuts.
    e.preventDefault();
    e.stopPropagation();
    centreView(cx, cy, zoom);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a named group that is one control, not a form's fieldset.
    <div
      ref={hostRef}
      className="react-flow__panel react-flow__minimap bottom right overview-map"
      role="group"
      aria-label={t('canvas.minimap')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: it takes keys (arrows move the view, + and − zoom); no interactive role fits a 2D view control.
      tabIndex={0}
      data-testid="overview-map"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    >
      <canvas ref={canvasRef} className="overview-map__canvas" />
    </div>
  );
}

import { getViewportForBounds, type Viewport } from '@xyflow/react';
import type { DiagramNode } from '../model';
import { FAR_ZOOM } from './ComponentNode';
import type { FitPadding } from './fitBeside';
import { NODE_SIZE } from './placement';

/**
 * A component's box far out (`.component-node.is-far` in styles.css: 184 px wide, 14 px padding
 * above and below a 22 px label at line height 1.4). Every kind is the same size there.
 */
export const FAR_NODE_SIZE = { width: 184, height: 59 } as const;

/** How an opened diagram is fitted (the same options go to React Flow's `fitView` once it has measured). */
export const OPEN_FIT = { padding: 0.15, maxZoom: 1 } as const;

export interface FitOptions {
  padding: number | FitPadding;
  minZoom: number;
  maxZoom: number;
}

/**
 * Room above an opened diagram for the notice that says it was opened (12 px below the canvas's
 * top, about 42 px tall, then a gap): without it a diagram fitted far out had its top row under
 * the notice, since the usual padding leaves about 43 px there in an 800 px window.
 */
const NOTICE_ROOM_PX = 64;

/** The pixels React Flow's `fitView` leaves on each side of a `size`-long canvas for a padding fraction. */
const paddingPx = (fraction: number, size: number) => Math.floor((size - size / (1 + fraction)) * 0.5);

/** The padding an opened diagram is fitted with: `OPEN_FIT`'s, with room for the opening notice on top. */
export function openingPadding(pane: { width: number; height: number }): FitPadding {
  const x = paddingPx(OPEN_FIT.padding, pane.width);
  const y = paddingPx(OPEN_FIT.padding, pane.height);
  return { top: `${Math.max(y, NOTICE_ROOM_PX)}px`, right: `${x}px`, bottom: `${y}px`, left: `${x}px` };
}

function boundsOf(nodes: readonly DiagramNode[], size: { width: number; height: number }) {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const { position: p } of nodes) {
    left = Math.min(left, p.x);
    top = Math.min(top, p.y);
    right = Math.max(right, p.x + size.width);
    bottom = Math.max(bottom, p.y + size.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The view `fitView` will choose for these nodes once React Flow has measured them, worked out
 * before they are rendered from the size each will have: at the zoom a full-size fit gives, a
 * diagram that far out draws every component as a block of `FAR_NODE_SIZE`, so it is fitted
 * again at that size. Set before the diagram's first render, the canvas draws it once, already
 * far out and in place, instead of at the link's zoom first (hundreds of full components, most
 * off screen) and again after the fit. Only the outermost boxes' sizes matter to the bounds, so
 * the estimate of a full-size component (`NODE_SIZE`) is close enough there; the measured fit
 * that follows corrects the rest. `null` when there is nothing to fit or no canvas to fit into.
 */
export function estimatedFit(
  nodes: readonly DiagramNode[],
  pane: { width: number; height: number },
  options: FitOptions,
): Viewport | null {
  if (nodes.length === 0 || !(pane.width > 0) || !(pane.height > 0)) return null;
  const fitAt = (size: { width: number; height: number }) =>
    getViewportForBounds(
      boundsOf(nodes, size),
      pane.width,
      pane.height,
      options.minZoom,
      options.maxZoom,
      options.padding,
    );
  const full = fitAt(NODE_SIZE);
  if (full.zoom >= FAR_ZOOM) return full;
  const far = fitAt(FAR_NODE_SIZE);
  // Blocks are smaller, so their fit is a little closer; if that crosses back to full size, the
  // full-size fit is the one that holds the whole diagram.
  return far.zoom < FAR_ZOOM ? far : full;
}

/**
 * The view an opened diagram is given before it is drawn: `estimatedFit` with the opening fit's
 * options (`openingPadding`) in a canvas that zooms out to `minZoom`. The canvas's first render
 * (a held diagram) and the fitter for later openings (`share/canvasView.ts`) both set this one.
 */
export function openingView(
  nodes: readonly DiagramNode[],
  pane: { width: number; height: number },
  minZoom: number,
): Viewport | null {
  return estimatedFit(nodes, pane, { padding: openingPadding(pane), maxZoom: OPEN_FIT.maxZoom, minZoom });
}

let heldForFirstRender: readonly DiagramNode[] | null = null;

/**
 * A diagram opened before the canvas's first render (a shared link decoded while the page
 * starts) has no pane to be fitted into yet: its nodes wait here, and the canvas's first render
 * measures its empty pane, sets the estimated view, and only then draws them (`Canvas.tsx`).
 */
export function holdFitForFirstRender(nodes: readonly DiagramNode[]): void {
  heldForFirstRender = nodes;
}

/** The nodes waiting for the canvas's first render to be fitted, once: the canvas takes them. */
export function takeHeldFit(): readonly DiagramNode[] | null {
  const nodes = heldForFirstRender;
  heldForFirstRender = null;
  return nodes;
}

/** Whether a diagram waits to be fitted on the canvas's first render. */
export function fitIsHeld(): boolean {
  return heldForFirstRender !== null;
}

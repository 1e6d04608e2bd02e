import { holdFitForFirstRender, takeHeldFit } from '../canvas/estimatedFit';
import type { DiagramNode } from '../model';

type Fitter = (nodes: readonly DiagramNode[]) => void;

let fitter: Fitter | null = null;

/** The editor's canvas says how to set its view at once (ShareLayer, inside React Flow's provider). */
export function setCanvasFitter(next: Fitter | null): void {
  fitter = next;
  // Opened between the canvas's first render and this: fitted now, not on some later first render.
  const held = next ? takeHeldFit() : null;
  if (next && held) next(held);
}

/**
 * Before a diagram is put on screen: sets the canvas's view to where fitting it will land,
 * estimated from the nodes' positions (`canvas/estimatedFit.ts`), so the diagram's first render is
 * already the fitted one. Before the canvas's first render (a link opened while the page starts)
 * the nodes wait for it, and it fits them before drawing them. The measured fit still follows.
 */
export function fitBeforeRender(nodes: readonly DiagramNode[]): void {
  if (fitter) fitter(nodes);
  else holdFitForFirstRender(nodes);
}

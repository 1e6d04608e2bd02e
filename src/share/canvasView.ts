import type { DiagramNode } from '../model';

type Fitter = (nodes: readonly DiagramNode[]) => void;

let fitter: Fitter | null = null;

/** The editor's canvas says how to set its view at once (ShareLayer, inside React Flow's provider). */
export function setCanvasFitter(next: Fitter | null): void {
  fitter = next;
}

/**
 * Before a diagram is put on screen: sets the canvas's view to where fitting it will land,
 * estimated from the nodes' positions (`canvas/estimatedFit.ts`), so the diagram's first render is
 * already the fitted one. Nothing happens without a canvas; the measured fit still follows.
 */
export function fitBeforeRender(nodes: readonly DiagramNode[]): void {
  fitter?.(nodes);
}

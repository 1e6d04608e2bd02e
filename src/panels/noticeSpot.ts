import type { useStoreApi } from '@xyflow/react';
import { type Obstacle, placeNotices, type Spot } from './noticePlace';

/**
 * What a notice must never cover, besides the components: the run legend, React Flow's panels
 * (zoom controls, overview map), the message trace or its button, presentation mode's keys.
 */
const CANVAS_PARTS = '.legend, .react-flow__panel, .trace, .trace__open, .present-hint';

const boxOf = (r: DOMRect) => ({ x: r.x, y: r.y, w: r.width, h: r.height });

type Flow = ReturnType<typeof useStoreApi>;

/**
 * Moves the stack of notices to a free spot of the canvas: clear of the legend and controls, of
 * the components (those the notices are about above all), and of the timeline and panels, which
 * are outside it. Component boxes come from React Flow's geometry, not from the page, so this
 * stays cheap with many components. Returns the spot taken, to keep while it stays free.
 */
function placeStack(
  stack: HTMLElement,
  flow: Flow,
  about: ReadonlySet<string>,
  spot: Spot | null,
): Spot | null {
  const { domNode, transform, nodeLookup } = flow.getState();
  if (!domNode) return spot;
  const pane = domNode.getBoundingClientRect();
  const [tx, ty, zoom] = transform;
  const obstacles: Obstacle[] = [];
  for (const n of nodeLookup.values()) {
    const p = n.internals.positionAbsolute;
    obstacles.push({
      box: {
        x: pane.x + p.x * zoom + tx,
        y: pane.y + p.y * zoom + ty,
        w: (n.measured.width ?? 0) * zoom,
        h: (n.measured.height ?? 0) * zoom,
      },
      weight: about.has(n.id) ? 1e4 : 1,
    });
  }
  for (const el of document.querySelectorAll(CANVAS_PARTS)) {
    const box = boxOf(el.getBoundingClientRect());
    if (box.w > 0 && box.h > 0) obstacles.push({ box, weight: 1e3 });
  }
  const at = placeNotices({ w: stack.offsetWidth, h: stack.offsetHeight }, boxOf(pane), obstacles, spot);
  stack.style.left = `${at.x}px`;
  stack.style.top = `${at.y}px`;
  stack.style.bottom = 'auto';
  return at;
}

let spot: Spot | null = null;

/**
 * Keeps the stack in a free spot while notices show: placed now, and again (at most once a frame)
 * when the view moves, the window resizes, or parts of the canvas come and go (the legend, the
 * trace panel, live badges: checked twice a second). Returns the way to stop.
 */
export function keepClear(stack: HTMLElement, flow: Flow, about: ReadonlySet<string>): () => void {
  let frame = 0;
  const place = () => {
    frame = 0;
    spot = placeStack(stack, flow, about, spot);
  };
  const later = () => {
    frame ||= requestAnimationFrame(place);
  };
  place();
  const timer = setInterval(later, 500);
  const unsubscribe = flow.subscribe(later);
  window.addEventListener('resize', later);
  return () => {
    cancelAnimationFrame(frame);
    clearInterval(timer);
    unsubscribe();
    window.removeEventListener('resize', later);
  };
}

import { draw, latestFrame } from './drawing';
import type { RunHost } from './host';

let rafId = 0;
let awaitingTick = false;
let lastDraw = 0;

/** With reduced motion asked for, messages move in steps a few times a second, not every frame. */
const REDUCED_MOTION_DRAW_MS = 250;
const reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');

/** The engine answered the last tick (or failed): the next frame may ask again. */
export function tickAnswered(): void {
  awaitingTick = false;
}

/**
 * One animation frame: draw, and while the run goes on ask the engine to advance, one request in
 * flight at a time, so a slow engine slows virtual time instead of queueing work.
 */
export function scheduleFrame(host: RunHost | null, running: () => boolean): void {
  if (rafId) return;
  rafId = requestAnimationFrame((now) => {
    rafId = 0;
    if (!reducedMotion?.matches || now - lastDraw >= REDUCED_MOTION_DRAW_MS) {
      lastDraw = now;
      draw();
    }
    if (!running() && latestFrame()?.frame.status !== 'running') return;
    if (host && !awaitingTick) {
      awaitingTick = true;
      host.send({ type: 'tick', wall: performance.now() });
    }
    scheduleFrame(host, running);
  });
}

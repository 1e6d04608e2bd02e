import { draw, latestFrame } from './drawing';
import type { RunHost } from './host';

let rafId = 0;
let waitId: ReturnType<typeof setTimeout> | 0 = 0;
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
  if (rafId || waitId) return;
  const frame = (now: number) => {
    rafId = 0;
    lastDraw = now;
    draw();
    if (!running() && latestFrame()?.frame.status !== 'running') return;
    if (host && !awaitingTick) {
      awaitingTick = true;
      // A frame's worth of slack over the interval: beyond it, a stall is not made up at once.
      const catchUpMs = reducedMotion?.matches ? REDUCED_MOTION_DRAW_MS + 100 : undefined;
      host.send({ type: 'tick', wall: performance.now(), ...(catchUpMs ? { catchUpMs } : {}) });
    }
    scheduleFrame(host, running);
  };
  // With reduced motion the page draws, and the engine advances, a few times a second: between
  // those moments nothing on screen changes, so no frame is asked for at all (the engine covers
  // the longer wall time in one tick, at the same virtual speed).
  const wait = reducedMotion?.matches ? REDUCED_MOTION_DRAW_MS - (performance.now() - lastDraw) : 0;
  if (wait > 0)
    waitId = setTimeout(() => {
      waitId = 0;
      scheduleFrame(host, running);
    }, wait);
  else rafId = requestAnimationFrame(frame);
}

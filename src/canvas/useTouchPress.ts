import { type RefObject, useEffect, useRef } from 'react';
import type { XY } from '../model';

/** How long a finger rests before the press counts as a long press (what phones use). */
export const LONG_PRESS_MS = 500;
/** How far a finger may wander and still be resting (or tapping), in pixels. */
const SLOP = 10;
/** How long after a long press the browser's own contextmenu event is ignored (it fires too, on some). */
const NATIVE_ECHO_MS = 1500;

export interface TouchPress {
  /** A touch or pen rested without moving for `LONG_PRESS_MS`: the touch way to a right-click. */
  onLongPress: (target: Element, point: XY) => void;
  /** A short touch that did not move: a tap. */
  onTap: (target: Element, point: XY) => void;
}

/**
 * Long presses and taps of a finger or pen on the element. A second finger (a pinch), a move or
 * a lift cancels a long press; a mouse never triggers either (it has buttons and React Flow's
 * clicks). The browser's own contextmenu that some browsers fire for the same press is
 * swallowed, so a menu opens once.
 */
export function useTouchPress(ref: RefObject<HTMLElement | null>, handlers: TouchPress): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let press: { target: Element; at: XY } | null = null;
    let firedAt = Number.NEGATIVE_INFINITY;
    const cancel = () => {
      clearTimeout(timer);
      timer = undefined;
      press = null;
    };
    const onDown = (e: PointerEvent) => {
      // A second finger is not the primary pointer: a pinch, not a press.
      cancel();
      if (e.pointerType === 'mouse' || !e.isPrimary || !(e.target instanceof Element)) return;
      const current = { target: e.target, at: { x: e.clientX, y: e.clientY } };
      press = current;
      timer = setTimeout(() => {
        timer = undefined;
        press = null;
        firedAt = performance.now();
        latest.current.onLongPress(current.target, current.at);
      }, LONG_PRESS_MS);
    };
    const onMove = (e: PointerEvent) => {
      if (press && Math.hypot(e.clientX - press.at.x, e.clientY - press.at.y) > SLOP) cancel();
    };
    const onUp = (e: PointerEvent) => {
      const tapped = press && e.isPrimary && e.type === 'pointerup' ? press : null;
      cancel();
      if (tapped) latest.current.onTap(tapped.target, tapped.at);
    };
    const onNativeMenu = (e: MouseEvent) => {
      if (performance.now() - firedAt > NATIVE_ECHO_MS) return;
      e.preventDefault();
      e.stopPropagation();
    };
    el.addEventListener('pointerdown', onDown, true);
    window.addEventListener('pointermove', onMove, true);
    window.addEventListener('pointerup', onUp, true);
    window.addEventListener('pointercancel', onUp, true);
    el.addEventListener('contextmenu', onNativeMenu, true);
    return () => {
      cancel();
      el.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('pointermove', onMove, true);
      window.removeEventListener('pointerup', onUp, true);
      window.removeEventListener('pointercancel', onUp, true);
      el.removeEventListener('contextmenu', onNativeMenu, true);
    };
  }, [ref]);
}

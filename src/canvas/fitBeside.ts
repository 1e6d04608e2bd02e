/** A rectangle on screen, in CSS pixels. */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Per-side padding for React Flow's `fitView`, in pixels. */
export type FitPadding = {
  top: `${number}px`;
  right: `${number}px`;
  bottom: `${number}px`;
  left: `${number}px`;
};

const MARGIN = 24;

/**
 * Where to fit a diagram so that a card over the canvas (a tutorial's or a challenge's) hides none
 * of it: in the free strip left of the card or in the one above it, whichever shows the diagram
 * larger. `size` is the diagram's extent at zoom 1. A card low in a corner leaves the wide strip
 * above it; a tall card leaves the strip beside it.
 */
export function fitPaddingBeside(
  pane: ScreenRect,
  card: ScreenRect,
  size: { width: number; height: number },
): FitPadding {
  const px = (n: number) => `${Math.max(MARGIN, Math.round(n))}px` as const;
  const [paneW, paneH] = [pane.right - pane.left, pane.bottom - pane.top];
  const w = Math.max(1, size.width);
  const h = Math.max(1, size.height);
  const zoomIn = (width: number, height: number) =>
    Math.min((width - 2 * MARGIN) / w, (height - 2 * MARGIN) / h);
  const leftOf = zoomIn(card.left - pane.left, paneH);
  const above = zoomIn(paneW, card.top - pane.top);
  if (above >= leftOf)
    return {
      top: px(MARGIN),
      left: px(MARGIN),
      right: px(MARGIN),
      bottom: px(pane.bottom - card.top + MARGIN),
    };
  return {
    top: px(MARGIN),
    left: px(MARGIN),
    bottom: px(MARGIN),
    right: px(pane.right - card.left + MARGIN),
  };
}

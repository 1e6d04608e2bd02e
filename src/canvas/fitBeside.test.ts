import { describe, expect, it } from 'vitest';
import { fitPaddingBeside } from './fitBeside';

// The editor's canvas at 1280x800 (between palette and inspector) and the tutorial card in its corner.
const pane = { left: 264, top: 52, right: 968, bottom: 760 };
const lowCard = { left: 596, top: 516, right: 956, bottom: 788 };
const tallCard = { left: 596, top: 120, right: 956, bottom: 788 };
const px = (s: string) => Number.parseFloat(s);

describe('fitting a diagram beside a card', () => {
  it('a wide diagram goes above a card that sits low in the corner', () => {
    const padding = fitPaddingBeside(pane, lowCard, { width: 1000, height: 300 });
    expect(px(padding.bottom)).toBeGreaterThanOrEqual(pane.bottom - lowCard.top);
    expect(px(padding.right)).toBeLessThan(100);
    // The diagram shows at about 0.65 there; left of the card it would be about 0.28.
    const zoom = (pane.right - pane.left - px(padding.left) - px(padding.right)) / 1000;
    expect(zoom).toBeGreaterThan(0.6);
  });

  it('a tall diagram goes left of a tall card', () => {
    const padding = fitPaddingBeside(pane, tallCard, { width: 300, height: 900 });
    expect(px(padding.right)).toBeGreaterThanOrEqual(pane.right - tallCard.left);
    expect(px(padding.bottom)).toBeLessThan(100);
  });

  it('never leaves less than a margin on any side, whatever the sizes', () => {
    for (const size of [
      { width: 0, height: 0 },
      { width: 1e6, height: 1 },
      { width: 1, height: 1e6 },
    ]) {
      const padding = fitPaddingBeside(pane, lowCard, size);
      for (const side of Object.values(padding)) expect(px(side)).toBeGreaterThanOrEqual(24);
    }
  });
});

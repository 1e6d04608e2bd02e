import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the window's media queries at one width, which a test can change. */
function screen(width: number) {
  const listeners = new Set<() => void>();
  const state = { width };
  const matches = (query: string) => state.width <= Number(/max-width: (\d+)px/.exec(query)?.[1]);
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return matches(query);
    },
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  }));
  return {
    resize(to: number) {
      state.width = to;
      for (const f of listeners) f();
    },
    listeners,
  };
}

async function freshStore() {
  vi.resetModules();
  return import('./sidePanels');
}

describe('which side panels show', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows both on a wide screen, hides the properties on a portrait tablet and the palette on a phone', async () => {
    screen(1280);
    expect((await freshStore()).usePanels.getState()).toEqual({
      palette: true,
      inspector: true,
      narrow: false,
    });
    screen(768);
    expect((await freshStore()).usePanels.getState()).toEqual({
      palette: true,
      inspector: false,
      narrow: true,
    });
    screen(390);
    expect((await freshStore()).usePanels.getState()).toMatchObject({ palette: false, inspector: false });
  });

  it('toggles each, and a turn of the tablet gives that width its defaults again', async () => {
    const s = screen(1024);
    const { usePanels, panelActions } = await freshStore();
    const stop = panelActions.followScreen();
    panelActions.togglePalette();
    panelActions.toggleInspector();
    expect(usePanels.getState()).toMatchObject({ palette: false, inspector: false });
    s.resize(768);
    expect(usePanels.getState()).toEqual({ palette: true, inspector: false, narrow: true });
    panelActions.toggleInspector();
    expect(usePanels.getState().inspector).toBe(true);
    s.resize(1024);
    expect(usePanels.getState()).toEqual({ palette: true, inspector: true, narrow: false });
    stop();
    expect(s.listeners.size).toBe(0);
  });
});

import { create } from 'zustand';

/** Portrait tablets and narrower: the properties panel starts hidden and, shown, sits under the canvas. */
export const NARROW_SCREEN = '(max-width: 900px)';
/** Phones: the palette starts hidden too. */
const TINY_SCREEN = '(max-width: 600px)';

const matches = (query: string): boolean =>
  typeof globalThis.matchMedia === 'function' && globalThis.matchMedia(query).matches;

interface PanelsState {
  /** Whether the component palette is shown. */
  palette: boolean;
  /** Whether the properties panel (inspector) is shown. */
  inspector: boolean;
  /** Whether the window is narrow (the inspector then sits under the canvas). */
  narrow: boolean;
}

const defaults = (): PanelsState => ({
  palette: !matches(TINY_SCREEN),
  inspector: !matches(NARROW_SCREEN),
  narrow: matches(NARROW_SCREEN),
});

/** Which side panels are on screen: layout only, never saved and never in undo history. */
export const usePanels = create<PanelsState>(defaults);

export const panelActions = {
  togglePalette(): void {
    usePanels.setState((s) => ({ palette: !s.palette }));
  },
  toggleInspector(): void {
    usePanels.setState((s) => ({ inspector: !s.inspector }));
  },
  /** Shows the properties panel (a component's menu asks for it where the panel starts hidden). */
  showInspector(): void {
    usePanels.setState({ inspector: true });
  },
  /**
   * Follows the window across the narrow breakpoint (a tablet turned from landscape to portrait):
   * each panel gets that width's default again. Returns the unsubscribe function.
   */
  followScreen(): () => void {
    if (typeof globalThis.matchMedia !== 'function') return () => {};
    const queries = [NARROW_SCREEN, TINY_SCREEN].map((q) => globalThis.matchMedia(q));
    const reset = () => usePanels.setState(defaults());
    for (const q of queries) q.addEventListener('change', reset);
    return () => {
      for (const q of queries) q.removeEventListener('change', reset);
    };
  },
};

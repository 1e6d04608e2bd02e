import { create } from 'zustand';

export type ShareDialog = 'share' | 'open' | 'export' | null;

interface ShareUiState {
  dialog: ShareDialog;
  /** Grows each time a loaded diagram should be fitted into view. */
  fitRequest: number;
  /** The last fit asked for is beside a tutorial or challenge card that is about to appear. */
  fitBesideCard: boolean;
  /** A file is being dragged over the window. */
  dragging: boolean;
  /**
   * The address asked for something (a `#d=` link, an example, a tutorial, a challenge) that is
   * still loading: the empty canvas's welcome and hints wait, since the canvas will not be empty.
   */
  opening: boolean;
}

/** View state of sharing: which dialog is open, and requests to the canvas. Never saved. */
export const useShareUi = create<ShareUiState>()(() => ({
  dialog: null,
  fitRequest: 0,
  fitBesideCard: false,
  dragging: false,
  opening: false,
}));

export const shareUiActions = {
  show(dialog: ShareDialog): void {
    useShareUi.setState({ dialog });
  },
  close(): void {
    useShareUi.setState({ dialog: null });
  },
  /** Fits the diagram into view; `besideCard` waits for the tutorial or challenge card (it loads lazily) and leaves its room. */
  requestFit(besideCard = false): void {
    useShareUi.setState((s) => ({ fitRequest: s.fitRequest + 1, fitBesideCard: besideCard }));
  },
  setOpening(opening: boolean): void {
    if (useShareUi.getState().opening !== opening) useShareUi.setState({ opening });
  },
  setDragging(dragging: boolean): void {
    if (useShareUi.getState().dragging !== dragging) useShareUi.setState({ dragging });
  },
};

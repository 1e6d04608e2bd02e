import { create } from 'zustand';

export type ShareDialog = 'share' | 'open' | 'export' | null;

interface ShareUiState {
  dialog: ShareDialog;
  /** Grows each time a loaded diagram should be fitted into view. */
  fitRequest: number;
  /** A file is being dragged over the window. */
  dragging: boolean;
}

/** View state of sharing: which dialog is open, and requests to the canvas. Never saved. */
export const useShareUi = create<ShareUiState>()(() => ({ dialog: null, fitRequest: 0, dragging: false }));

export const shareUiActions = {
  show(dialog: ShareDialog): void {
    useShareUi.setState({ dialog });
  },
  close(): void {
    useShareUi.setState({ dialog: null });
  },
  requestFit(): void {
    useShareUi.setState((s) => ({ fitRequest: s.fitRequest + 1 }));
  },
  setDragging(dragging: boolean): void {
    if (useShareUi.getState().dragging !== dragging) useShareUi.setState({ dragging });
  },
};

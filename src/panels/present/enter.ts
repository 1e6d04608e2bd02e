import { uiActions, useUi } from '../../store/ui';

/** Leaves presentation mode and full screen. */
export function leavePresentation(): void {
  uiActions.setPresenting(false);
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

/**
 * Enters presentation mode, or leaves it. Full screen is asked for here, within the click or key
 * press, the only moment a browser allows it; if it is refused the mode goes on in the window.
 */
export function togglePresentation(): void {
  if (useUi.getState().presenting) {
    leavePresentation();
    return;
  }
  uiActions.setPresenting(true);
  document.documentElement.requestFullscreen?.().catch(() => {});
}

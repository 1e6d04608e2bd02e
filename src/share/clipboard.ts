import { currentDocument, diagramActions } from '../store/diagram';
import { uiActions, useUi } from '../store/ui';
import { selectionJson } from './formats';
import { loadShareRuntime } from './lazy';

/** How far each paste lands from the last, in canvas pixels (two grid steps). */
export const PASTE_STEP = 32;

/** Puts the selected components on the system clipboard as JSON, so they paste into another tab. */
export function copySelection(event: ClipboardEvent): boolean {
  const { selectedNodes } = useUi.getState();
  if (selectedNodes.size === 0 || !event.clipboardData) return false;
  const fragment = diagramActions.copy(selectedNodes);
  useUi.setState({ clipboard: fragment, pasteCount: 0 });
  event.clipboardData.setData('text/plain', selectionJson(fragment, currentDocument()));
  return true;
}

/** Pastes the internal clipboard (the fallback when the system clipboard holds nothing of ours). */
export function pasteInternal(): boolean {
  const ui = useUi.getState();
  if (!ui.clipboard) return false;
  const step = (ui.pasteCount + 1) * PASTE_STEP;
  const { nodeIds, edgeIds } = diagramActions.paste(ui.clipboard, { x: step, y: step });
  useUi.setState({ pasteCount: ui.pasteCount + 1 });
  uiActions.select(new Set(nodeIds), new Set(edgeIds));
  return true;
}

/** Only text that might be a diagram, a selection or a link is worth loading the decoders for. */
const MIGHT_BE_OURS = /^\s*\{|#[dt]=|^\s*[dt]=/;

/**
 * Pastes text from the system clipboard: a copied selection is added, a whole diagram or a share
 * link opens (asking first); anything else falls back to the internal clipboard.
 */
export function pasteClipboardText(text: string): void {
  if (!MIGHT_BE_OURS.test(text)) {
    pasteInternal();
    return;
  }
  void loadShareRuntime().then((runtime) => {
    if (!runtime.pasteText(text)) pasteInternal();
  });
}

import { currentDocument, diagramActions } from '../store/diagram';
import { uiActions, useUi } from '../store/ui';
import { documentJson, readText, selectionJson } from './intake';
import { offerDocument, openTemplate, refuse } from './open';

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

/**
 * Handles pasted text: a copied selection is added to the diagram, a whole document or a share
 * link opens (asking first over the person's work). Text that is none of these is left alone.
 */
export function pasteText(text: string): boolean {
  const intake = readText(text);
  if (intake.kind === 'template') {
    void openTemplate(intake.id);
    return true;
  }
  if (!intake.result.ok) {
    if (intake.result.problem.code === 'notDiagram') return false;
    refuse('paste', intake.result.problem);
    return true;
  }
  if (intake.kind === 'document') {
    offerDocument(intake.result.value, 'paste');
    return true;
  }
  const { nodes, edges } = intake.result.value;
  const fragment = { nodes, edges };
  // The same selection pasted again lands a step further on, as with the internal clipboard.
  if (JSON.stringify(fragment) !== JSON.stringify(useUi.getState().clipboard))
    useUi.setState({ clipboard: fragment, pasteCount: 0 });
  return pasteInternal();
}

/** The whole diagram as JSON text for the clipboard (the share dialog's "Copy JSON"). */
export function diagramJson(): string {
  return documentJson(currentDocument());
}

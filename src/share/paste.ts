import { useUi } from '../store/ui';
import { pasteInternal } from './clipboard';
import { readText } from './intake';
import { offerDocument, openTemplate, refuse } from './open';

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

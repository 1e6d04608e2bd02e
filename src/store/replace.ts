import type { DiagramDocument } from '../model';
import { currentDocument, diagramActions } from './diagram';
import type { OpenSource } from './events';
import { keepInRecent } from './recent';
import type { WriteOutcome } from './storage';
import { uiActions } from './ui';

/**
 * Puts another document on screen (New, a link, a file, an example). With `keep`, the one it
 * replaces goes to Recent diagrams first; the result says whether that copy could be saved.
 * `example` names the built-in example now on screen, if it is one.
 */
export function replaceDiagram(
  doc: DiagramDocument,
  keep: boolean,
  example: string | null = null,
  source: OpenSource = 'other',
): WriteOutcome {
  const kept = keep ? keepInRecent(currentDocument(), 'replaced') : 'ok';
  diagramActions.replace(doc, source);
  uiActions.setExample(example);
  uiActions.clearSelection();
  return kept;
}

import type { DiagramDocument, Fragment } from '../model';

/** Marks a copied selection on the clipboard, so pasting it adds to the diagram instead of replacing it. */
export const SELECTION_MARK = 'api-playground/selection';

/** The JSON a copied selection puts on the system clipboard: a small document with a mark. */
export function selectionJson(fragment: Fragment, base: DiagramDocument): string {
  return JSON.stringify({
    clipboard: SELECTION_MARK,
    ...base,
    name: '',
    nodes: fragment.nodes,
    edges: fragment.edges,
  });
}

/** The document as a JSON file's text (pretty, so it diffs well in version control). */
export function documentJson(doc: DiagramDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

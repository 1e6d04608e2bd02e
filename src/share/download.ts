import type { DiagramDocument } from '../model';
import { fileSlug } from '../panels/download';

export { downloadBlob, downloadText } from '../panels/download';

/** A file name from the diagram's name: letters, digits and dashes only. */
export function fileBaseName(doc: Pick<DiagramDocument, 'name'>): string {
  return fileSlug(doc.name, 'diagram', 60);
}

/** Copies text to the system clipboard; false when the browser refuses (then the person copies by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

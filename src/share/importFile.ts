import { MAX_TEXT } from '../model';
import { readText } from './intake';
import { offerDocument, openTemplate, refuse } from './open';

/** Opens a dropped or chosen file: its size is checked before it is read, then the same decoder as links. */
export async function openFile(file: File): Promise<void> {
  const name = file.name.slice(0, 120);
  if (file.size > MAX_TEXT) {
    refuse('file', { code: 'tooLarge', maxKb: MAX_TEXT / 1000 }, name);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    refuse('file', { code: 'damaged' }, name);
    return;
  }
  const intake = readText(text);
  if (intake.kind === 'template') {
    await openTemplate(intake.id);
    return;
  }
  // A copied selection saved as a file is a small document; it opens like any other.
  if (intake.result.ok) offerDocument(intake.result.value, 'file', name);
  else refuse('file', intake.result.problem, name);
}

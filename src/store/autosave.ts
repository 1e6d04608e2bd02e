import { type DiagramDocument, decodeDocument, type ValidationIssue } from '../model';
import { currentDocument, type DiagramState, useDiagram } from './diagram';
import { readItem, removeItem, type WriteOutcome, writeItem } from './storage';

export const AUTOSAVE_KEY = 'apip:autosave';
export const DAMAGED_PREFIX = 'apip:damaged:';

interface Envelope {
  rev: number;
  savedAt: string;
  doc: unknown;
}

export type Restored =
  | { kind: 'none' }
  | { kind: 'ok'; doc: DiagramDocument }
  | { kind: 'damaged'; issues: ValidationIssue[]; keptAs: string | null };

/**
 * Reads the autosaved diagram. Data that does not decode is moved aside under its own key
 * (never deleted) so it can be recovered, and the editor starts empty.
 */
export function restoreAutosave(now: Date = new Date()): Restored {
  const raw = readItem(AUTOSAVE_KEY);
  if (raw === null) return { kind: 'none' };
  let issues: ValidationIssue[];
  try {
    const envelope = JSON.parse(raw) as Partial<Envelope> | null;
    const result = decodeDocument(envelope && typeof envelope === 'object' ? envelope.doc : undefined);
    if (result.ok) return { kind: 'ok', doc: result.value };
    issues = result.issues;
  } catch (error) {
    issues = [
      {
        path: '',
        problem: { code: 'notJson', detail: error instanceof Error ? error.message : String(error) },
      },
    ];
  }
  const keptAs = `${DAMAGED_PREFIX}${now.toISOString()}`;
  const moved = writeItem(keptAs, raw) === 'ok';
  if (moved) removeItem(AUTOSAVE_KEY);
  return { kind: 'damaged', issues, keptAs: moved ? keptAs : null };
}

let rev = 0;

/** Writes the document now. */
export function saveNow(doc: DiagramDocument = currentDocument()): WriteOutcome {
  rev += 1;
  const envelope: Envelope = { rev, savedAt: new Date().toISOString(), doc };
  return writeItem(AUTOSAVE_KEY, JSON.stringify(envelope));
}

/** Saves after every change (debounced briefly so a drag is not written 60 times a second) and when the tab hides. */
export function startAutosave(onOutcome: (outcome: WriteOutcome) => void, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    onOutcome(saveNow());
  };
  const changed = (s: DiagramState, prev: DiagramState) =>
    s.nodes !== prev.nodes ||
    s.edges !== prev.edges ||
    s.name !== prev.name ||
    s.viewport !== prev.viewport ||
    s.run !== prev.run;
  const unsubscribe = useDiagram.subscribe((s, prev) => {
    if (!changed(s, prev)) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  const onHide = () => flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

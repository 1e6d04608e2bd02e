import { type DiagramDocument, decodeDocument, packDocument, type ValidationIssue } from '../model';
import { currentDocument, type DiagramState, useDiagram } from './diagram';
import { keepInRecent } from './recent';
import { readItem, removeItem, type WriteOutcome, writeItem } from './storage';

export const AUTOSAVE_KEY = 'apip:autosave';
export const DAMAGED_PREFIX = 'apip:damaged:';
/** Where a diagram that crashed the editor is kept: never reopened by itself, offered as a download. */
export const CRASHED_PREFIX = 'apip:crashed:';

/** After a crash nothing is saved over what was set aside, until the page starts again. */
let suspended = false;

/**
 * The editor crashed: keeps the diagram on screen under its own key, removes the autosave so the
 * next start does not open it again, and stops saving. Returns the key, or null when storage
 * refused (the diagram is then still offered for download from memory).
 */
export function quarantineDiagram(
  doc: DiagramDocument = currentDocument(),
  now: Date = new Date(),
): string | null {
  suspended = true;
  const key = `${CRASHED_PREFIX}${now.toISOString()}`;
  const envelope = { savedAt: now.toISOString(), doc };
  const kept = writeItem(key, JSON.stringify(envelope)) === 'ok';
  removeItem(AUTOSAVE_KEY);
  return kept ? key : null;
}

/** What is stored: the document with a revision that grows with every save from any tab. */
interface Envelope {
  rev: number;
  savedAt: string;
  /** Which tab wrote it, so a tab can tell its own saves from another tab's. */
  tab: string;
  doc: unknown;
}

export type Restored =
  | { kind: 'none' }
  | { kind: 'ok'; doc: DiagramDocument }
  | { kind: 'damaged'; issues: ValidationIssue[]; keptAs: string | null };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const TAB_ID = Math.random().toString(36).slice(2, 10);
/** The revision this tab last read or wrote; a stored revision above it came from another tab. */
let knownRev = 0;

function revisionOf(parsed: unknown): number {
  const rev = isRecord(parsed) ? parsed.rev : undefined;
  return typeof rev === 'number' && Number.isSafeInteger(rev) && rev > 0 ? rev : 0;
}

/**
 * Reads the autosaved diagram. Data that does not decode is moved aside under its own key
 * (never deleted) so it can be recovered, and the editor starts empty.
 */
export function restoreAutosave(now: Date = new Date()): Restored {
  const raw = readItem(AUTOSAVE_KEY);
  if (raw === null) return { kind: 'none' };
  let issues: ValidationIssue[];
  try {
    const envelope: unknown = JSON.parse(raw);
    knownRev = revisionOf(envelope);
    const result = decodeDocument(isRecord(envelope) ? envelope.doc : undefined);
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

type ConflictListener = () => void;
let onConflict: ConflictListener | null = null;

/** Called when a save found a newer revision from another tab (its document was kept in Recent first). */
export function onOtherTabConflict(listener: ConflictListener | null): void {
  onConflict = listener;
}

/**
 * Another tab saved since this tab last read or wrote: keep that newer document in Recent
 * diagrams before it is overwritten, so neither tab's work is lost silently.
 */
function keepNewerFromOtherTab(raw: string | null, ours: DiagramDocument, now: Date): number {
  if (raw === null) return 0;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 0;
  }
  const rev = revisionOf(parsed);
  const theirs = isRecord(parsed) && parsed.tab !== TAB_ID && rev > knownRev;
  if (theirs) {
    const decoded = decodeDocument(isRecord(parsed) ? parsed.doc : undefined);
    const differs = decoded.ok && packDocument(decoded.value) !== packDocument(ours);
    if (decoded.ok && differs && decoded.value.nodes.length > 0) {
      keepInRecent(decoded.value, 'otherTab', now);
      onConflict?.();
    }
  }
  return rev;
}

/** Saving goes on again (the person chose what to open after a crash). */
export function resumeAutosave(): void {
  suspended = false;
}

/** Writes the document now, with the next revision. */
export function saveNow(doc: DiagramDocument = currentDocument(), now: Date = new Date()): WriteOutcome {
  if (suspended) return 'ok';
  const storedRev = keepNewerFromOtherTab(readItem(AUTOSAVE_KEY), doc, now);
  const rev = Math.max(storedRev, knownRev) + 1;
  const envelope: Envelope = { rev, savedAt: now.toISOString(), tab: TAB_ID, doc };
  const outcome = writeItem(AUTOSAVE_KEY, JSON.stringify(envelope));
  if (outcome === 'ok') knownRev = rev;
  return outcome;
}

/** The revision this tab last read or wrote. */
export function autosaveRevision(): number {
  return knownRev;
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

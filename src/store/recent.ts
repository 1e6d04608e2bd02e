import { create } from 'zustand';
import type { DiagramDocument, Loaded } from '../model';
import { decodePacked, packDocument } from '../model';
import { readItem, type WriteOutcome, writeItem } from './storage';

export const RECENT_KEY = 'apip:recent';
export const RECENT_LIMIT = 10;

/** A diagram that was replaced on screen (by a link, a file, an example) or by another tab's save. */
export interface RecentEntry {
  id: string;
  name: string;
  /** The first few component labels, so untitled diagrams can be told apart. */
  labels?: string;
  savedAt: string;
  nodes: number;
  edges: number;
  /** Why it was kept: replaced here, or overwritten by another tab. */
  reason: 'replaced' | 'otherTab';
  /**
   * The document packed as in a share link (link format 1, before compression): compact, and
   * read back through the same unpacking and decoder as links. Kept uncompressed so keeping a
   * copy never waits for the link codec, which loads on demand.
   */
  packed: string;
}

interface RecentState {
  entries: RecentEntry[];
  /** Whether the list could be written to storage the last time it changed. */
  persisted: WriteOutcome;
}

/** Recent diagrams: kept in memory always, in localStorage when it allows. */
export const useRecent = create<RecentState>()(() => ({ entries: [], persisted: 'ok' }));

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isEntry(e: unknown): e is RecentEntry {
  return (
    isRecord(e) &&
    typeof e.id === 'string' &&
    typeof e.name === 'string' &&
    typeof e.savedAt === 'string' &&
    typeof e.nodes === 'number' &&
    typeof e.edges === 'number' &&
    (e.reason === 'replaced' || e.reason === 'otherTab') &&
    typeof e.packed === 'string' &&
    (e.labels === undefined || typeof e.labels === 'string')
  );
}

/** Reads the saved list; entries of the wrong shape are skipped (their documents are decoded only when opened). */
export function loadRecent(): void {
  const raw = readItem(RECENT_KEY);
  let entries: RecentEntry[] = [];
  if (raw !== null) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed))
        entries = parsed
          .filter(isEntry)
          .slice(0, RECENT_LIMIT)
          .map((e) => ({
            id: e.id,
            name: e.name.slice(0, 200),
            labels: e.labels?.slice(0, 200),
            savedAt: e.savedAt,
            nodes: e.nodes,
            edges: e.edges,
            reason: e.reason,
            packed: e.packed,
          }));
    } catch {
      entries = [];
    }
  }
  useRecent.setState({ entries });
}

let seq = 0;

function labelsOf(doc: DiagramDocument): string {
  const labels = doc.nodes.map((n) => n.label.trim()).filter(Boolean);
  const shown = labels.slice(0, 3).join(', ');
  return (labels.length > 3 ? `${shown}, …` : shown).slice(0, 120);
}

/** Keeps a document at the top of Recent diagrams (the same document is not listed twice). */
export function keepInRecent(
  doc: DiagramDocument,
  reason: RecentEntry['reason'],
  now: Date = new Date(),
): WriteOutcome {
  const packed = packDocument(doc);
  const entry: RecentEntry = {
    id: `${now.getTime().toString(36)}-${(seq++).toString(36)}`,
    name: doc.name,
    labels: labelsOf(doc),
    savedAt: now.toISOString(),
    nodes: doc.nodes.length,
    edges: doc.edges.length,
    reason,
    packed,
  };
  const entries = [entry, ...useRecent.getState().entries.filter((e) => e.packed !== packed)].slice(
    0,
    RECENT_LIMIT,
  );
  const persisted = writeItem(RECENT_KEY, JSON.stringify(entries));
  useRecent.setState({ entries, persisted });
  return persisted;
}

/** Removes one entry from the list. */
export function forgetRecent(id: string): void {
  const entries = useRecent.getState().entries.filter((e) => e.id !== id);
  useRecent.setState({ entries, persisted: writeItem(RECENT_KEY, JSON.stringify(entries)) });
}

/** The entry's document, through the same unpacking and decoder as links (stored data is untrusted too). */
export function recentDocument(entry: RecentEntry): Loaded<DiagramDocument> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(entry.packed);
  } catch {
    return { ok: false, problem: { code: 'damaged' } };
  }
  return decodePacked(parsed);
}

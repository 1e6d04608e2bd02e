import { type DiagramDocument, decodeDocument, type Loaded, MAX_TEXT } from '../model';
import { SELECTION_MARK } from './formats';
import { readFragment } from './linkCodec';
import { fragmentText, looksOurs } from './mode';

/** What a piece of text (a dropped file, a paste) turned out to be. */
export type Intake =
  | { kind: 'document'; result: Loaded<DiagramDocument> }
  /** A copied selection: a small document whose nodes and edges are pasted into the current one. */
  | { kind: 'selection'; result: Loaded<DiagramDocument> }
  | { kind: 'template'; id: string };

/** A URL a person typed or pasted, kept only when it is http or https. */
export function safeHttpUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Reads text from a file, the clipboard or a drop: a document as JSON, a copied selection, or
 * a share link. Everything goes through the same decoders as links; nothing is cast.
 */
export function readText(text: string): Intake {
  if (text.length > MAX_TEXT)
    return { kind: 'document', result: { ok: false, problem: { code: 'tooLarge', maxKb: MAX_TEXT / 1000 } } };
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        kind: 'document',
        result: {
          ok: false,
          problem: { code: 'invalid', issues: [{ path: '', problem: { code: 'notJson', detail } }] },
        },
      };
    }
    const decoded = decodeDocument(parsed);
    const selection =
      isRecord(parsed) && Object.hasOwn(parsed, 'clipboard') && parsed.clipboard === SELECTION_MARK;
    if (!decoded.ok) {
      const result = { ok: false as const, problem: { code: 'invalid' as const, issues: decoded.issues } };
      return selection ? { kind: 'selection', result } : { kind: 'document', result };
    }
    return { kind: selection ? 'selection' : 'document', result: decoded };
  }
  const url = safeHttpUrl(trimmed);
  const hash = url ? url.hash : looksOurs(fragmentText(trimmed)) ? trimmed : null;
  if (hash !== null) {
    const request = readFragment(hash);
    if (request.kind !== 'none') return request;
  }
  return { kind: 'document', result: { ok: false, problem: { code: 'notDiagram' } } };
}

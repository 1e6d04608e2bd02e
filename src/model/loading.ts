import type { ValidationIssue } from './problems';

/** Why a link, file, paste or built-in diagram was not opened. The UI translates each code. */
export type LoadProblem =
  /** A fragment longer than MAX_FRAGMENT: refused before any decoding. */
  | { code: 'linkTooLong'; length: number; max: number }
  /** Base64, DEFLATE or UTF-8 broke: almost always a link cut off in transit. */
  | { code: 'damaged' }
  /** Decompressed past MAX_INFLATED, or a file or paste larger than MAX_TEXT. */
  | { code: 'tooLarge'; maxKb: number }
  /** A link format newer than this build knows. */
  | { code: 'newerLink'; version: string }
  /** A fragment or text that is not a playground link or document at all. */
  | { code: 'notDiagram' }
  | { code: 'unknownTemplate'; id: string }
  /** It unpacked, but the document was refused: what and where. */
  | { code: 'invalid'; issues: ValidationIssue[] };

export type Loaded<T> = { ok: true; value: T } | { ok: false; problem: LoadProblem };

/** Limits from issue 6: the longest fragment read, and the most a payload may inflate to. */
export const MAX_FRAGMENT = 64_000;
export const MAX_INFLATED = 1_000_000;
/** The largest file or pasted text read; a 500-node document pretty-printed is well under this. */
export const MAX_TEXT = 4_000_000;

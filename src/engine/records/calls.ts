import { recordPool } from './layout';

/** Call states. */
export const CALL = { free: 0, waiting: 1, backoff: 2, accepted: 3 } as const;

/** A call record's fields, in layout order. */
const CALL_FIELDS = [
  'edge',
  /** Parent job at the caller. */
  'job',
  'jobSerial',
  /** Unique for the whole run, so a late answer to a finished call is recognised after the slot is reused. */
  'serial',
  /** CALL state. */
  'state',
  'attempt',
  /** When the first attempt left, and the current one. */
  'start',
  'attemptStart',
  /** Sequence number of the pending retry event; -1 when none. */
  'timer',
  /** Which of its parent's branches this call is (route, target, subscriber). */
  'branch',
  'trace',
  'flags',
  'items',
  /** Two numbers the call's messages carry to the callee and back; see CALL_ALIASES. */
  'a1',
  'a2',
] as const;

/** What the callers read in a1 and a2 once the answer is in, by name (set by the callee, see Jobs). */
const CALL_ALIASES = {
  /** A 429's Retry-After, from a gateway's rate limit. */
  retryAfterMs: 'a1',
  /** A poll's answer: the provider's change count and the sum of those changes' times. */
  pollCursor: 'a1',
  pollCursorSum: 'a2',
} as const;

/**
 * One logical call from a caller's job over one outgoing edge, across its attempts (retries).
 * The fields are one record in the pool's array; see layout.ts.
 */
export class Calls extends recordPool(CALL_FIELDS, CALL_ALIASES) {}

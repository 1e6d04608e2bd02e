import * as v from 'valibot';
import { DAMAGED_PREFIX } from '../store/autosave';
import { readItem, writeItem } from '../store/storage';

export const PRACTICE_KEY = 'apip:practice';
const VERSION = 1;

/** How a person rated their own answer to an interview question. */
export type Mark = 'knew' | 'partly' | 'notYet';

export interface PracticeProgress {
  version: typeof VERSION;
  /** Per challenge: solved, and the most goals held on every seed in one check. */
  challenges: Record<string, { solved: boolean; best: number; at: string }>;
  interview: Record<string, { mark: Mark; at: string }>;
}

const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
const at = v.pipe(v.string(), v.maxLength(40));
const Schema = v.object({
  version: v.literal(VERSION),
  challenges: v.record(
    id,
    v.object({
      solved: v.boolean(),
      best: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
      at,
    }),
  ),
  interview: v.record(id, v.object({ mark: v.picklist(['knew', 'partly', 'notYet']), at })),
});

export const emptyPractice = (): PracticeProgress => ({ version: VERSION, challenges: {}, interview: {} });

/** Copies a record into one without a prototype: the keys came from storage. */
function bare<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const [k, value] of Object.entries(record)) out[k] = value;
  return out;
}

/**
 * Reads practice progress through its decoder. Data that does not decode is moved aside and
 * practice starts afresh; `damaged` says where the old data went.
 */
export function readPractice(now: Date = new Date()): { progress: PracticeProgress; damaged: string | null } {
  const raw = readItem(PRACTICE_KEY);
  if (raw === null) return { progress: emptyPractice(), damaged: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = v.safeParse(Schema, parsed);
  if (result.success)
    return {
      progress: {
        version: VERSION,
        challenges: bare(result.output.challenges),
        interview: bare(result.output.interview),
      },
      damaged: null,
    };
  const keptAs = `${DAMAGED_PREFIX}${now.toISOString()}`;
  writeItem(keptAs, raw);
  writeItem(PRACTICE_KEY, JSON.stringify(emptyPractice()));
  return { progress: emptyPractice(), damaged: keptAs };
}

export function writePractice(progress: PracticeProgress): void {
  writeItem(PRACTICE_KEY, JSON.stringify(progress));
}

export const ownOf = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * The order to ask questions in: those not yet known first, then partly known, then never
 * asked, then known; within each, the longest ago first. Stable for the same progress.
 */
export function questionOrder(ids: readonly string[], progress: PracticeProgress): string[] {
  const rank = (qid: string) => {
    const m = ownOf(progress.interview, qid);
    return m ? { notYet: 0, partly: 1, knew: 3 }[m.mark] : 2;
  };
  const when = (qid: string) => ownOf(progress.interview, qid)?.at ?? '';
  return [...ids].sort(
    (a, b) => rank(a) - rank(b) || when(a).localeCompare(when(b)) || ids.indexOf(a) - ids.indexOf(b),
  );
}

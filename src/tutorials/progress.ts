import * as v from 'valibot';
import { DAMAGED_PREFIX } from '../store/autosave';
import { readItem, type WriteOutcome, writeItem } from '../store/storage';

import { PROGRESS_KEY } from '../store/welcome';

export { PROGRESS_KEY };

const PROGRESS_VERSION = 1;

/** Where a learner is in one tutorial. */
export interface TutorialProgress {
  /** The step to resume at; the step count means the check question. */
  step: number;
  done: boolean;
  at: string;
}

/** What the first visit's welcome was answered with; nothing is offered again once it was. */
export type WelcomeChoice = 'tutorial' | 'example' | 'blank';

export interface Progress {
  version: typeof PROGRESS_VERSION;
  tutorials: Record<string, TutorialProgress>;
  welcome: WelcomeChoice | null;
}

const ProgressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  tutorials: v.record(
    v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
    v.object({
      step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
      done: v.boolean(),
      at: v.pipe(v.string(), v.maxLength(40)),
    }),
  ),
  welcome: v.nullable(v.picklist(['tutorial', 'example', 'blank'])),
});

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, tutorials: {}, welcome: null });

export type ReadProgress = { kind: 'ok'; progress: Progress } | { kind: 'damaged'; keptAs: string | null };

/**
 * Reads saved progress through its decoder. Data that does not decode is moved aside (never
 * deleted) and learning starts afresh; the caller says so.
 */
export function readProgress(now: Date = new Date()): ReadProgress {
  const raw = readItem(PROGRESS_KEY);
  if (raw === null) return { kind: 'ok', progress: emptyProgress() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = v.safeParse(ProgressSchema, parsed);
  if (result.success) {
    // Rebuilt without a prototype chain to read ids from: tutorial ids are our own, but the keys came from storage.
    const tutorials: Record<string, TutorialProgress> = Object.create(null);
    for (const [id, p] of Object.entries(result.output.tutorials)) tutorials[id] = p;
    return { kind: 'ok', progress: { ...result.output, tutorials } };
  }
  const keptAs = `${DAMAGED_PREFIX}${now.toISOString()}`;
  const kept = writeItem(keptAs, raw) === 'ok';
  writeItem(PROGRESS_KEY, JSON.stringify(emptyProgress()));
  return { kind: 'damaged', keptAs: kept ? keptAs : null };
}

export function writeProgress(progress: Progress): WriteOutcome {
  return writeItem(PROGRESS_KEY, JSON.stringify(progress));
}

/** The saved progress of one tutorial, if any (own keys only). */
export function progressOf(progress: Progress, id: string): TutorialProgress | undefined {
  return Object.hasOwn(progress.tutorials, id) ? progress.tutorials[id] : undefined;
}

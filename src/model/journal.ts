import * as v from 'valibot';
import type { Result, ValidationIssue } from './problems';
import { SAFE_ID } from './safeIds';
import type { PropValues } from './types';

/** What a person can break, and mend, while a run goes on. Faults live in the run, never in the document. */
export type Fault =
  | { kind: 'stop' | 'start' | 'restore' | 'instanceDown' | 'instanceUp'; nodeId: string }
  | { kind: 'slow'; nodeId: string; factor: number }
  | { kind: 'errors'; nodeId: string; pct: number }
  | { kind: 'deploy'; nodeId: string; perInstanceMs: number }
  | { kind: 'cut' | 'heal'; edgeId: string }
  | { kind: 'replay'; topicId: string; group: string };

/**
 * A command that changes a running simulation. The runner applies each at a virtual time it
 * chooses and records it, so (diagram, seed, journal) replays the run bit for bit.
 */
export type JournalCommand =
  | { type: 'fault'; fault: Fault }
  /** A live edit: the node's or wire's stored properties from now on (sparse, as in the document). */
  | { type: 'nodeProps'; id: string; props: PropValues }
  | { type: 'edgeProps'; id: string; props: PropValues };

export interface JournalEntry {
  /** Virtual ms at which the command was applied. */
  at: number;
  command: JournalCommand;
}

/** A run's interventions, oldest first. Plain JSON; it travels in links (docs/FORMAT.md, "Run journal"). */
export interface Journal {
  version: typeof JOURNAL_VERSION;
  entries: JournalEntry[];
}

export const JOURNAL_VERSION = 1;
/** The most interventions one journal holds; far more than a person makes in an hour of play. */
export const MAX_JOURNAL_ENTRIES = 10_000;

export const emptyJournal = (): Journal => ({ version: JOURNAL_VERSION, entries: [] });

const id = v.pipe(v.string(), v.regex(SAFE_ID));
const factor = v.pipe(v.number(), v.finite(), v.minValue(0.1), v.maxValue(100));
const FaultSchema = v.variant('kind', [
  v.object({ kind: v.picklist(['stop', 'start', 'restore', 'instanceDown', 'instanceUp']), nodeId: id }),
  v.object({ kind: v.literal('slow'), nodeId: id, factor }),
  v.object({
    kind: v.literal('errors'),
    nodeId: id,
    pct: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  }),
  v.object({
    kind: v.literal('deploy'),
    nodeId: id,
    perInstanceMs: v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(3_600_000)),
  }),
  v.object({ kind: v.picklist(['cut', 'heal']), edgeId: id }),
  v.object({ kind: v.literal('replay'), topicId: id, group: v.pipe(v.string(), v.maxLength(64)) }),
]);
const props = v.record(
  v.pipe(v.string(), v.maxLength(64)),
  v.union([v.pipe(v.number(), v.finite()), v.pipe(v.string(), v.maxLength(200)), v.boolean()]),
);
const CommandSchema = v.variant('type', [
  v.object({ type: v.literal('fault'), fault: FaultSchema }),
  v.object({ type: v.literal('nodeProps'), id, props }),
  v.object({ type: v.literal('edgeProps'), id, props }),
]);
const JournalSchema = v.object({
  version: v.literal(JOURNAL_VERSION),
  entries: v.pipe(
    v.array(
      v.object({
        at: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(365 * 24 * 3_600_000)),
        command: CommandSchema,
      }),
    ),
    v.maxLength(MAX_JOURNAL_ENTRIES),
  ),
});

/**
 * Reads untrusted journal data (from a link or saved progress). Property values are checked here
 * only for their shape; the run checks them against the diagram's catalogue when it applies them.
 */
export function decodeJournal(input: unknown): Result<Journal> {
  const parsed = v.safeParse(JournalSchema, input);
  if (!parsed.success) {
    const first = parsed.issues[0];
    const path = (first?.path ?? []).map((p) => String(p.key)).join('.');
    const issue: ValidationIssue = {
      path: `journal${path ? `.${path}` : ''}`,
      problem: { code: 'damagedJournal' },
    };
    return { ok: false, issues: [issue] };
  }
  const entries = parsed.output.entries as JournalEntry[];
  for (let i = 1; i < entries.length; i++) {
    if (entries[i]!.at < entries[i - 1]!.at)
      return {
        ok: false,
        issues: [{ path: `journal.entries[${i}].at`, problem: { code: 'damagedJournal' } }],
      };
  }
  return { ok: true, value: { version: JOURNAL_VERSION, entries } };
}

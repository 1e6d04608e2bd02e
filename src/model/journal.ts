import * as v from 'valibot';
import type { Result, ValidationIssue } from './problems';
import { SAFE_ID } from './safeIds';
import type { DiagramDocument, PropValues } from './types';

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

/** A run at one moment, as a link carries it: the seed, the whole journal of its branch, the moment and how far the branch went. */
export interface RunMoment {
  seed: number;
  journal: Journal;
  /** Virtual ms the link opens at. */
  atMs: number;
  /** The furthest virtual ms the shared run reached (the timeline's end on opening). */
  endMs: number;
}

const MAX_RUN_MS = 365 * 24 * 3_600_000;
const MomentSchema = v.object({
  s: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4_294_967_295)),
  at: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_RUN_MS)),
  end: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_RUN_MS)),
  j: v.unknown(),
});

/** A moment in its compact form for links: `{s: seed, at, end, j: journal}`. */
export function packMoment(m: RunMoment): { s: number; at: number; end: number; j: Journal } {
  return { s: m.seed, at: m.atMs, end: Math.max(m.endMs, m.atMs), j: m.journal };
}

/** Reads a moment from a link: the same checks as a journal, and the moment within the run. */
export function decodeMoment(input: unknown): Result<RunMoment> {
  const parsed = v.safeParse(MomentSchema, input);
  if (!parsed.success) return { ok: false, issues: [{ path: 'run', problem: { code: 'damagedJournal' } }] };
  const journal = decodeJournal(parsed.output.j);
  if (!journal.ok) return journal;
  const { s, at, end } = parsed.output;
  return { ok: true, value: { seed: s, journal: journal.value, atMs: at, endMs: Math.max(end, at) } };
}

/**
 * The diagram as the run saw it at `atMs`: `doc` with every live edit of the journal up to then.
 * Faults are not in it: they live in the run.
 */
export function documentAt(doc: DiagramDocument, journal: Journal, atMs: number): DiagramDocument {
  let nodes = doc.nodes;
  let edges = doc.edges;
  for (const { at, command } of journal.entries) {
    if (at > atMs) break;
    if (command.type === 'nodeProps')
      nodes = nodes.map((n) => (n.id === command.id ? { ...n, props: command.props } : n));
    else if (command.type === 'edgeProps')
      edges = edges.map((e) => (e.id === command.id ? { ...e, props: command.props } : e));
  }
  return nodes === doc.nodes && edges === doc.edges ? doc : { ...doc, nodes, edges };
}

/*
 * Recorded runs in localStorage: the last MAX_RUNS under one key, each at most MAX_RUN_CHARS of
 * JSON. Saved data is untrusted (another tab, an old version, a person with dev tools): it is
 * read through a valibot schema run by run, a damaged run is left out and set aside under
 * `apip:damaged:<time>`, and ids are looked up through a Map, never as object keys.
 */
import * as v from 'valibot';
import { LIMITS } from '../../model';
import { DAMAGED_PREFIX } from '../../store/autosave';
import { readItem, type WriteOutcome, writeItem } from '../../store/storage';
import { MAX_COMPONENTS, MAX_RUN_CHARS, type RecordedRun } from './digest';

export const RUNS_KEY = 'apip:recorded-runs';
export const MAX_RUNS = 10;
export const NAME_LENGTH = 80;
const VERSION = 1;
const SAMPLES = 300;

const count = v.pipe(v.number(), v.finite(), v.minValue(0));
const duration = v.nullable(count);
const samples = v.pipe(v.array(v.pipe(v.number(), v.finite())), v.maxLength(SAMPLES));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const SeriesSchema = v.pipe(
  v.object({ time: samples, completed: samples, errors: samples, backlog: samples, inFlight: samples }),
  v.check(
    (s) => [s.completed, s.errors, s.backlog, s.inFlight].every((a) => a.length === s.time.length),
    'series of different lengths',
  ),
);

const RunSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(NAME_LENGTH)),
  diagram: text(LIMITS.nameLength),
  recordedAt: text(40),
  seed: v.pipe(v.number(), v.finite()),
  durationMs: count,
  totals: v.object({
    requests: count,
    errors: count,
    p95Ms: duration,
    stalenessMs: duration,
    backlogMax: count,
  }),
  components: v.pipe(
    v.array(
      v.object({
        id: text(LIMITS.idLength),
        label: text(LIMITS.labelLength),
        kind: text(40),
        received: count,
        completed: count,
        errors: count,
        p95Ms: duration,
        backlogMax: count,
      }),
    ),
    v.maxLength(MAX_COMPONENTS),
  ),
  series: SeriesSchema,
  nodeSeries: v.pipe(
    v.array(v.object({ id: text(LIMITS.idLength), series: SeriesSchema })),
    v.maxLength(MAX_COMPONENTS),
  ),
});

const EnvelopeSchema = v.object({ version: v.literal(VERSION), runs: v.array(v.unknown()) });

/** What was wrong with the saved runs, for a message (strings.ts: `unreadable`, `damaged`). */
export type StoreProblem =
  | { type: 'unreadable'; keptAs: string }
  | { type: 'damaged'; count: number; keptAs: string };

export interface LoadedRuns {
  runs: RecordedRun[];
  problem: StoreProblem | null;
}

/** A saved run decoded (unknown fields dropped), or why it does not decode. */
export function decodeRun(raw: unknown): { run: RecordedRun } | { problem: string } {
  const result = v.safeParse(RunSchema, raw);
  if (!result.success) return { problem: result.issues.map((i) => i.message).join('; ') };
  if (JSON.stringify(result.output).length > MAX_RUN_CHARS) return { problem: 'too large' };
  return { run: result.output };
}

/** The recorded runs, oldest first. Damaged data is set aside (never deleted) and reported. */
export function loadRuns(now: Date = new Date()): LoadedRuns {
  const raw = readItem(RUNS_KEY);
  if (raw === null) return { runs: [], problem: null };
  const keptAs = `${DAMAGED_PREFIX}${now.toISOString()}`;
  let parsed: unknown;
  try {
    // The whole list can be at most MAX_RUNS bounded runs; anything bigger is not ours.
    parsed = raw.length > (MAX_RUNS + 1) * MAX_RUN_CHARS ? undefined : JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const envelope = v.safeParse(EnvelopeSchema, parsed);
  if (!envelope.success) {
    writeItem(keptAs, raw);
    writeItem(RUNS_KEY, JSON.stringify({ version: VERSION, runs: [] }));
    return { runs: [], problem: { type: 'unreadable', keptAs } };
  }
  const runs: RecordedRun[] = [];
  const damaged: unknown[] = [];
  const ids = new Set<string>();
  for (const item of envelope.output.runs.slice(-MAX_RUNS)) {
    const decoded = decodeRun(item);
    if ('problem' in decoded) {
      damaged.push(item);
      continue;
    }
    const { run } = decoded;
    if (ids.has(run.id)) {
      damaged.push(item);
      continue;
    }
    ids.add(run.id);
    runs.push(run);
  }
  const dropped = envelope.output.runs.length - Math.min(envelope.output.runs.length, MAX_RUNS);
  if (damaged.length === 0) {
    if (dropped > 0) writeRuns(runs);
    return { runs, problem: null };
  }
  writeItem(keptAs, JSON.stringify(damaged));
  writeRuns(runs);
  return { runs, problem: { type: 'damaged', count: damaged.length, keptAs } };
}

function writeRuns(runs: readonly RecordedRun[]): WriteOutcome {
  return writeItem(RUNS_KEY, JSON.stringify({ version: VERSION, runs }));
}

export interface SaveResult {
  outcome: WriteOutcome;
  runs: RecordedRun[];
  /** Runs dropped to make room, oldest first. */
  evicted: RecordedRun[];
}

/**
 * Adds a run (given a fresh id if its id is taken) and keeps the last MAX_RUNS; when storage is
 * full, drops the oldest ones until the new run fits. A run over the size bound is refused.
 */
export function saveRun(run: RecordedRun, existing: readonly RecordedRun[] = loadRuns().runs): SaveResult {
  if ('problem' in decodeRun(run)) return { outcome: 'full', runs: [...existing], evicted: [] };
  const taken = new Set(existing.map((r) => r.id));
  let id = run.id;
  for (let n = 2; taken.has(id); n++) id = `${run.id.slice(0, 56)}-${n}`;
  const all = [...existing, { ...run, id }];
  const evicted = all.slice(0, Math.max(0, all.length - MAX_RUNS));
  let kept = all.slice(evicted.length);
  for (;;) {
    const outcome = writeRuns(kept);
    if (outcome !== 'full' || kept.length === 1) {
      if (outcome !== 'ok') return { outcome, runs: [...existing], evicted: [] };
      return { outcome, runs: kept, evicted };
    }
    evicted.push(kept[0]!);
    kept = kept.slice(1);
  }
}

/** A run's name as typed: trimmed, bounded; empty means "keep the old one". */
export const cleanName = (name: string) => name.trim().slice(0, NAME_LENGTH);

export function renameRun(
  id: string,
  name: string,
  runs: readonly RecordedRun[] = loadRuns().runs,
): RecordedRun[] {
  const clean = cleanName(name);
  if (!clean) return [...runs];
  const next = runs.map((r) => (r.id === id ? { ...r, name: clean } : r));
  writeRuns(next);
  return next;
}

export function deleteRun(id: string, runs: readonly RecordedRun[] = loadRuns().runs): RecordedRun[] {
  const next = runs.filter((r) => r.id !== id);
  writeRuns(next);
  return next;
}

/** Runs by id (a Map: an id may be `__proto__`). */
export const runsById = (runs: readonly RecordedRun[]) => new Map(runs.map((r) => [r.id, r]));

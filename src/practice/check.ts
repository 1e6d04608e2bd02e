import { type DiagramDocument, emptyJournal, type Journal, type JournalEntry, type Result } from '../model';
import { replay } from '../run/core';
import type { Challenge, CheckedRun, Condition, Measure } from './types';

/**
 * The seeds a check runs on. They are not shown anywhere in the app: a design passes because it
 * holds up, not because it was tuned to one run's random arrivals.
 */
export const HIDDEN_SEEDS: readonly number[] = [90_217, 4_411_063, 27_720_913];

export interface GoalOutcome {
  id: string;
  /** One per seed, in HIDDEN_SEEDS order; `run` numbers them from 1 (the seeds stay hidden). */
  perSeed: (Measure & { pass: boolean; run: number })[];
  pass: boolean;
}

export type CheckResult =
  | { ok: true; goals: GoalOutcome[]; pass: boolean; missing: string[] }
  /** The diagram cannot run (a wiring or property problem): the issues say what and where. */
  | { ok: false; issues: Extract<Result<unknown>, { ok: false }>['issues'] };

/** Which of the challenge's own components a condition needs. */
function subject(c: Condition): string {
  if ('nodeProps' in c) return c.nodeProps.id;
  const f = c.fault;
  return 'nodeId' in f ? f.nodeId : 'edgeId' in f ? f.edgeId : f.topicId;
}

/**
 * The challenge's scripted conditions as a run journal for this diagram: each at its time, on the
 * component it names; a node's new properties merged over what the person set.
 */
export function conditionsJournal(
  challenge: Challenge,
  doc: DiagramDocument,
): { journal: Journal; missing: string[] } {
  const ids = new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]);
  const missing = [...new Set(challenge.conditions.map(subject).filter((id) => !ids.has(id)))];
  const entries: JournalEntry[] = [];
  for (const c of [...challenge.conditions].sort((a, b) => a.at - b.at)) {
    if (!ids.has(subject(c))) continue;
    if ('fault' in c) entries.push({ at: c.at, command: { type: 'fault', fault: c.fault } });
    else {
      const node = doc.nodes.find((n) => n.id === c.nodeProps.id)!;
      entries.push({
        at: c.at,
        command: { type: 'nodeProps', id: node.id, props: { ...node.props, ...c.nodeProps.props } },
      });
    }
  }
  return { journal: { ...emptyJournal(), entries }, missing };
}

/** Runs the diagram on one seed with the conditions applied, to the challenge's duration. */
export function runOnSeed(challenge: Challenge, doc: DiagramDocument, seed: number): Result<CheckedRun> {
  const { journal, missing } = conditionsJournal(challenge, doc);
  const run = replay(doc, seed, journal, challenge.durationMs);
  if (!run.ok) return run;
  return { ok: true, value: { doc, summary: run.value.sim.summary(), seed, missing } };
}

/** Grades a diagram: every goal on every hidden seed; it passes only when all hold on all. */
export function checkChallenge(
  challenge: Challenge,
  doc: DiagramDocument,
  seeds: readonly number[] = HIDDEN_SEEDS,
): CheckResult {
  const runs: CheckedRun[] = [];
  for (const seed of seeds) {
    const run = runOnSeed(challenge, doc, seed);
    if (!run.ok) return { ok: false, issues: run.issues };
    runs.push(run.value);
  }
  const goals = challenge.goals.map((goal): GoalOutcome => {
    const perSeed = runs.map((run, i) => {
      const m = goal.measure(run);
      const pass =
        Number.isFinite(m.value) && (goal.op === 'atMost' ? m.value <= goal.limit : m.value >= goal.limit);
      return { ...m, pass, run: i + 1 };
    });
    return { id: goal.id, perSeed, pass: perSeed.every((s) => s.pass) };
  });
  return { ok: true, goals, pass: goals.every((g) => g.pass), missing: runs[0]?.missing ?? [] };
}

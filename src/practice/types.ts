import type { RunSummary } from '../engine';
import type { DiagramDocument, Fault, Localized, PropValues } from '../model';

/*
 * The interview round and the design challenges: data, in both languages. A challenge is graded
 * by running the person's diagram headless on seeds they never see, with its scripted conditions
 * (traffic changes, faults at given virtual times) applied through the run journal.
 */

export type Text = Localized;

/** Where an interview answer is shown working: a tutorial step, or a built-in example (running if it helps). */
export type ShowMeTarget =
  | { type: 'tutorial'; id: string; step?: number }
  | { type: 'example'; id: string; run?: boolean };

export interface Question {
  id: string;
  topic: Topic;
  question: Text;
  /** The model answer, with the numbers that make it convincing. Our small rich-text format. */
  answer: Text;
  showMe: ShowMeTarget;
}

export type Topic =
  | 'patterns'
  | 'sync-async'
  | 'event-driven'
  | 'gateway'
  | 'microservices'
  | 'webhooks-polling'
  | 'batch'
  | 'queues'
  | 'rabbitmq'
  | 'kafka';

/**
 * A scripted condition, at a virtual time. Components are named by their id in the challenge's
 * starting diagram (the brief tells the person not to remove them); a condition whose component
 * is gone makes the check say so.
 */
export type Condition =
  | { at: number; fault: Fault }
  /** Set a node's properties from then on (a burst: a client's rate up, then down). */
  | { at: number; nodeProps: { id: string; props: PropValues } };

/** What a goal measures on one seed's run: the figure, and why it failed where the engine knows. */
export interface Measure {
  value: number;
  /** Why the figure is what it is, in words ("Orders answered 503: its backlog was full"). */
  reason?: Text;
}

export interface ChallengeGoal {
  id: string;
  /** What is measured, e.g. "p95 latency of the web client". */
  label: Text;
  /** The target in words, e.g. "at most 500 ms". */
  target: Text;
  /** Pass when `value <= limit` ('atMost') or `value >= limit` ('atLeast'). */
  op: 'atMost' | 'atLeast';
  limit: number;
  /** Unit shown with the measured value. */
  unit: 'ms' | 'count' | 'perSecond' | 'percent' | 'instances';
  measure: (run: CheckedRun) => Measure;
}

/** One seed's finished run, as goals read it. */
export interface CheckedRun {
  doc: DiagramDocument;
  summary: RunSummary;
  seed: number;
  /** Component ids of the starting diagram that the person removed (conditions on them were skipped). */
  missing: string[];
}

export interface Challenge {
  id: string;
  title: Text;
  /** The brief: the situation, what must hold, what may be changed. */
  brief: Text;
  /** The tutorial whose lesson it practises. */
  tutorial: string;
  /** The diagram the person starts from (empty nodes allowed for "build it yourself"). */
  start: DiagramDocument;
  /** Virtual ms each seed is run for. */
  durationMs: number;
  conditions: Condition[];
  goals: ChallengeGoal[];
  /** A diagram that meets every goal, for the tests (and, one day, a "show a solution"). */
  reference: DiagramDocument;
  /** The obvious wrong design (often the start), and the goal it fails: the tests check both. */
  naive: { doc: DiagramDocument; fails: string };
}

import type { RunSummary } from '../engine';
import type {
  DiagramDocument,
  EdgeKind,
  Fault,
  IdRecord,
  JournalEntry,
  Localized,
  NodeKind,
  PropValue,
  XY,
} from '../model';
import type { ActiveFaults } from '../run/activeFaults';
import type { RunStatus } from '../run/protocol';
import type { PlaygroundEvent } from '../store/events';

/**
 * Teaching text in both languages, in our own small format (rendered as text, never as HTML):
 * paragraphs separated by a blank line, `*emphasis*`, `` `code` ``, and lists of lines that
 * start with "- ".
 */
export type Text = Localized;

/** What the goals of a step look at: the diagram, the run, and what happened since the step began. */
export interface GoalContext {
  doc: DiagramDocument;
  run: RunView;
  /** Events since the step began, oldest first. */
  events: readonly PlaygroundEvent[];
}

/** The run as goals see it: its status and clock, the summary, faults in force, broker state now. */
export interface RunView {
  status: RunStatus;
  now: number;
  summary: RunSummary | null;
  faults: ActiveFaults;
  journal: readonly JournalEntry[];
  /** Ready messages per queue right now, by node id. */
  queueDepth: IdRecord<number>;
  /** Records not yet committed, per topic and consumer group, summed over partitions. */
  lag: IdRecord<IdRecord<number>>;
}

/** A pure predicate over the learner's real state. */
export type Goal = (ctx: GoalContext) => boolean;

/** What a step points at: the spotlight glows on it. */
export type Target =
  | { type: 'palette'; kind: NodeKind }
  | { type: 'node'; role: string }
  | { type: 'field'; key: string }
  | { type: 'run'; control: 'play' | 'pause' | 'step' | 'reset' | 'speed' };

/**
 * What "Show me" does, through the same store and run actions as a person's hands. Components are
 * named by their role in the tutorial, never by id, so the actions work on any diagram.
 */
export type Action =
  | { do: 'add'; kind: NodeKind; at: XY; label?: Localized }
  | { do: 'connect'; from: string; to: string }
  | { do: 'set'; role: string; key: string; value: PropValue }
  | { do: 'setWire'; from: string; to: string; key: string; value: PropValue }
  | { do: 'run' }
  | { do: 'pause' }
  | { do: 'reset' }
  | { do: 'speed'; value: number }
  | ({ do: 'fault' } & FaultAction)
  | { do: 'remove'; role: string };

/** A fault on a component or wire found by role (faults name ids; roles are resolved first). */
export type FaultAction =
  | { role: string; fault: Exclude<Fault['kind'], 'cut' | 'heal' | 'replay' | 'slow' | 'errors' | 'deploy'> }
  | { role: string; fault: 'slow'; factor: number }
  | { role: string; fault: 'errors'; pct: number }
  | { role: string; fault: 'deploy'; perInstanceMs: number }
  | { from: string; to: string; fault: 'cut' | 'heal' }
  | { from: string; to: string; fault: 'replay' };

/** A component the tutorial talks about, found in the learner's diagram by kind (any label, any place). */
export interface Role {
  kind: NodeKind;
  /** Among several of the kind, the one wired like this (for example "the service the queue feeds"). */
  wiredFrom?: string;
  wiredTo?: string;
}

export interface Step {
  id: string;
  title: Text;
  body: Text;
  target?: Target;
  /** Reached when true. A step without a goal is read and continued. */
  goal?: Goal;
  /**
   * `stay`: the goal must go on holding in later steps (a wire that must stay); if it stops, the
   * learner is told which step it belongs to. `once`: reached once is enough (a run metric).
   */
  keep?: 'stay' | 'once';
  /** Shown after 30 s without the goal being reached. */
  hint: Text;
  /** Shown when the goal is reached: why this matters. */
  why: Text;
  /** The step done for the learner, visibly and undoably. */
  showMe: Action[];
  /** Virtual ms the headless test lets the run go on after "Show me" before the goal must hold. */
  runFor?: number;
}

export interface CheckQuestion {
  question: Text;
  options: { text: Text; correct: boolean }[];
  explanation: Text;
}

export interface Tutorial {
  id: string;
  /** The seed section it teaches (English heading of ../shared/seed). */
  section: string;
  title: Text;
  summary: Text;
  /** Minutes it takes, roughly. */
  minutes: number;
  /** Its starting diagram; `null` starts from a blank canvas. */
  start: DiagramDocument | null;
  roles: Record<string, Role>;
  steps: Step[];
  check: CheckQuestion;
  /** A design challenge to offer at the end (issue 13). */
  challenge?: string;
}

export type { EdgeKind };

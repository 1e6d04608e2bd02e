import type { RunSummary, Snapshot, TraceEvent } from '../engine';
import type { DiagramDocument, Fault, JournalCommand, JournalEntry, ValidationIssue } from '../model';
import type { ActiveFaults } from './activeFaults';
import type { RunRecord } from './core';

export type { Fault } from '../model';
export type { ActiveFaults } from './activeFaults';

export type RunStatus = 'idle' | 'running' | 'paused';

/** What the page asks the engine host to do. */
export type RunCommand =
  | { type: 'load'; doc: DiagramDocument; seed: number }
  | { type: 'edit'; doc: DiagramDocument }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'reset'; seed?: number }
  | { type: 'speed'; speed: number }
  | { type: 'fault'; fault: Fault }
  | { type: 'trace'; id: number }
  | { type: 'recent'; limit: number }
  | { type: 'series'; nodeId: string }
  /** The current run as data (diagram, seed, journal, time), to replay, share or grade it. */
  | { type: 'record' }
  /** Shows the run as it was (or will be, on the recorded branch) at virtual time `atMs`, paused. */
  | { type: 'seek'; atMs: number; id: number }
  /** Goes back to the previous moment at which something happened, paused. */
  | { type: 'stepBack'; id: number }
  /** Starts the run of a shared moment: its diagram, seed and whole journal, paused at `atMs`. */
  | { type: 'openRun'; record: RunRecord; endMs: number }
  /**
   * `catchUpMs`: the most wall time this tick may make up (about one frame's worth more than the
   * page's tick interval): more is lost, so a hidden tab or a long stall does not jump ahead.
   */
  | { type: 'tick'; wall: number; catchUpMs?: number };

/** Wall time a message takes at least to cross a wire on screen (a 2 ms hop is otherwise invisible). */
export const MIN_VISIBLE_HOP_MS = 350;

/** Broker state for the badges: queue depths, topic partitions and group lag, partition owners. */
export type MessagingCounters = Pick<Snapshot, 'queues' | 'topics' | 'consumers'>;

/** One picture of the run for the view, sent after every command and tick. */
export interface RunFrame {
  status: RunStatus;
  /** Virtual ms. */
  now: number;
  events: number;
  /** Virtual ms per wall ms actually achieved over the last ticks (below `speed` when the engine cannot keep up). */
  achievedSpeed: number;
  /** True when the last edit changed the wiring, so the run restarted from zero. */
  restarted: boolean;
  /** Faults in force (stopped nodes, slow-downs, cut wires, deploys in progress). */
  faults: ActiveFaults;
  /** Messages in flight right now. */
  inFlight: number;
  /** Per-node and per-edge live counters (the message arrays stay with the renderer). */
  counters: (Pick<Snapshot, 'nodes' | 'edges'> & Partial<MessagingCounters>) | null;
  nodeIds: readonly string[];
  edgeIds: readonly string[];
  /** Commands the run applied since the last frame, each at its virtual time (the run journal). */
  applied?: JournalEntry[];
  /** The furthest virtual time this branch of the run has reached: the timeline's end. */
  endMs: number;
  /** Every recorded command of the branch (past and still to come), when that list changed. */
  marks?: TimelineMark[];
  /** The seek (or step back) this frame answers. */
  seeked?: number;
  /** Present a few times a second, not every frame. */
  summary?: RunSummary;
  issues?: ValidationIssue[];
}

/** A fault or live edit on the timeline, at the virtual time it took effect. */
export interface TimelineMark {
  at: number;
  command: JournalCommand;
}

/** What the host sends back. */
export type RunReply =
  | { type: 'frame'; frame: RunFrame; snapshot: Snapshot | null }
  | { type: 'trace'; id: number; events: TraceEvent[] }
  | { type: 'recent'; traces: { id: number; events: TraceEvent[] }[] }
  | { type: 'series'; nodeId: string; series: NodeSeries | null }
  | {
      type: 'record';
      record: RunRecord | null;
      /** Recorded commands beyond now (after a seek back) and how far the branch reached. */
      upcoming: JournalEntry[];
      endMs: number;
    }
  /** The engine threw: the run is over (the runner dropped its simulation), the editor goes on. */
  | { type: 'failed'; message: string };

/** One node's samples, one per virtual second, oldest first (the last five minutes). */
export interface NodeSeries {
  time: number[];
  completed: number[];
  errors: number[];
  backlog: number[];
  inFlight: number[];
}

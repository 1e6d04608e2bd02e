import { create } from 'zustand';
import type { RunSummary } from '../engine';
import type { ValidationIssue } from '../model';
import { noFaults } from './activeFaults';
import type { ActiveFaults, RunStatus, TimelineMark } from './protocol';

export interface RunState {
  status: RunStatus;
  /** Virtual ms, refreshed a few times a second. */
  now: number;
  events: number;
  achievedSpeed: number;
  summary: RunSummary | null;
  issues: ValidationIssue[] | null;
  nodeIds: readonly string[];
  where: 'worker' | 'main';
  /** Bumps when the run restarted because the wiring changed. */
  restarts: number;
  faults: ActiveFaults;
  /** The message (trace id) the person pinned to follow, if any. */
  followed: number | null;
  /** Why the engine stopped the run, when it threw (the editor goes on). */
  failure: string | null;
  /** The furthest virtual time this branch of the run reached: the timeline's end. */
  endMs: number;
  /** Faults and live edits of this branch, past and still to come, for the timeline. */
  marks: readonly TimelineMark[];
}

export const NO_FAULTS: ActiveFaults = noFaults();

/** Run state for React: status, clock and the latest summary, updated at a few Hz, never per frame. */
export const useRun = create<RunState>()(() => ({
  status: 'idle',
  now: 0,
  events: 0,
  achievedSpeed: 1,
  summary: null,
  issues: null,
  nodeIds: [],
  where: 'worker',
  restarts: 0,
  faults: NO_FAULTS,
  followed: null,
  failure: null,
  endMs: 0,
  marks: [],
}));

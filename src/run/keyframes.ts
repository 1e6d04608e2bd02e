import type { JournalEntry } from '../model';
import { cloneGraph } from './clone';
import type { RunCore } from './core';

interface Keyframe {
  at: number;
  events: number;
  /** Journal entries the run had applied when the copy was taken. */
  entries: number;
  core: RunCore;
}

/**
 * Copies of the run taken as it goes, so seeking back replays from the nearest earlier copy
 * rather than from zero. Taken every `everyEvents` processed events (a measure of simulation work
 * that does not depend on the wall clock, so runs stay deterministic and tests see keyframes as
 * the page does); at most `max` are kept, every other one dropped and the spacing doubled when
 * there are more. A change the person makes drops the copies after it (they belong to the old branch).
 */
export class Keyframes {
  private frames: Keyframe[] = [];
  private every: number;

  constructor(
    private readonly everyEvents: number,
    private readonly max = 16,
  ) {
    this.every = everyEvents;
  }

  clear(): void {
    this.frames = [];
    this.every = this.everyEvents;
  }

  get count(): number {
    return this.frames.length;
  }

  /** Takes a copy of `core` if it has done enough work since the nearest copy before it. */
  note(core: RunCore): void {
    const events = core.sim.events;
    let i = this.frames.length;
    while (i > 0 && this.frames[i - 1]!.at > core.now) i--;
    const before = this.frames[i - 1];
    const after = this.frames[i];
    if (events - (before?.events ?? 0) < this.every) return;
    if (after && after.events - events < this.every / 2) return;
    this.frames.splice(i, 0, { at: core.now, events, entries: core.journalLength, core: cloneGraph(core) });
    if (this.frames.length > this.max) {
      this.frames = this.frames.filter((_, k) => k % 2 === 1);
      this.every *= 2;
    }
  }

  /** Forgets the copies taken after `atMs`: the run took another branch there. */
  dropAfter(atMs: number): void {
    this.frames = this.frames.filter((f) => f.at <= atMs);
  }

  /** The time of the latest keyframe at or before `atMs`, or -1. */
  latestAt(atMs: number): number {
    let at = -1;
    for (const f of this.frames) if (f.at <= atMs) at = f.at;
    return at;
  }

  /**
   * A fresh copy of the run at the latest keyframe at or before `atMs`, following `journal` (the
   * whole branch) from there; null when there is none.
   */
  restore(atMs: number, journal: readonly JournalEntry[]): RunCore | null {
    let best: Keyframe | undefined;
    for (const f of this.frames) if (f.at <= atMs) best = f;
    if (!best) return null;
    const core = cloneGraph(best.core);
    core.follow(journal.slice(best.entries));
    return core;
  }
}

/**
 * Advances `core` to `target` in pieces, offering each piece's end as a keyframe. The pieces
 * change nothing in the run: advancing to a time and then on is the same as advancing straight on.
 */
export function advanceNoting(core: RunCore, target: number, keyframes: Keyframes): void {
  const piece = Math.max(1000, (target - core.now) / 32);
  while (core.now + piece < target) {
    core.advance(core.now + piece);
    keyframes.note(core);
  }
  core.advance(target);
  keyframes.note(core);
}

import type { DiagramDocument, JournalCommand, JournalEntry, ValidationIssue } from '../model';
import { noFaults } from './activeFaults';
import { RunCore, type RunRecord } from './core';
import { advanceNoting, Keyframes } from './keyframes';
import {
  MIN_VISIBLE_HOP_MS,
  type RunCommand,
  type RunFrame,
  type RunReply,
  type RunStatus,
} from './protocol';

/**
 * Longest wall time one tick may spend simulating: half the wall time it covers, and at least 8 ms
 * (half a 60 Hz frame); beyond it virtual time runs slower than asked. Ticks come every frame, or
 * a few times a second with reduced motion.
 */
const TICK_BUDGET_SHARE = 0.5;
const MIN_TICK_BUDGET_MS = 8;
/** A tab that was hidden for a while does not try to catch up all at once (ticks every frame). */
const MAX_WALL_STEP_MS = 100;
const SUMMARY_EVERY_MS = 250;

/** The wiring of a diagram: if it is unchanged an edit can be applied to a running simulation. */
function wiringOf(doc: DiagramDocument): string {
  return JSON.stringify([
    doc.nodes.map((n) => [n.id, n.kind]),
    doc.edges.map((e) => [e.id, e.source, e.target]),
  ]);
}

/** The live edits that turn `prev` into `doc` (same wiring): one command per changed node or wire. */
function liveEdits(prev: DiagramDocument, doc: DiagramDocument): JournalCommand[] {
  const out: JournalCommand[] = [];
  doc.nodes.forEach((n, i) => {
    if (prev.nodes[i]?.props !== n.props && JSON.stringify(prev.nodes[i]?.props) !== JSON.stringify(n.props))
      out.push({ type: 'nodeProps', id: n.id, props: n.props });
  });
  doc.edges.forEach((e, i) => {
    if (prev.edges[i]?.props !== e.props && JSON.stringify(prev.edges[i]?.props) !== JSON.stringify(e.props))
      out.push({ type: 'edgeProps', id: e.id, props: e.props });
  });
  return out;
}

/**
 * Paces one run against the wall clock and turns commands into frames. Everything that changes
 * the simulation goes through RunCore, which records it at the virtual time it took effect, so
 * the run can be replayed exactly. Runs the same in a Web Worker and on the main thread (the
 * clock is passed in with each tick), so both hosts can be measured.
 */
export class Runner {
  private core: RunCore | null = null;
  /** The diagram the current run started from (its journal holds every change since). */
  private doc: DiagramDocument | null = null;
  private seed = 1;
  private speed = 1;
  private status: RunStatus = 'idle';
  private lastWall: number | null = null;
  private lastSummaryWall = Number.NEGATIVE_INFINITY;
  private virtualStep = 0;
  private achieved = 1;
  private restarted = false;
  /** Journal entries already reported to the page. */
  private reported = 0;
  /** The furthest virtual time this branch has reached (seeking back keeps it; a change cuts it). */
  private endMs = 0;
  /** The marks the page last heard of (journal length, upcoming length, branch count). */
  private marksKey = '';
  private branches = 0;
  private seeked: number | undefined;

  private readonly keyframes: Keyframes;

  /**
   * `keyframeEvents`: simulation events between two keyframes (copies of the run that seeking
   * back starts from). About a quarter of a second of engine work by default.
   */
  constructor(
    private readonly clock: () => number,
    { keyframeEvents = 1_000_000 }: { keyframeEvents?: number } = {},
  ) {
    this.keyframes = new Keyframes(keyframeEvents);
  }

  /** Keyframes held (copies of the run that seeking back starts from), for tests and benches. */
  get keyframeCount(): number {
    return this.keyframes.count;
  }

  /** The current run, for tests and tools that read its journal. */
  get run(): RunCore | null {
    return this.core;
  }

  /**
   * Handles one command. An exception inside the engine ends the run, never the page: the
   * simulation is dropped and the reply says what went wrong.
   */
  handle(cmd: RunCommand): RunReply | null {
    try {
      return this.handleUnsafe(cmd);
    } catch (error) {
      this.core = null;
      this.status = 'idle';
      return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private handleUnsafe(cmd: RunCommand): RunReply | null {
    switch (cmd.type) {
      case 'load':
        this.seed = cmd.seed;
        this.status = 'idle';
        return this.frame(this.start(cmd.doc), true);
      case 'edit':
        return this.frame(this.edit(cmd.doc), true);
      case 'play':
        // After the engine failed, Run starts the same diagram afresh.
        if (!this.core && this.doc) this.start(this.doc);
        if (!this.core) return this.frame(null, true);
        this.status = 'running';
        this.lastWall = null;
        return this.frame(null, true);
      case 'pause':
        this.status = this.core ? 'paused' : 'idle';
        return this.frame(null, true);
      case 'step':
        if (this.core) {
          this.core.step();
          this.status = 'paused';
          this.endMs = Math.max(this.endMs, this.core.now);
        }
        return this.frame(null, true);
      case 'reset':
        if (cmd.seed !== undefined) this.seed = cmd.seed;
        if (this.core) this.start(this.core.doc);
        else if (this.doc) this.start(this.doc);
        this.status = 'idle';
        return this.frame(null, true);
      case 'speed':
        this.speed = cmd.speed;
        return null;
      case 'tick':
        this.tick(cmd.wall, Math.min(Math.max(cmd.catchUpMs ?? MAX_WALL_STEP_MS, 0), 1000));
        return this.frame(null, false);
      case 'fault':
        if (this.core?.apply({ type: 'fault', fault: cmd.fault })) this.branch();
        return this.frame(null, true);
      case 'seek':
        this.seek(cmd.atMs);
        this.seeked = cmd.id;
        return this.frame(null, true);
      case 'stepBack':
        this.stepBack();
        this.seeked = cmd.id;
        return this.frame(null, true);
      case 'openRun':
        return this.frame(this.openRun(cmd.record, cmd.endMs), true);
      case 'trace':
        return { type: 'trace', id: cmd.id, events: this.core?.sim.trace(cmd.id) ?? [] };
      case 'series':
        return { type: 'series', nodeId: cmd.nodeId, series: this.core?.sim.series(cmd.nodeId) ?? null };
      case 'record':
        return {
          type: 'record',
          record: this.core?.record() ?? null,
          upcoming: [...(this.core?.upcoming ?? [])],
          endMs: Math.max(this.endMs, this.core?.now ?? 0),
        };
      case 'recent': {
        const sim = this.core?.sim;
        return {
          type: 'recent',
          traces: sim ? sim.recentTraces(cmd.limit).map((id) => ({ id, events: sim.trace(id) })) : [],
        };
      }
    }
  }

  /** A new run of `doc` from virtual time zero, with an empty journal. */
  private start(doc: DiagramDocument): ValidationIssue[] | null {
    this.doc = doc;
    const started = RunCore.start(doc, this.seed);
    this.core = started.ok ? started.value : null;
    this.reported = 0;
    this.lastWall = null;
    this.endMs = 0;
    this.branches++;
    this.keyframes.clear();
    return started.ok ? null : started.issues;
  }

  /** A change the person made: what was recorded beyond now is no longer this run's future. */
  private branch(): void {
    const core = this.core;
    if (!core) return;
    this.keyframes.dropAfter(core.now);
    if (core.now >= this.endMs) return;
    this.endMs = core.now;
    this.branches++;
  }

  /**
   * The run at `atMs` (within what this branch has reached), paused. Forward it advances, applying
   * the recorded commands on the way; back it replays the diagram, seed and journal from zero
   * and keeps the rest of the journal to follow. Either way the state is the one the run had.
   */
  private seek(atMs: number): void {
    const core = this.core;
    if (!core) return;
    const target = Math.max(0, Math.min(Number.isFinite(atMs) ? atMs : 0, Math.max(this.endMs, core.now)));
    if (this.status === 'running') this.status = 'paused';
    // Forward from here, unless a keyframe lies between here and there: then from that copy.
    if (target >= core.now && this.keyframes.latestAt(target) <= core.now)
      advanceNoting(core, target, this.keyframes);
    else {
      const entries = [...core.journal().entries, ...core.upcoming];
      const back = this.from(core, entries, target);
      if (!back) return;
      this.core = back;
      this.reported = back.journalLength;
    }
    if (this.status === 'idle' && target > 0) this.status = 'paused';
    this.endMs = Math.max(this.endMs, target);
  }

  /**
   * The run at `target`, replayed from the latest keyframe before it (or from zero), following
   * `entries`, the whole journal of the branch.
   */
  private from(core: RunCore, entries: JournalEntry[], target: number): RunCore | null {
    const restored = this.keyframes.restore(target, entries);
    if (restored) {
      advanceNoting(restored, target, this.keyframes);
      return restored;
    }
    const started = RunCore.start(core.startDoc, core.seed);
    if (!started.ok) return null;
    started.value.follow(entries);
    advanceNoting(started.value, target, this.keyframes);
    return started.value;
  }

  /** Back to the previous moment at which something happened (an event, a fault's step, a command). */
  private stepBack(): void {
    const core = this.core;
    if (!core || core.now <= 0) return;
    const now = core.now;
    const entries = [...core.journal().entries, ...core.upcoming];
    const journal = { ...core.journal(), entries };
    // Replay a little before now and step forward to find the last moment before it; widen the
    // window when nothing happened in it.
    for (let window = 1000; ; window *= 10) {
      const from = Math.max(0, now - window);
      const probe = this.from(core, journal.entries, from);
      if (!probe) return;
      let previous: number | null = null;
      for (;;) {
        const before = probe.now;
        probe.step();
        if (probe.now >= now || probe.now === before) break;
        previous = probe.now;
      }
      if (previous !== null || from === 0) {
        this.seek(previous ?? 0);
        return;
      }
    }
  }

  /** A shared run: replayed to its moment, paused, with the rest of its journal still to come. */
  private openRun(record: RunRecord, endMs: number): ValidationIssue[] | null {
    this.seed = record.seed;
    this.status = 'idle';
    const issues = this.start(record.doc);
    if (issues || !this.core) return issues;
    const core = this.core;
    core.follow(record.journal.entries);
    advanceNoting(core, record.atMs, this.keyframes);
    this.reported = core.journalLength;
    this.endMs = Math.max(record.atMs, endMs);
    this.status = record.atMs > 0 ? 'paused' : 'idle';
    return null;
  }

  private edit(doc: DiagramDocument): ValidationIssue[] | null {
    this.restarted = false;
    const core = this.core;
    const prev = core?.doc ?? this.doc;
    const live =
      core !== null &&
      prev !== null &&
      wiringOf(prev) === wiringOf(doc) &&
      liveEdits(prev, doc).every((c) => core.apply(c));
    if (live) {
      this.branch();
      return null;
    }
    // The wiring changed, or a setting cannot change in a running simulation (a topic's
    // partitions, a wire's consumer group): the old simulation no longer matches, so start again.
    const before = this.status;
    const issues = this.start(doc);
    this.restarted = before !== 'idle';
    this.status = this.core && before === 'running' ? 'running' : 'idle';
    return issues;
  }

  private tick(wall: number, catchUpMs: number): void {
    const core = this.core;
    if (this.status !== 'running' || !core) return;
    if (this.lastWall === null) {
      this.lastWall = wall;
      return;
    }
    const dt = Math.min(wall - this.lastWall, catchUpMs);
    this.lastWall = wall;
    if (dt <= 0) return;
    const wanted = dt * this.speed;
    const step = this.virtualStep > 0 ? Math.min(wanted, this.virtualStep) : wanted;
    const started = this.clock();
    core.advance(core.now + step);
    this.endMs = Math.max(this.endMs, core.now);
    this.keyframes.note(core);
    const took = this.clock() - started;
    // Adapt the next step so one tick stays within budget; grow back when there is room.
    const budget = Math.max(MIN_TICK_BUDGET_MS, dt * TICK_BUDGET_SHARE);
    this.virtualStep = took > budget ? (step * budget) / took : step < wanted ? step * 1.25 : 0;
    this.achieved = this.achieved * 0.8 + (step / dt) * 0.2;
  }

  private frame(issues: ValidationIssue[] | null, forceSummary: boolean): RunReply {
    const sim = this.core?.sim ?? null;
    const wall = this.clock();
    // A summary of hundreds of components is large to build and to send: less often for those.
    const every = sim && sim.nodeIds.length > 200 ? SUMMARY_EVERY_MS * 4 : SUMMARY_EVERY_MS;
    const wantSummary = sim && (forceSummary || wall - this.lastSummaryWall >= every);
    if (wantSummary) this.lastSummaryWall = wall;
    // Recently arrived messages too, so the view can keep a short hop on screen long enough to see.
    const snapshot = sim ? sim.snapshot({ recentMs: MIN_VISIBLE_HOP_MS * this.speed }) : null;
    const core = this.core;
    const applied = core ? core.entriesSince(this.reported) : [];
    this.reported += applied.length;
    const marksKey = core ? `${this.branches}/${core.journalLength}/${core.upcoming.length}` : '';
    const marks =
      core && marksKey !== this.marksKey ? [...core.journal().entries, ...core.upcoming] : undefined;
    this.marksKey = marksKey;
    const seeked = this.seeked;
    this.seeked = undefined;
    const frame: RunFrame = {
      status: this.status,
      now: sim?.now ?? 0,
      events: sim?.events ?? 0,
      achievedSpeed: this.status === 'running' ? this.achieved : this.speed,
      restarted: this.restarted,
      faults: this.core?.faults.active ?? noFaults(),
      inFlight: snapshot?.messages.count ?? 0,
      counters: snapshot
        ? {
            nodes: snapshot.nodes,
            edges: snapshot.edges,
            queues: snapshot.queues,
            topics: snapshot.topics,
            consumers: snapshot.consumers,
          }
        : null,
      nodeIds: sim?.nodeIds ?? [],
      edgeIds: sim?.edgeIds ?? [],
      endMs: Math.max(this.endMs, sim?.now ?? 0),
      ...(marks ? { marks } : {}),
      ...(seeked !== undefined ? { seeked } : {}),
      ...(applied.length ? { applied } : {}),
      ...(wantSummary && sim ? { summary: sim.summary() } : {}),
      ...(issues ? { issues } : {}),
    };
    this.restarted = false;
    return { type: 'frame', frame, snapshot };
  }
}

import { compile, type Simulation } from '../engine';
import type { DiagramDocument, PropValues } from '../model';
import { FaultBook, noFaults } from './faults';
import {
  MIN_VISIBLE_HOP_MS,
  type RunCommand,
  type RunFrame,
  type RunReply,
  type RunStatus,
} from './protocol';

/** Longest wall time one tick may spend simulating; beyond it virtual time runs slower than asked. */
const TICK_BUDGET_MS = 8;
/** A tab that was hidden for a while does not try to catch up all at once. */
const MAX_WALL_STEP_MS = 100;
const SUMMARY_EVERY_MS = 250;

/** The wiring of a diagram: if it is unchanged an edit can be applied to a running simulation. */
function wiringOf(doc: DiagramDocument): string {
  return JSON.stringify([
    doc.nodes.map((n) => [n.id, n.kind]),
    doc.edges.map((e) => [e.id, e.source, e.target]),
  ]);
}

function changedProps(before: PropValues, after: PropValues): PropValues | null {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  let out: PropValues | null = null;
  for (const k of keys) {
    if (before[k] === after[k]) continue;
    out ??= {};
    // A value removed from the sparse props is back to its default: send the full value set instead.
    if (after[k] === undefined) return after;
    out[k] = after[k]!;
  }
  return out;
}

/**
 * Owns one simulation and turns commands into frames. Runs the same in a Web Worker and on the
 * main thread (the clock is passed in with each tick), so both hosts can be measured.
 */
export class Runner {
  private sim: Simulation | null = null;
  private doc: DiagramDocument | null = null;
  private seed = 1;
  private speed = 1;
  private status: RunStatus = 'idle';
  private lastWall: number | null = null;
  private lastSummaryWall = Number.NEGATIVE_INFINITY;
  private virtualStep = 0;
  private achieved = 1;
  private restarted = false;
  private faults: FaultBook | null = null;

  constructor(private readonly clock: () => number) {}

  /**
   * Handles one command. An exception inside the engine ends the run, never the page: the
   * simulation is dropped and the reply says what went wrong.
   */
  handle(cmd: RunCommand): RunReply | null {
    try {
      return this.handleUnsafe(cmd);
    } catch (error) {
      this.sim = null;
      this.status = 'idle';
      this.faults = null;
      return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private handleUnsafe(cmd: RunCommand): RunReply | null {
    switch (cmd.type) {
      case 'load':
        this.seed = cmd.seed;
        this.status = 'idle';
        return this.frame(this.compile(cmd.doc), true);
      case 'edit':
        return this.frame(this.edit(cmd.doc), true);
      case 'play':
        // After the engine failed, Run starts the same diagram afresh.
        if (!this.sim && this.doc) this.compile(this.doc);
        if (!this.sim) return this.frame(null, true);
        this.status = 'running';
        this.lastWall = null;
        return this.frame(null, true);
      case 'pause':
        this.status = this.sim ? 'paused' : 'idle';
        return this.frame(null, true);
      case 'step':
        if (this.sim) {
          this.sim.step();
          this.faults?.fire(this.sim, this.sim.now);
          this.status = 'paused';
        }
        return this.frame(null, true);
      case 'reset':
        if (cmd.seed !== undefined) this.seed = cmd.seed;
        if (this.doc) this.compile(this.doc);
        this.status = 'idle';
        return this.frame(null, true);
      case 'speed':
        this.speed = cmd.speed;
        return null;
      case 'tick':
        this.tick(cmd.wall);
        return this.frame(null, false);
      case 'fault':
        if (this.sim) this.faults?.apply(this.sim, cmd.fault, this.sim.now);
        return this.frame(null, true);
      case 'trace':
        return { type: 'trace', id: cmd.id, events: this.sim?.trace(cmd.id) ?? [] };
      case 'series':
        return { type: 'series', nodeId: cmd.nodeId, series: this.sim?.series(cmd.nodeId) ?? null };
      case 'recent': {
        const sim = this.sim;
        return {
          type: 'recent',
          traces: sim ? sim.recentTraces(cmd.limit).map((id) => ({ id, events: sim.trace(id) })) : [],
        };
      }
    }
  }

  private compile(doc: DiagramDocument) {
    this.doc = doc;
    if (this.faults) this.faults.clear(doc);
    else this.faults = new FaultBook(doc);
    const result = compile(doc, { seed: this.seed });
    this.sim = result.ok ? result.value : null;
    this.lastWall = null;
    return result.ok ? null : result.issues;
  }

  private edit(doc: DiagramDocument) {
    this.restarted = false;
    const prev = this.doc;
    if (!prev || !this.sim || wiringOf(prev) !== wiringOf(doc) || !this.applyLive(this.sim, prev, doc)) {
      // The wiring changed, or a setting cannot change in a running simulation (a topic's
      // partitions, a wire's consumer group): the old simulation no longer matches, so start again.
      const before = this.status;
      const issues = this.compile(doc);
      this.restarted = before !== 'idle';
      this.status = this.sim && before === 'running' ? 'running' : 'idle';
      return issues;
    }
    this.doc = doc;
    this.faults?.rebase(doc);
    return null;
  }

  /** Applies changed settings to the running simulation; false if any of them it refuses. */
  private applyLive(sim: Simulation, prev: DiagramDocument, doc: DiagramDocument): boolean {
    let ok = true;
    doc.nodes.forEach((n, i) => {
      const diff = changedProps(prev.nodes[i]?.props ?? {}, n.props);
      if (diff && !sim.updateNodeProps(n.id, diff).ok) ok = false;
    });
    doc.edges.forEach((e, i) => {
      const diff = changedProps(prev.edges[i]?.props ?? {}, e.props);
      if (diff && !sim.updateEdgeProps(e.id, diff).ok) ok = false;
    });
    return ok;
  }

  private tick(wall: number) {
    if (this.status !== 'running' || !this.sim) return;
    if (this.lastWall === null) {
      this.lastWall = wall;
      return;
    }
    const dt = Math.min(wall - this.lastWall, MAX_WALL_STEP_MS);
    this.lastWall = wall;
    if (dt <= 0) return;
    const wanted = dt * this.speed;
    const step = this.virtualStep > 0 ? Math.min(wanted, this.virtualStep) : wanted;
    const started = this.clock();
    this.advance(this.sim, this.sim.now + step);
    const took = this.clock() - started;
    // Adapt the next step so one tick stays within budget; grow back when there is room.
    this.virtualStep =
      took > TICK_BUDGET_MS ? (step * TICK_BUDGET_MS) / took : step < wanted ? step * 1.25 : 0;
    this.achieved = this.achieved * 0.8 + (step / dt) * 0.2;
  }

  /** Advances to `target`, stopping at each scheduled fault step (rolling deploys) to apply it on time. */
  private advance(sim: Simulation, target: number): void {
    const faults = this.faults;
    while (faults && faults.nextAt() <= target) {
      const at = faults.nextAt();
      if (at > sim.now) sim.advanceTo(at);
      faults.fire(sim, at);
    }
    sim.advanceTo(target);
  }

  private frame(issues: ReturnType<Runner['compile']>, forceSummary: boolean): RunReply {
    const sim = this.sim;
    const wall = this.clock();
    // A summary of hundreds of components is large to build and to send: less often for those.
    const every = sim && sim.nodeIds.length > 200 ? SUMMARY_EVERY_MS * 4 : SUMMARY_EVERY_MS;
    const wantSummary = sim && (forceSummary || wall - this.lastSummaryWall >= every);
    if (wantSummary) this.lastSummaryWall = wall;
    // Recently arrived messages too, so the view can keep a short hop on screen long enough to see.
    const snapshot = sim ? sim.snapshot({ recentMs: MIN_VISIBLE_HOP_MS * this.speed }) : null;
    const frame: RunFrame = {
      status: this.status,
      now: sim?.now ?? 0,
      events: sim?.events ?? 0,
      achievedSpeed: this.status === 'running' ? this.achieved : this.speed,
      restarted: this.restarted,
      faults: this.faults?.active ?? noFaults(),
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
      ...(wantSummary && sim ? { summary: sim.summary() } : {}),
      ...(issues ? { issues } : {}),
    };
    this.restarted = false;
    return { type: 'frame', frame, snapshot };
  }
}

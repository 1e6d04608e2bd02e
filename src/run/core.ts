import { compile, type Simulation } from '../engine';
import {
  type DiagramDocument,
  edgeProps,
  emptyJournal,
  indexNodes,
  type Journal,
  type JournalCommand,
  type JournalEntry,
  nodeProps,
  type PropValues,
  type Result,
} from '../model';
import { FaultBook } from './faults';

/**
 * The effective values (defaults filled in) that differ. A value removed from the sparse props
 * is back to its default, so the default is what the simulation must be told.
 */
export function changedProps(before: PropValues, after: PropValues): PropValues | null {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  let out: PropValues | null = null;
  for (const k of keys) {
    const value = after[k];
    if (before[k] === value || value === undefined) continue;
    out ??= {};
    out[k] = value;
  }
  return out;
}

/** A run as data: replay(doc, seed, journal, atMs) brings it back exactly. */
export interface RunRecord {
  doc: DiagramDocument;
  seed: number;
  journal: Journal;
  atMs: number;
}

/**
 * One run: a compiled simulation, the faults in force and the journal of every command applied to
 * it, each at the virtual time it took effect. Wall time never enters here: the live runner
 * decides when to advance, `replay` advances straight to each recorded time, and both reach the
 * same state, bit for bit.
 */
export class RunCore {
  readonly faults: FaultBook;
  private readonly entries: JournalEntry[] = [];
  /**
   * Commands recorded beyond now, on the branch being replayed (after a seek back): applied at
   * their times as the run advances, dropped when the person changes something (a new branch).
   */
  private pending: JournalEntry[] = [];

  /** The diagram as the run sees it now: live edits included. */
  private docNow: DiagramDocument;

  private constructor(
    readonly sim: Simulation,
    /** The diagram the run started from: with the seed and the journal, the whole run. */
    readonly startDoc: DiagramDocument,
    readonly seed: number,
  ) {
    this.docNow = startDoc;
    this.faults = new FaultBook(startDoc);
  }

  /** Everything needed to replay this run to now. */
  record(): RunRecord {
    return { doc: this.startDoc, seed: this.seed, journal: this.journal(), atMs: this.sim.now };
  }

  /** Compiles a diagram into a fresh run at virtual time zero. */
  static start(doc: DiagramDocument, seed: number): Result<RunCore> {
    const compiled = compile(doc, { seed });
    return compiled.ok ? { ok: true, value: new RunCore(compiled.value, doc, seed) } : compiled;
  }

  get doc(): DiagramDocument {
    return this.docNow;
  }

  get now(): number {
    return this.sim.now;
  }

  /**
   * Advances to `target`, stopping at each scheduled fault step (rolling deploys) and at each
   * recorded command still to come, to apply it on time. A fault step due at the same time as a
   * command fires first, as it did when the command was first applied.
   */
  advance(target: number): void {
    const { faults, sim, pending } = this;
    for (;;) {
      const faultAt = faults.nextAt();
      const entryAt = pending.length ? pending[0]!.at : Number.POSITIVE_INFINITY;
      const at = Math.min(faultAt, entryAt);
      if (at > target) break;
      if (at > sim.now) sim.advanceTo(at);
      if (faultAt <= entryAt) faults.fire(sim, at);
      else {
        const entry = pending.shift()!;
        if (this.applyNow(entry.command)) this.entries.push({ at: sim.now, command: entry.command });
      }
    }
    sim.advanceTo(target);
  }

  /** Commands recorded beyond now that the run will apply as it advances (after a seek back). */
  get upcoming(): readonly JournalEntry[] {
    return this.pending;
  }

  /** The recorded future to follow from now on: entries at or after now, oldest first. */
  follow(entries: readonly JournalEntry[]): void {
    this.pending = entries.filter((e) => e.at >= this.sim.now);
  }

  /**
   * Processes the next moment at which something happens (every event at that time), as Step
   * does. Through `advance`, so a rolling deploy's step due before that moment happens first, as
   * it would in a replay that advances straight past it.
   */
  step(): void {
    const before = this.sim.events;
    for (;;) {
      const faultAt = Math.min(this.faults.nextAt(), this.pending[0]?.at ?? Number.POSITIVE_INFINITY);
      const next = Math.min(this.sim.nextEventTime(), faultAt);
      if (next === Number.POSITIVE_INFINITY) return;
      this.advance(next);
      // A moment of only stale timers is nothing happening: go on to the next one.
      if (this.sim.events > before || faultAt === next) return;
    }
  }

  /**
   * Applies a command now and records it. False when the simulation cannot take it live (a
   * topic's partitions, a wire's consumer group): the caller starts a new run instead. A command
   * the person gives starts a new branch: what was recorded beyond now is dropped.
   */
  apply(command: JournalCommand): boolean {
    if (!this.applyNow(command)) return false;
    this.pending = [];
    this.entries.push({ at: this.sim.now, command });
    return true;
  }

  private applyNow(command: JournalCommand): boolean {
    switch (command.type) {
      case 'fault':
        this.faults.apply(this.sim, command.fault, this.sim.now);
        return true;
      case 'nodeProps': {
        const node = this.docNow.nodes.find((n) => n.id === command.id);
        if (!node) return true;
        const diff = changedProps(nodeProps(node), nodeProps({ ...node, props: command.props }));
        if (diff && !this.sim.updateNodeProps(command.id, diff).ok) return false;
        this.rebase({
          ...this.docNow,
          nodes: this.docNow.nodes.map((n) => (n === node ? { ...n, props: command.props } : n)),
        });
        return true;
      }
      case 'edgeProps': {
        const edge = this.docNow.edges.find((e) => e.id === command.id);
        if (!edge) return true;
        const byId = indexNodes(this.docNow.nodes);
        const diff = changedProps(edgeProps(edge, byId), edgeProps({ ...edge, props: command.props }, byId));
        if (diff && !this.sim.updateEdgeProps(command.id, diff).ok) return false;
        this.rebase({
          ...this.docNow,
          edges: this.docNow.edges.map((e) => (e === edge ? { ...e, props: command.props } : e)),
        });
        return true;
      }
    }
  }

  private rebase(doc: DiagramDocument): void {
    this.docNow = doc;
    this.faults.rebase(doc);
  }

  /** Every command applied so far, with its virtual time: with the diagram and seed, the whole run. */
  journal(): Journal {
    return { ...emptyJournal(), entries: [...this.entries] };
  }

  /** Entries recorded since entry `from` (for the page, which hears of them frame by frame). */
  entriesSince(from: number): JournalEntry[] {
    return this.entries.slice(from);
  }

  get journalLength(): number {
    return this.entries.length;
  }
}

/**
 * The run of `doc` with `seed` and the recorded `journal`, advanced to `untilMs`: each command is
 * applied at its recorded time, exactly as the live run applied it. Pure: the same inputs give the
 * same simulation in Node, in the worker and on the main thread.
 */
export function replay(
  doc: DiagramDocument,
  seed: number,
  journal: Journal,
  untilMs: number,
): Result<RunCore> {
  const started = RunCore.start(doc, seed);
  if (!started.ok) return started;
  const core = started.value;
  core.follow(journal.entries);
  core.advance(untilMs);
  return started;
}

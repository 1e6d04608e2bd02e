import {
  CATALOGUE,
  checkPropValue,
  type DiagramDocument,
  edgePropSpecs,
  type PropSpec,
  type PropValues,
  type Result,
  type ValidationIssue,
} from '../model';
import { applyEdgeProps, type CompileOptions, compileEngine } from './compile';
import { replay } from './consumerGroup';
import { runEvent } from './dispatch';
import type { Engine } from './engine';
import { nodeUpChanged, updateNode, wireChanged } from './kinds';
import { type Snapshot, type SnapshotOptions, takeSnapshot } from './snapshot';
import { buildSummary, type RunSummary } from './summary';
import type { TraceEvent } from './trace';

const done: Result<null> = { ok: true, value: null };
const refuse = (path: string, id: string): Result<null> => ({
  ok: false,
  issues: [{ path, problem: { code: 'missingNode', id } }],
});
/** A property that shapes the run (partitions, a consumer's group) changes only with a restart. */
const fixed = (path: string): Result<null> => ({
  ok: false,
  issues: [{ path, problem: { code: 'fixedWhileRunning' } }],
});

/** A compiled diagram being simulated: advance it, read it, and change it while it runs. */
export class Simulation {
  /** Node index -> node id (the snapshot's node arrays are by index). */
  readonly nodeIds: readonly string[];
  /** Edge index -> edge id (the snapshot's edge column and edge arrays are by index). */
  readonly edgeIds: readonly string[];
  private readonly nodeIndex: Map<string, number>;
  private readonly edgeIndex: Map<string, number>;

  constructor(
    private readonly e: Engine,
    readonly seed: number,
  ) {
    this.nodeIds = e.nodeIds;
    this.edgeIds = e.edgeIds;
    this.nodeIndex = new Map(e.nodeIds.map((id, i) => [id, i]));
    this.edgeIndex = new Map(e.edgeIds.map((id, i) => [id, i]));
  }

  /** Virtual time in ms. */
  get now(): number {
    return this.e.now;
  }

  /** Events processed so far. */
  get events(): number {
    return this.e.events;
  }

  /** Processes every event up to and including time t, then sets the clock to t. */
  advanceTo(t: number): void {
    const e = this.e;
    const q = e.queue;
    let events = 0;
    while (q.size > 0 && q.peekTime() <= t) {
      q.pop();
      e.now = q.topTime;
      if (runEvent(e, q.topPayload, q.topSeq)) events++;
    }
    e.events += events;
    if (t > e.now) e.now = t;
  }

  /** Virtual time of the next pending event, or Infinity when nothing is pending. */
  nextEventTime(): number {
    const q = this.e.queue;
    return q.size > 0 ? q.peekTime() : Number.POSITIVE_INFINITY;
  }

  /** Processes every event at the next event time (skipping stale timers); false when nothing is left. */
  step(): boolean {
    const e = this.e;
    const q = e.queue;
    while (q.size > 0) {
      const t = q.peekTime();
      let acted = 0;
      while (q.size > 0 && q.peekTime() === t) {
        q.pop();
        e.now = t;
        if (runEvent(e, q.topPayload, q.topSeq)) acted++;
      }
      e.events += acted;
      if (acted > 0) return true;
    }
    return false;
  }

  /**
   * The frame snapshot: messages in flight and each node's live counters. With `recentMs`, the
   * messages also include transfers that arrived within the last recentMs of virtual time.
   */
  snapshot(options?: SnapshotOptions): Snapshot {
    return takeSnapshot(this.e, options);
  }

  /** "Replay from earliest": a consumer group's committed offsets go back to each partition's start. */
  replayGroup(topicId: string, group: string): Result<null> {
    const i = this.nodeIndex.get(topicId);
    const t = i === undefined ? null : this.e.states.topic[i];
    if (!t) return refuse('node', topicId);
    const g = t.groups.find((x) => x.name === group);
    if (!g) return refuse(`nodes.${topicId}.groups`, group);
    replay(this.e, g);
    return done;
  }

  /** The run's figures so far. */
  summary(): RunSummary {
    return buildSummary(this.e, this.seed);
  }

  /** The retained trace of one message (trace id from the snapshot's id column). */
  trace(id: number): TraceEvent[] {
    return this.e.trace.eventsOf(id);
  }

  /** The most recent trace ids, newest first. */
  recentTraces(limit: number): number[] {
    return this.e.trace.recentIds(limit);
  }

  /** A node's time series (one sample per virtual second, the last five minutes). */
  series(nodeId: string): ReturnType<Engine['series']['of']> | null {
    const i = this.nodeIndex.get(nodeId);
    return i === undefined ? null : this.e.series.of(i);
  }

  /** Stops or starts a node (fault injection). */
  setNodeUp(id: string, up: boolean): Result<null> {
    const i = this.nodeIndex.get(id);
    if (i === undefined) return refuse('node', id);
    const e = this.e;
    if (Boolean(e.nodeUp[i]) === up) return done;
    e.nodeUp[i] = up ? 1 : 0;
    const props = e.nodeProps[i]!;
    if ('up' in props) props.up = up;
    nodeUpChanged(e, i, up);
    return done;
  }

  /** Changes node properties while running; refused values leave everything as it was. */
  updateNodeProps(id: string, props: PropValues): Result<null> {
    const i = this.nodeIndex.get(id);
    if (i === undefined) return refuse('node', id);
    const e = this.e;
    const issues = check(CATALOGUE[e.nodeKinds[i]!].props, props, `nodes.${id}.props`);
    if (issues.length) return { ok: false, issues };
    const before = e.nodeProps[i]!;
    if ('partitions' in props && props.partitions !== before.partitions)
      return fixed(`nodes.${id}.props.partitions`);
    const merged = { ...before, ...props };
    e.nodeProps[i] = merged;
    if ('up' in props && typeof props.up === 'boolean') this.setNodeUp(id, props.up);
    updateNode(e, i, merged, props);
    return done;
  }

  /** Changes edge properties while running (latency, timeout, retries, breaker, route, ...). */
  updateEdgeProps(id: string, props: PropValues): Result<null> {
    const i = this.edgeIndex.get(id);
    if (i === undefined) return refuse('edge', id);
    const e = this.e;
    const kind = e.edgeKinds[i]!;
    const source = e.edgeSource[i]!;
    const target = e.edgeTarget[i]!;
    const specs = edgePropSpecs(kind, e.nodeKinds[source]!, e.nodeKinds[target]!);
    const issues = check(specs, props, `edges.${id}.props`);
    if (issues.length) return { ok: false, issues };
    const group = e.groupOfEdge[i];
    if (group && 'consumerGroup' in props && props.consumerGroup !== group.name)
      return fixed(`edges.${id}.props.consumerGroup`);
    e.edgeProps[i] = { ...e.edgeProps[i]!, ...props };
    applyEdgeProps(e, i, kind);
    wireChanged(e, i, props);
    return done;
  }

  /** Cuts or heals an edge (network partition): messages arriving on a cut edge are lost. */
  setEdgeCut(id: string, cut: boolean): Result<null> {
    const i = this.edgeIndex.get(id);
    if (i === undefined) return refuse('edge', id);
    this.e.edgeCut[i] = cut ? 1 : 0;
    return done;
  }
}

function check(specs: readonly PropSpec[], props: PropValues, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [key, value] of Object.entries(props)) {
    const spec = specs.find((s) => s.key === key);
    if (!spec) issues.push({ path: `${path}.${key}`, problem: { code: 'unknownProp', key } });
    else {
      const problem = checkPropValue(spec, value);
      if (problem) issues.push({ path: `${path}.${key}`, problem });
    }
  }
  return issues;
}

/** Compiles a diagram into a simulation; an invalid diagram is refused with its issues. */
export function compile(doc: DiagramDocument, options: CompileOptions): Result<Simulation> {
  const r = compileEngine(doc, options);
  return r.ok ? { ok: true, value: new Simulation(r.value, options.seed) } : r;
}

import type { NodeSummary, RunSummary } from '../engine';
import {
  type DiagramDocument,
  edgeProps,
  type Fault,
  indexNodes,
  type NodeKind,
  nodeProps,
  own,
  ownValues,
  type PropValue,
} from '../model';
import type { Goal, GoalContext } from './types';

/*
 * The goal library: small pure predicates over the learner's real state. They judge structure
 * and outcome (a kind is there, a wire joins two kinds, a figure passed a threshold), never
 * labels, positions or how the learner got there, and extra components are ignored.
 */

type Test = PropValue | ((value: PropValue | undefined) => boolean);
const passes = (test: Test, value: PropValue | undefined) =>
  typeof test === 'function' ? test(value) : value === test;

const nodesOf = (doc: DiagramDocument, kind: NodeKind) => doc.nodes.filter((n) => n.kind === kind);

/** At least `count` components of `kind`. */
export const kindPresent =
  (kind: NodeKind, count = 1): Goal =>
  ({ doc }) =>
    nodesOf(doc, kind).length >= count;

/** A wire from some component of kind `from` to some component of kind `to`. */
export const wired =
  (from: NodeKind, to: NodeKind): Goal =>
  ({ doc }) => {
    const byId = indexNodes(doc.nodes);
    return doc.edges.some((e) => byId.get(e.source)?.kind === from && byId.get(e.target)?.kind === to);
  };

/** A chain of wires through components of these kinds, in order (client → gateway → service). */
export const chain =
  (...kinds: NodeKind[]): Goal =>
  ({ doc }) => {
    const byId = indexNodes(doc.nodes);
    let frontier = doc.nodes.filter((n) => n.kind === kinds[0]).map((n) => n.id);
    for (const kind of kinds.slice(1)) {
      const next = new Set<string>();
      for (const e of doc.edges)
        if (frontier.includes(e.source) && byId.get(e.target)?.kind === kind) next.add(e.target);
      frontier = [...next];
      if (!frontier.length) return false;
    }
    return true;
  };

/** Some component of `kind` whose property `key` (its default when never set) passes `test`. */
export const prop =
  (kind: NodeKind, key: string, test: Test): Goal =>
  ({ doc }) =>
    nodesOf(doc, kind).some((n) => passes(test, nodeProps(n)[key]));

/** Some wire from `from` to `to` whose property `key` passes `test`. */
export const wireProp =
  (from: NodeKind, to: NodeKind, key: string, test: Test): Goal =>
  ({ doc }) => {
    const byId = indexNodes(doc.nodes);
    return doc.edges.some(
      (e) =>
        byId.get(e.source)?.kind === from &&
        byId.get(e.target)?.kind === to &&
        passes(test, edgeProps(e, byId)[key]),
    );
  };

/** The run is going (not paused, not reset). */
export const running: Goal = ({ run }) => run.status === 'running';

/** The run has reached `ms` of virtual time. */
export const ranFor =
  (ms: number): Goal =>
  ({ run }) =>
    run.now >= ms;

/** A figure of the run summary, read by `read`, is at least `threshold`. */
export const metricAtLeast =
  (read: (summary: RunSummary, doc: DiagramDocument) => number, threshold: number): Goal =>
  ({ run, doc }) =>
    run.summary !== null && read(run.summary, doc) >= threshold;

/** A figure of the run summary is at most `threshold`, once the run has some figures. */
export const metricAtMost =
  (read: (summary: RunSummary, doc: DiagramDocument) => number, threshold: number): Goal =>
  ({ run, doc }) =>
    run.summary !== null && run.now > 0 && read(run.summary, doc) <= threshold;

/** Sums a node figure over every component of `kind`. */
export function totalOf(kind: NodeKind, figure: (n: NodeSummary) => number): (summary: RunSummary) => number {
  return (summary) =>
    ownValues(summary.nodes)
      .filter((n) => n.kind === kind)
      .reduce((sum, n) => sum + figure(n), 0);
}

/** Some queue's depth peaked at `peak` or more, and is back down to `to` or fewer now. */
export const queueFellBack =
  (peak: number, to = 0): Goal =>
  ({ run, doc }) =>
    nodesOf(doc, 'queue').some((q) => {
      const max = own(run.summary?.queues, q.id)?.depth.max ?? 0;
      const now = own(run.queueDepth, q.id);
      return max >= peak && now !== undefined && now <= to;
    });

/** Some queue holds at least `depth` ready messages right now. */
export const queueDepthAtLeast =
  (depth: number): Goal =>
  ({ run, doc }) =>
    nodesOf(doc, 'queue').some((q) => (own(run.queueDepth, q.id) ?? 0) >= depth);

/** A fault of this kind is in force on some component of `kind` right now. */
export const faultActive =
  (kind: NodeKind, which: 'stopped' | 'slow' | 'errorPct' | 'instancesDown' | 'deploying'): Goal =>
  ({ run, doc }) =>
    nodesOf(doc, kind).some((n) => own(run.faults.nodes, n.id)?.[which] !== undefined);

/** A fault of `fault` kind was applied during this run to a component of `kind` (or a wire). */
export const faultApplied =
  (fault: Fault['kind'], kind?: NodeKind): Goal =>
  ({ run, doc }) => {
    const byId = indexNodes(doc.nodes);
    return run.journal.some((entry) => {
      if (entry.command.type !== 'fault' || entry.command.fault.kind !== fault) return false;
      const f = entry.command.fault;
      return kind === undefined || ('nodeId' in f && byId.get(f.nodeId)?.kind === kind);
    });
  };

/** An event since the step began matches. */
export const eventSeen =
  (match: (e: GoalContext['events'][number]) => boolean): Goal =>
  ({ events }) =>
    events.some(match);

/** Total lag of every consumer group on every topic, right now. */
export const totalLag = (ctx: GoalContext): number =>
  ownValues(ctx.run.lag).reduce((sum, groups) => sum + ownValues(groups).reduce((a, b) => a + b, 0), 0);

export const all =
  (...goals: Goal[]): Goal =>
  (ctx) =>
    goals.every((g) => g(ctx));

export const any =
  (...goals: Goal[]): Goal =>
  (ctx) =>
    goals.some((g) => g(ctx));

export const not =
  (goal: Goal): Goal =>
  (ctx) =>
    !goal(ctx);

/** Some component of kind `from` wired to at least `count` different components of kind `to` (a bus and its subscribers). */
export const fanOut =
  (from: NodeKind, to: NodeKind, count: number): Goal =>
  ({ doc }) => {
    const byId = indexNodes(doc.nodes);
    return nodesOf(doc, from).some(
      (n) =>
        new Set(
          doc.edges.filter((e) => e.source === n.id && byId.get(e.target)?.kind === to).map((e) => e.target),
        ).size >= count,
    );
  };

/**
 * Some component of kind `to`, wired from a component of kind `from`, whose property `key` (its
 * default when never set) passes `test`: "the service another service calls has 3 instances".
 */
export const targetProp =
  (from: NodeKind, to: NodeKind, key: string, test: Test): Goal =>
  ({ doc }) => {
    const byId = indexNodes(doc.nodes);
    return doc.edges.some((e) => {
      const target = byId.get(e.target);
      return byId.get(e.source)?.kind === from && target?.kind === to && passes(test, nodeProps(target)[key]);
    });
  };

/**
 * Some topic's total consumer lag peaked at `peak` records or more during the run, and is back
 * down to `to` or fewer now (a group fell behind, through a rebalance, a slow consumer or a
 * replay, and caught up again).
 */
export const lagFellBack =
  (peak: number, to = 0): Goal =>
  ({ run, doc }) =>
    nodesOf(doc, 'topic').some((t) => {
      const max = own(run.summary?.nodes, t.id)?.backlog.max ?? 0;
      const groups = own(run.lag, t.id);
      if (groups === undefined) return false;
      const now = ownValues(groups).reduce((a, b) => a + b, 0);
      return max >= peak && now <= to;
    });

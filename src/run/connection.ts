import type { TraceEvent } from '../engine';
import type { RunRecord } from './core';
import type { RunHost } from './host';
import type { NodeSeries, RunCommand, RunReply } from './protocol';

/** Replies that answer no question: frames after every command and tick, and an engine failure. */
export type RunEvent = Extract<RunReply, { type: 'frame' } | { type: 'failed' }>;

const traceWaiters = new Map<number, (events: TraceEvent[]) => void>();
const recentWaiters: ((traces: { id: number; events: TraceEvent[] }[]) => void)[] = [];
const seriesWaiters = new Map<string, (series: NodeSeries | null) => void>();
const recordWaiters: ((reply: Extract<RunReply, { type: 'record' }>) => void)[] = [];

let host: RunHost | null = null;
let hostPromise: Promise<RunHost> | null = null;

function preferredHost(): 'worker' | 'main' {
  return new URLSearchParams(globalThis.location?.search ?? '').get('engine') === 'main' ? 'main' : 'worker';
}

/** Answers the pending question a reply is for, or passes frames and failures on. */
function dispatch(reply: RunReply, onEvent: (reply: RunEvent) => void): void {
  switch (reply.type) {
    case 'trace':
      traceWaiters.get(reply.id)?.(reply.events);
      traceWaiters.delete(reply.id);
      return;
    case 'recent':
      for (const w of recentWaiters.splice(0)) w(reply.traces);
      return;
    case 'series':
      seriesWaiters.get(reply.nodeId)?.(reply.series);
      seriesWaiters.delete(reply.nodeId);
      return;
    case 'record':
      for (const w of recordWaiters.splice(0)) w(reply);
      return;
    case 'frame':
    case 'failed':
      onEvent(reply);
      return;
    default:
      reply satisfies never;
  }
}

/**
 * The engine host, created on first use (the engine's code loads with it): the worker, or the
 * main thread with `?engine=main`. `setup` runs once, before any other command is sent.
 */
export function connect(
  onEvent: (reply: RunEvent) => void,
  setup: (host: RunHost) => void,
): Promise<RunHost> {
  if (host) return Promise.resolve(host);
  hostPromise ??= (async () => {
    const { createRunHost } = await import('./host');
    const h = createRunHost((reply) => dispatch(reply, onEvent), preferredHost());
    setup(h);
    host = h;
    return h;
  })();
  return hostPromise;
}

/** The host, if it has started. */
export function currentHost(): RunHost | null {
  return host;
}

/** Asks a question of the engine and waits for its answer. */
export const ask = {
  trace(h: RunHost, id: number): Promise<TraceEvent[]> {
    return new Promise((resolve) => {
      traceWaiters.set(id, resolve);
      h.send({ type: 'trace', id });
    });
  },
  recent(h: RunHost, limit: number): Promise<{ id: number; events: TraceEvent[] }[]> {
    return new Promise((resolve) => {
      recentWaiters.push(resolve);
      h.send({ type: 'recent', limit });
    });
  },
  record(h: RunHost): Promise<RunRecord | null> {
    return ask.branch(h).then((reply) => reply.record);
  },
  /** The run with the rest of its branch: the journal beyond now and how far it reached. */
  branch(h: RunHost): Promise<Extract<RunReply, { type: 'record' }>> {
    return new Promise((resolve) => {
      recordWaiters.push(resolve);
      h.send({ type: 'record' });
    });
  },
  series(h: RunHost, nodeId: string): Promise<NodeSeries | null> {
    return new Promise((resolve) => {
      seriesWaiters.set(nodeId, resolve);
      h.send({ type: 'series', nodeId } satisfies RunCommand);
    });
  },
};

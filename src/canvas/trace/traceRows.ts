import '../../i18n/later/runText';
import type { TraceEvent } from '../../engine';
import type { MessageKey, Params } from '../../i18n';

/** One line of a message's story: when, what (an i18n key with its params), and how long it waited before. */
export interface TraceRow {
  at: number;
  key: MessageKey;
  params: Params;
  /** A wait that ended with this event: queueing, service, batching or backoff. */
  wait?: { key: MessageKey; ms: number };
  tone: 'normal' | 'good' | 'bad';
}

export interface TraceNames {
  node: (index: number) => string;
  edge: (index: number) => { from: string; to: string };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Turns a trace's raw events into the rows the trace panel shows, with the waits between them. */
export function traceRows(events: readonly TraceEvent[], names: TraceNames): TraceRow[] {
  if (events.length === 0) return [];
  const t0 = events[0]!.time;
  const lastAt = new Map<string, number>();
  const rows: TraceRow[] = [];
  for (const e of events) {
    const node = e.node >= 0 ? names.node(e.node) : '';
    const at = round(e.time - t0);
    const since = (tag: string) => {
      const start = lastAt.get(`${tag}:${e.node}`);
      return start === undefined ? undefined : round(e.time - start);
    };
    switch (e.code) {
      case 'send': {
        const { from, to } = names.edge(e.edge);
        const batchWait = since('batched');
        rows.push({
          at,
          key: 'trace.send',
          params: { from, to, ms: round(e.value - e.time) },
          tone: 'normal',
          ...(batchWait !== undefined ? { wait: { key: 'trace.waitBatch', ms: batchWait } } : {}),
        });
        lastAt.delete(`batched:${e.node}`);
        break;
      }
      case 'arrive':
        rows.push({ at, key: 'trace.arrive', params: { node }, tone: 'normal' });
        break;
      case 'queued':
        lastAt.set(`queued:${e.node}`, e.time);
        rows.push({ at, key: 'trace.queued', params: { node }, tone: 'normal' });
        break;
      case 'start': {
        const waited = since('queued');
        lastAt.set(`start:${e.node}`, e.time);
        rows.push({
          at,
          key: 'trace.start',
          params: { node },
          tone: 'normal',
          ...(waited !== undefined ? { wait: { key: 'trace.waitQueue', ms: waited } } : {}),
        });
        break;
      }
      case 'done': {
        const worked = since('start');
        rows.push({
          at,
          key: 'trace.done',
          params: { node },
          tone: 'normal',
          ...(worked !== undefined ? { wait: { key: 'trace.waitService', ms: worked } } : {}),
        });
        break;
      }
      case 'respond':
        rows.push({
          at,
          key: 'trace.respond',
          params: { node, status: e.value },
          tone: e.value >= 400 ? 'bad' : 'good',
        });
        break;
      case 'accepted':
        rows.push({ at, key: 'trace.accepted', params: { node }, tone: 'good' });
        break;
      case 'rejected':
        rows.push({ at, key: 'trace.rejected', params: { node, status: e.value }, tone: 'bad' });
        break;
      case 'batched':
        lastAt.set(`batched:${e.node}`, e.time);
        rows.push({ at, key: 'trace.batched', params: { node }, tone: 'normal' });
        break;
      case 'retry':
        rows.push({ at, key: 'trace.retry', params: { node }, tone: 'bad' });
        break;
      case 'timeout':
        rows.push({ at, key: 'trace.timeout', params: { node }, tone: 'bad' });
        break;
      case 'lost':
        rows.push({ at, key: 'trace.lost', params: { node }, tone: 'bad' });
        break;
      case 'dropped':
        rows.push({ at, key: 'trace.dropped', params: { node }, tone: 'normal' });
        break;
      case 'circuitOpen':
        rows.push({ at, key: 'trace.circuitOpen', params: { node }, tone: 'bad' });
        break;
      case 'partial':
        rows.push({ at, key: 'trace.partial', params: { node }, tone: 'bad' });
        break;
      case 'deadLettered':
        rows.push({ at, key: 'trace.deadLettered', params: { node }, tone: 'bad' });
        break;
      case 'unroutable':
        rows.push({ at, key: 'trace.unroutable', params: { node }, tone: 'bad' });
        break;
      case 'missed':
        rows.push({ at, key: 'trace.missed', params: { node }, tone: 'bad' });
        break;
    }
  }
  return rows;
}

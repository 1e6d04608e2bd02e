import type { RunSummary } from '../engine';
import { type IdRecord, idRecord, type JournalEntry, own, put } from '../model';
import { noFaults } from '../run/activeFaults';
import type { RunFrame } from '../run/protocol';
import type { RunView } from './types';

/** A run that has not started. */
export const IDLE_RUN: RunView = {
  status: 'idle',
  now: 0,
  summary: null,
  faults: noFaults(),
  journal: [],
  queueDepth: idRecord(),
  lag: idRecord(),
};

/**
 * What goals see of the run, from the latest frame (the summary comes a few times a second, so
 * the last one is kept) and the journal collected since the run began.
 */
export function runViewOf(
  frame: RunFrame,
  summary: RunSummary | null,
  journal: readonly JournalEntry[],
): RunView {
  const queueDepth = idRecord<number>();
  const lag = idRecord<IdRecord<number>>();
  const ids = frame.nodeIds;
  for (const q of frame.counters?.queues ?? []) {
    const id = ids[q.node];
    if (id !== undefined) put(queueDepth, id, q.depth);
  }
  for (const t of frame.counters?.topics ?? []) {
    const id = ids[t.node];
    if (id === undefined) continue;
    const groups = own(lag, id) ?? idRecord<number>();
    for (const g of t.groups)
      put(
        groups,
        g.group,
        g.lag.reduce((a, b) => a + b, 0),
      );
    put(lag, id, groups);
  }
  return { status: frame.status, now: frame.now, summary, faults: frame.faults, journal, queueDepth, lag };
}

import { STATUS } from './codes';
import type { Engine } from './engine';

/**
 * TODO(issue 4): queues, exchanges, event buses, Kafka topics, Streams processors and connectors
 * are not simulated yet. Until then such a node only counts what reaches it and answers a call
 * with 202, so callers never hang; it delivers nothing further.
 */
export class PlaceholderState {
  messages = 0;
  items = 0;
  constructor(readonly node: number) {}
}

/** Counts a message; a request is answered 202 Accepted. TODO(issue 4): real broker behaviour. */
export function placeholderOnMessage(e: Engine, st: PlaceholderState, m: number): void {
  st.messages++;
  st.items += e.jobs.items(m);
  if (e.jobs.call(m) < 0) {
    e.stats.received[st.node]!++;
    e.stats.completed[st.node]!++;
    e.releaseMessage(m);
    return;
  }
  const job = e.acceptJob(st.node, m);
  e.finishJob(job, STATUS.accepted, 0);
}

import { FLAG, isSuccess, STATUS } from './codes';
import type { Engine } from './engine';
import type { ServiceState } from './service';
import { TRACE } from './trace';

/**
 * The receiving end of a webhook, as a careful receiver does it: check the signature over body
 * and timestamp, refuse a timestamp outside the tolerance window (a replay), and, when set to be
 * idempotent, drop an event id it has already taken. Returns false when the delivery was answered
 * here and goes no further.
 */
export function receiveWebhook(e: Engine, st: ServiceState, job: number): boolean {
  const jobs = e.jobs;
  const edge = jobs.edge(job);
  const w = e.callers[edge]?.webhook;
  if (!w) return true;
  const props = e.edgeProps[edge]!;
  const flags = jobs.flags(job);
  if (props.verifySignature !== false) {
    const toleranceMs = Number(props.toleranceS) * 1000;
    // Every genuine attempt is signed as it is sent; only a replay carries an old timestamp.
    if (flags & FLAG.forged || (flags & FLAG.replayed && e.now - jobs.signedAt(job) > toleranceMs)) {
      w.rejectedSignatures++;
      e.trace.record(e.now, jobs.trace(job), TRACE.rejected, st.node, edge, STATUS.unauthorized);
      e.finishJob(job, STATUS.unauthorized, 0);
      return false;
    }
  } else if (flags & FLAG.forged) w.acceptedForged++;
  if (st.idempotent && !st.seen.add(jobs.eventId(job))) {
    w.duplicatesDropped++;
    e.trace.record(e.now, jobs.trace(job), TRACE.dropped, st.node, edge, STATUS.ok);
    e.finishJob(job, STATUS.ok, 0);
    return false;
  }
  return true;
}

/** A delivery was handled: count it, or let a redelivery be processed if handling failed. */
export function webhookDone(e: Engine, st: ServiceState, job: number, status: number): void {
  const jobs = e.jobs;
  const w = e.callers[jobs.edge(job)]?.webhook;
  if (!w) return;
  if (isSuccess(status)) {
    w.processed++;
    if (!(jobs.flags(job) & FLAG.injected)) w.latency.record(jobs.arrive(job) - jobs.signedAt(job));
  } else if (st.idempotent) st.seen.delete(jobs.eventId(job));
}

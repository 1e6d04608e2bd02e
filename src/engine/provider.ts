import type { PropValues } from '../model';
import { type CallerEdge, configureWebhookCaller } from './callerEdge';
import { EV, FLAG, isSuccess, STATUS } from './codes';
import { SlotQueue } from './core/slots';
import type { Engine } from './engine';
import { startCall } from './resilience';
import { TRACE } from './trace';
import type { NodeWires } from './wires';

/** Size of one change in a poll answer or a webhook body, in KB. */
export const CHANGE_KB = 1;
/** How old the timestamp of a replayed delivery is: an attacker resending a captured request. */
export const REPLAY_AGE_MS = 600_000;

/** A provider's live configuration and state: its change log is a count and a sum of times. */
export class ProviderState {
  changeRate = 0.1;
  responseTimeMs = 50;
  disableAfterMs = 600_000;
  duplicate = 0;
  forged = 0;
  replayed = 0;
  changeSeq = -1;
  /** Changes so far, and the sum of their times (a poll answer carries both). */
  changes = 0;
  changeTimeSum = 0;
  /**
   * Long polls held open until a change or their timeout (kept in the job's timer field as a
   * time). One queue event, at the earliest deadline or earlier, serves them all, instead of one
   * per poll that a change would leave behind stale.
   */
  readonly held = new SlotQueue();
  heldSeq = -1;
  heldAt = Number.POSITIVE_INFINITY;
  constructor(
    readonly node: number,
    readonly webhooks: Int32Array,
  ) {}
}

/** A provider and the subscribers its webhook wires deliver to. */
export function buildProvider(e: Engine, node: number, w: NodeWires): ProviderState {
  const st = new ProviderState(node, w.out('webhook'));
  configureProvider(e, st, e.nodeProps[node]!, true);
  return st;
}

/** Editing a disabled webhook endpoint's wire is how a person re-enables it (as on a provider's dashboard). */
export function webhookWireChanged(e: Engine, edge: number): void {
  const w = e.callers[edge]?.webhook;
  if (!w) return;
  w.disabled = false;
  w.failingSince = -1;
}

/** Reads a provider's properties into it and into the policy of its webhook edges. */
export function configureProvider(e: Engine, st: ProviderState, p: PropValues, initial: boolean): void {
  st.changeRate = Number(p.changeRate);
  st.responseTimeMs = Number(p.responseTimeMs);
  st.disableAfterMs = Number(p.disableAfterMs);
  st.duplicate = Number(p.duplicatePct) / 100;
  st.forged = Number(p.forgedPct) / 100;
  st.replayed = Number(p.replayedPct) / 100;
  for (const edge of st.webhooks) configureWebhookCaller(e.callers[edge]!, p);
  if (initial)
    st.changeSeq = e.schedule(e.now + e.rng.exponential(1000 / st.changeRate), EV.providerChange, st.node);
}

/** A change happens (Poisson): held long polls learn of it, and every subscriber gets a webhook. */
export function providerChange(e: Engine, node: number, seq: number): boolean {
  const st = e.states.provider[node]!;
  if (seq !== st.changeSeq) return false;
  st.changeSeq = e.schedule(e.now + e.rng.exponential(1000 / st.changeRate), EV.providerChange, node);
  if (!e.nodeUp[node]) return true;
  st.changes++;
  st.changeTimeSum += e.now;
  // The held-poll timer stays armed: polls held after this change have later deadlines, and
  // when it fires it finds what is due then (see longPollTimeout).
  while (st.held.length > 0) answerPoll(e, st, st.held.shift());
  if (st.webhooks.length === 0) return true;
  const trace = e.newTrace();
  const job = e.newJob(node, trace, false);
  const jobs = e.jobs;
  jobs.setFlags(job, FLAG.webhook);
  jobs.setEventId(job, trace);
  jobs.setSignedAt(job, e.now);
  jobs.setKb(job, CHANGE_KB);
  let pending = 0;
  for (let i = 0; i < st.webhooks.length; i++) {
    const edge = st.webhooks[i]!;
    const w = e.callers[edge]!.webhook!;
    w.events++;
    if (w.disabled) {
      w.missed++;
      continue;
    }
    pending++;
    startCall(e, job, edge, i, 0);
    pending += inject(e, st, job, edge, i);
  }
  jobs.setPending(job, pending);
  if (pending === 0) e.releaseJob(job);
  return true;
}

/** At-least-once duplicates, forged and replayed deliveries, as configured; returns how many. */
function inject(e: Engine, st: ProviderState, job: number, edge: number, branch: number): number {
  const jobs = e.jobs;
  const flags = jobs.flags(job);
  const eventId = jobs.eventId(job);
  let n = 0;
  if (e.rng.chance(st.duplicate)) {
    jobs.setFlags(job, flags | FLAG.injected);
    startCall(e, job, edge, branch, e.rng.next() * 1000);
    n++;
  }
  if (e.rng.chance(st.forged)) {
    jobs.setFlags(job, flags | FLAG.injected | FLAG.forged);
    jobs.setEventId(job, e.newTrace());
    startCall(e, job, edge, branch, 0);
    n++;
  }
  if (e.rng.chance(st.replayed)) {
    jobs.setFlags(job, flags | FLAG.injected | FLAG.replayed);
    jobs.setEventId(job, eventId);
    jobs.setSignedAt(job, e.now - REPLAY_AGE_MS);
    startCall(e, job, edge, branch, 0);
    jobs.setSignedAt(job, e.now);
    n++;
  }
  jobs.setFlags(job, flags);
  jobs.setEventId(job, eventId);
  return n;
}

/** One delivery of a change ended (after its retries); the endpoint may now be disabled. */
export function providerCallDone(e: Engine, job: number, call: number, status: number): void {
  const jobs = e.jobs;
  const edge = e.calls.edge(call);
  const c: CallerEdge = e.callers[edge]!;
  const w = c.webhook!;
  const st = e.states.provider[jobs.node(job)]!;
  const injected = (e.calls.flags(call) & FLAG.injected) !== 0;
  if (!injected) {
    if (isSuccess(status)) w.delivered++;
    else w.gaveUp++;
  }
  if (!w.disabled && w.failingSince >= 0 && e.now - w.failingSince >= st.disableAfterMs) {
    w.disabled = true;
    e.trace.record(e.now, jobs.trace(job), TRACE.dropped, st.node, edge, 0);
  }
  if (jobs.addPending(job, -1) === 0) e.releaseJob(job);
}

/** A poll or an API call arrived. Polls get the change count; long polls wait for a change. */
export function providerOnRequest(e: Engine, st: ProviderState, m: number): void {
  const job = e.acceptJob(st.node, m);
  const jobs = e.jobs;
  if (!e.nodeUp[st.node]) {
    e.finishJob(job, STATUS.unavailable, 0);
    return;
  }
  const flags = jobs.flags(job);
  if (!(flags & FLAG.poll)) {
    e.finishJob(job, STATUS.ok, st.responseTimeMs);
    return;
  }
  if (flags & FLAG.longPoll && jobs.pollCursor(job) >= st.changes) {
    st.held.push(job);
    const deadline = e.now + Number(e.nodeProps[jobs.origin(job)]!.longPollTimeoutMs);
    jobs.setHeldUntil(job, deadline);
    if (deadline < st.heldAt) {
      st.heldAt = deadline;
      st.heldSeq = e.schedule(deadline, EV.longPollTimeout, st.node);
    }
    return;
  }
  answerPoll(e, st, job);
}

function answerPoll(e: Engine, st: ProviderState, job: number): void {
  const jobs = e.jobs;
  jobs.setTimer(job, -1);
  const fresh = st.changes - jobs.pollCursor(job);
  jobs.setPollCursor(job, st.changes);
  jobs.setPollCursorSum(job, st.changeTimeSum);
  // A 200 carries at least the whole resource; a 304 has no body (see Engine.answer).
  jobs.setKb(job, Math.max(CHANGE_KB, fresh * CHANGE_KB));
  const status = fresh <= 0 && jobs.flags(job) & FLAG.conditional ? STATUS.notModified : STATUS.ok;
  e.finishJob(job, status, st.responseTimeMs);
}

/** The earliest held long poll reached its timeout: answer those due (empty), keep the rest. */
export function longPollTimeout(e: Engine, node: number, seq: number): boolean {
  const st = e.states.provider[node]!;
  if (seq !== st.heldSeq) return false;
  const jobs = e.jobs;
  const now = e.now;
  let next = Number.POSITIVE_INFINITY;
  const due: number[] = [];
  st.held.filter((job) => {
    const at = jobs.heldUntil(job);
    if (at <= now) {
      due.push(job);
      return false;
    }
    if (at < next) next = at;
    return true;
  });
  st.heldAt = next;
  st.heldSeq = next < Number.POSITIVE_INFINITY ? e.schedule(next, EV.longPollTimeout, node) : -1;
  for (const job of due) answerPoll(e, st, job);
  // A sweep that found nothing due is bookkeeping, not counted as an event.
  return due.length > 0;
}

import {
  admitThroughBreaker,
  BUDGET_RESERVE,
  breakerResult,
  CONNECTION_TIMEOUT_MS,
  webhookAttemptResult,
} from './callerEdge';
import { EV, FLAG, isRetryable, isSuccess, MSG, STATUS } from './codes';
import { armDeadline } from './deadlines';
import type { Engine } from './engine';
import { CALL } from './records';
import { TRACE } from './trace';

/*
 * Calls over caller edges: attempts, answers, timeouts, retries with backoff and budget, and the
 * circuit breaker (its policy and state live in callerEdge.ts).
 */

/** Starts a call from a job over an edge; the caller's behaviour hears the outcome via onCallDone. */
export function startCall(e: Engine, job: number, edge: number, branch: number, delay: number): number {
  const calls = e.calls;
  const j = e.jobs;
  const call = calls.alloc();
  calls.setEdge(call, edge);
  calls.setJob(call, job);
  calls.setJobSerial(call, j.serial(job));
  calls.setSerial(call, e.nextCallSerial());
  calls.setAttempt(call, 0);
  calls.setStart(call, e.now + delay);
  calls.setTimer(call, -1);
  calls.setBranch(call, branch);
  calls.setTrace(call, j.trace(job));
  // Path, origin and size are read from the parent job at each attempt; flags and a1/a2 are
  // per call (a provider varies them between the deliveries of one change).
  calls.setFlags(call, j.flags(job));
  calls.setItems(call, j.items(job));
  calls.setA1(call, j.a1(job));
  calls.setA2(call, j.a2(job));
  const c = e.callers[edge]!;
  c.calls++;
  if (c.budget) c.budgetTokens = Math.min(BUDGET_RESERVE, c.budgetTokens + c.budgetPct / 100);
  attempt(e, call, delay);
  return call;
}

function attempt(e: Engine, call: number, delay: number): void {
  const calls = e.calls;
  const edge = calls.edge(call);
  const c = e.callers[edge]!;
  if (c.breaker && !admitThroughBreaker(e, c, calls.serial(call))) {
    c.shortCircuited++;
    // Delivered as an event at the same instant, so callers never re-enter their own handlers.
    calls.setState(call, CALL.backoff);
    calls.setTimer(call, e.schedule(e.now + delay, EV.callRetry, call));
    calls.setFlags(call, calls.flags(call) | FLAG.shortCircuit);
    return;
  }
  const job = calls.job(call);
  const jobs = e.jobs;
  if (jobs.serial(job) !== calls.jobSerial(call)) {
    // The caller's job is gone (an aggregation deadline, a stopped node): nobody wants a retry.
    calls.setState(call, CALL.free);
    calls.release(call);
    return;
  }
  c.attempts++;
  calls.setAttempt(call, calls.attempt(call) + 1);
  calls.setState(call, CALL.waiting);
  calls.setAttemptStart(call, e.now + delay);
  // The request travels as the job it becomes at the target.
  const flags = calls.flags(call);
  const m = e.newMessage(flags & FLAG.batch ? MSG.batch : MSG.request, e.edgeTarget[edge]!);
  jobs.setCall(m, call);
  jobs.setCallSerial(m, calls.serial(call));
  jobs.setAttempt(m, calls.attempt(call));
  jobs.setTrace(m, calls.trace(call));
  jobs.setPath(m, jobs.path(job));
  jobs.setOrigin(m, jobs.origin(job));
  jobs.setFlags(m, flags);
  jobs.setItems(m, calls.items(call));
  jobs.setKb(m, jobs.kb(job));
  jobs.setA1(m, calls.a1(call));
  jobs.setA2(m, calls.a2(call));
  e.transfer(m, edge, delay, e.edgeSource[edge]!);
  calls.setTimer(call, -1);
  if (c.timeoutMs > 0)
    armDeadline(e, c.deadlines, edge, call, calls.attempt(call), e.now + delay + c.timeoutMs);
}

/** A response or error message reached its caller. */
export function onAnswer(e: Engine, m: number): void {
  const msgs = e.jobs;
  const calls = e.calls;
  const call = msgs.call(m);
  const state = calls.state(call);
  const edge = msgs.edge(m);
  if (
    calls.serial(call) !== msgs.callSerial(m) ||
    calls.attempt(call) !== msgs.attempt(m) ||
    (state !== CALL.waiting && state !== CALL.accepted)
  ) {
    e.callers[edge]!.lateAnswers++;
    return;
  }
  const status = msgs.status(m);
  if (status === STATUS.acceptedForLater && state === CALL.waiting) {
    calls.setState(call, CALL.accepted);
    calls.setTimer(call, -1);
    breakerResult(e, e.callers[edge]!, calls.serial(call), false);
    e.trace.record(e.now, msgs.trace(m), TRACE.accepted, e.edgeSource[edge]!, edge, STATUS.accepted);
    e.onCallAccepted(e, calls.job(call), call);
    return;
  }
  calls.setA1(call, msgs.a1(m));
  calls.setA2(call, msgs.a2(m));
  calls.setItems(call, msgs.items(m));
  calls.setTimer(call, -1);
  settle(e, call, status);
}

function settle(e: Engine, call: number, status: number): void {
  const calls = e.calls;
  const c = e.callers[calls.edge(call)]!;
  if (isSuccess(status)) {
    // The common case, kept short: most calls succeed on edges without a breaker or webhook.
    if (c.breaker) breakerResult(e, c, calls.serial(call), false);
    if (c.webhook && !(calls.flags(call) & FLAG.injected)) webhookAttemptResult(e, c, true);
    finish(e, call, status);
    return;
  }
  const retryable = isRetryable(status);
  if (c.breaker) breakerResult(e, c, calls.serial(call), retryable);
  if (c.webhook && !(calls.flags(call) & FLAG.injected)) webhookAttemptResult(e, c, false);
  if (retryable && calls.attempt(call) <= c.retries && calls.state(call) !== CALL.accepted) {
    if (!c.budget || c.budgetTokens >= 1) {
      if (c.budget) c.budgetTokens -= 1;
      if (c.webhook?.disabled) {
        finish(e, call, status);
        return;
      }
      c.retried++;
      const base = c.backoffMs * 2 ** (calls.attempt(call) - 1);
      const wait = c.jitter ? e.rng.next() * base : base;
      calls.setState(call, CALL.backoff);
      calls.setTimer(call, e.schedule(e.now + wait, EV.callRetry, call));
      e.trace.record(
        e.now,
        calls.trace(call),
        TRACE.retry,
        e.edgeSource[calls.edge(call)]!,
        calls.edge(call),
        wait,
      );
      return;
    }
    c.retriesDenied++;
  }
  finish(e, call, status);
}

function finish(e: Engine, call: number, status: number): void {
  const calls = e.calls;
  const job = calls.job(call);
  calls.setState(call, CALL.free);
  if (e.jobs.serial(job) === calls.jobSerial(call)) e.onCallDone(e, job, call, status);
  calls.release(call);
}

/** A call's retry (or short-circuit) timer fired; stale timers are ignored. */
export function onRetryTimer(e: Engine, call: number, seq: number): boolean {
  const calls = e.calls;
  if (calls.timer(call) !== seq) return false;
  calls.setTimer(call, -1);
  if (calls.flags(call) & FLAG.shortCircuit) {
    calls.setFlags(call, calls.flags(call) & ~FLAG.shortCircuit);
    const edge = calls.edge(call);
    e.trace.record(e.now, calls.trace(call), TRACE.circuitOpen, e.edgeSource[edge]!, edge, 0);
    finish(e, call, STATUS.circuitOpen);
  } else attempt(e, call, 0);
  return true;
}

/** An edge's deadline timer fired: every call on it past its deadline times out. */
export function onDeadlines(e: Engine, edge: number, seq: number): boolean {
  const c = e.callers[edge]!;
  const list = c.deadlines;
  if (seq !== list.timerSeq) return false;
  const due = list.sweep(e, edge);
  const calls = e.calls;
  let acted = false;
  for (let i = 0; i < due; i++) {
    if (!list.stillDue(e, i)) continue;
    acted = true;
    const call = list.dueCall(i);
    c.timeouts++;
    e.trace.record(e.now, calls.trace(call), TRACE.timeout, e.edgeSource[edge]!, edge, 0);
    // An accepted async call that lost its callback cannot be retried: its work was accepted.
    if (calls.state(call) === CALL.accepted) calls.setState(call, CALL.waiting);
    settle(e, call, STATUS.none);
  }
  // A sweep that found nothing due is bookkeeping, not counted as an event.
  return acted;
}

/** A message was lost on a cut edge: make sure its call ends in a timeout rather than hanging. */
export function onLost(e: Engine, m: number): void {
  const msgs = e.jobs;
  const edge = msgs.edge(m);
  e.edgeLost[edge]!++;
  e.trace.record(e.now, msgs.trace(m), TRACE.lost, e.edgeSource[edge]!, edge, 0);
  const call = msgs.call(m);
  if (call < 0) return;
  const calls = e.calls;
  const attemptNo = calls.attempt(call);
  if (calls.serial(call) !== msgs.callSerial(m) || attemptNo !== msgs.attempt(m)) return;
  const state = calls.state(call);
  const c = e.callers[edge]!;
  if (state === CALL.waiting && c.timeoutMs > 0) return;
  if (state !== CALL.waiting && state !== CALL.accepted) return;
  const at = Math.max(e.now, calls.attemptStart(call) + CONNECTION_TIMEOUT_MS);
  armDeadline(e, c.deadlines, edge, call, -attemptNo, at);
}

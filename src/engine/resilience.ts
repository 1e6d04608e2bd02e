import type { PropValues } from '../model';
import { BREAKER, EV, FLAG, isRetryable, isSuccess, MSG, STATUS } from './codes';
import { Histogram } from './core/histogram';
import { armDeadline, DeadlineList } from './deadlines';
import type { Engine } from './engine';
import { CALL } from './records';
import { TRACE } from './trace';

/**
 * A request or answer lost on a cut edge with no timeout set would leave its caller waiting for
 * ever; real transports notice a dead connection eventually. This is that "eventually".
 */
export const CONNECTION_TIMEOUT_MS = 30_000;
/** Retry budget: the reserve it starts with and the most it can bank, in retries. */
export const BUDGET_RESERVE = 10;

/** Extra delivery figures for a provider's webhook edge. */
export class WebhookPath {
  events = 0;
  delivered = 0;
  gaveUp = 0;
  missed = 0;
  duplicatesDropped = 0;
  rejectedSignatures = 0;
  acceptedForged = 0;
  processed = 0;
  failedAttempts = 0;
  disabled = false;
  /** Start of the current run of failed attempts; -1 while deliveries succeed. */
  failingSince = -1;
  readonly latency = new Histogram();
}

/**
 * The resilience policy of one outgoing call edge (timeout, retries with exponential backoff and
 * jitter, retry budget, circuit breaker), its live state and its counters. Mutable, so property
 * edits apply to the next call.
 */
export class CallerEdge {
  timeoutMs = 0;
  retries = 0;
  backoffMs = 100;
  jitter = true;
  budget = false;
  budgetPct = 10;
  breaker = false;
  threshold = 5;
  cooldownMs = 5000;

  breakerState: number = BREAKER.closed;
  consecutiveFailures = 0;
  openUntil = 0;
  probeSerial = -1;
  budgetTokens = BUDGET_RESERVE;

  calls = 0;
  attempts = 0;
  retried = 0;
  retriesDenied = 0;
  timeouts = 0;
  lateAnswers = 0;
  openings = 0;
  shortCircuited = 0;
  webhook: WebhookPath | null = null;
  readonly deadlines = new DeadlineList();
}

/** Reads a call edge's resilience properties into its policy. */
export function configureCaller(c: CallerEdge, p: PropValues): void {
  c.timeoutMs = Number(p.timeoutMs ?? 0);
  c.retries = Number(p.retries ?? 0);
  c.backoffMs = Number(p.backoffMs ?? 100);
  c.jitter = p.jitter !== false;
  c.budget = p.retryBudget === true;
  c.budgetPct = Number(p.retryBudgetPct ?? 10);
  c.breaker = p.breaker === true;
  c.threshold = Number(p.breakerThreshold ?? 5);
  c.cooldownMs = Number(p.breakerCooldownMs ?? 5000);
  if (!c.breaker) c.breakerState = BREAKER.closed;
}

/** A provider's webhook policy: its timeout, attempts and backoff, always with jitter, no breaker. */
export function configureWebhookCaller(c: CallerEdge, provider: PropValues): void {
  c.timeoutMs = Number(provider.webhookTimeoutMs);
  c.retries = Number(provider.webhookMaxAttempts) - 1;
  c.backoffMs = Number(provider.webhookBackoffMs);
  c.jitter = true;
  c.budget = false;
  c.breaker = false;
  if (!c.webhook) c.webhook = new WebhookPath();
}

/** The breaker state as the view shows it (an expired open breaker reads as half-open). */
export function breakerStateNow(c: CallerEdge, now: number): number {
  if (!c.breaker) return BREAKER.none;
  if (c.breakerState === BREAKER.open && now >= c.openUntil) return BREAKER.halfOpen;
  return c.breakerState;
}

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
  const msgs = e.msgs;
  const m = msgs.alloc();
  const flags = calls.flags(call);
  msgs.setKind(m, flags & FLAG.batch ? MSG.batch : MSG.request);
  msgs.setCall(m, call);
  msgs.setSerial(m, calls.serial(call));
  msgs.setAttempt(m, calls.attempt(call));
  msgs.setStatus(m, 0);
  msgs.setTrace(m, calls.trace(call));
  msgs.setPath(m, jobs.path(job));
  msgs.setOrigin(m, jobs.origin(job));
  msgs.setFlags(m, flags);
  msgs.setItems(m, calls.items(call));
  msgs.setKb(m, jobs.kb(job));
  msgs.setA1(m, calls.a1(call));
  msgs.setA2(m, calls.a2(call));
  e.transfer(m, edge, delay, e.edgeSource[edge]!);
  calls.setTimer(call, -1);
  if (c.timeoutMs > 0)
    armDeadline(e, c.deadlines, edge, call, calls.attempt(call), e.now + delay + c.timeoutMs);
}

function admitThroughBreaker(e: Engine, c: CallerEdge, serial: number): boolean {
  if (c.breakerState === BREAKER.closed) return true;
  if (c.breakerState === BREAKER.open) {
    if (e.now < c.openUntil) return false;
    c.breakerState = BREAKER.halfOpen;
    c.probeSerial = -1;
  }
  // Half-open: one probe at a time decides whether to close again.
  if (c.probeSerial >= 0) return false;
  c.probeSerial = serial;
  return true;
}

function breakerResult(e: Engine, c: CallerEdge, serial: number, failed: boolean): void {
  if (!c.breaker) return;
  if (c.breakerState === BREAKER.halfOpen) {
    if (serial !== c.probeSerial) return;
    c.probeSerial = -1;
    if (failed) openBreaker(e, c);
    else {
      c.breakerState = BREAKER.closed;
      c.consecutiveFailures = 0;
    }
    return;
  }
  if (c.breakerState === BREAKER.open) return;
  if (!failed) {
    c.consecutiveFailures = 0;
    return;
  }
  if (++c.consecutiveFailures >= c.threshold) openBreaker(e, c);
}

function openBreaker(e: Engine, c: CallerEdge): void {
  c.breakerState = BREAKER.open;
  c.openUntil = e.now + c.cooldownMs;
  c.openings++;
  c.consecutiveFailures = 0;
}

/** A response or error message reached its caller. */
export function onAnswer(e: Engine, m: number): void {
  const msgs = e.msgs;
  const calls = e.calls;
  const call = msgs.call(m);
  const state = calls.state(call);
  const edge = msgs.edge(m);
  if (
    calls.serial(call) !== msgs.serial(m) ||
    calls.attempt(call) !== msgs.attempt(m) ||
    (state !== CALL.waiting && state !== CALL.accepted)
  ) {
    e.callers[edge]!.lateAnswers++;
    return;
  }
  const status = msgs.status(m);
  if (status === STATUS.accepted && state === CALL.waiting && calls.flags(call) & FLAG.async) {
    calls.setState(call, CALL.accepted);
    calls.setTimer(call, -1);
    breakerResult(e, e.callers[edge]!, calls.serial(call), false);
    e.trace.record(e.now, msgs.trace(m), TRACE.accepted, e.edgeSource[edge]!, edge, status);
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
  const retryable = isRetryable(status);
  breakerResult(e, c, calls.serial(call), !isSuccess(status) && retryable);
  if (c.webhook && !(calls.flags(call) & FLAG.injected)) webhookAttemptResult(e, c, isSuccess(status));
  if (
    !isSuccess(status) &&
    retryable &&
    calls.attempt(call) <= c.retries &&
    calls.state(call) !== CALL.accepted
  ) {
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

function webhookAttemptResult(e: Engine, c: CallerEdge, ok: boolean): void {
  const w = c.webhook!;
  if (ok) {
    w.failingSince = -1;
    return;
  }
  w.failedAttempts++;
  if (w.failingSince < 0) w.failingSince = e.now;
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
  for (let i = 0; i < due; i++) {
    if (!list.stillDue(e, i)) continue;
    const call = list.dueCall(i);
    c.timeouts++;
    e.trace.record(e.now, calls.trace(call), TRACE.timeout, e.edgeSource[edge]!, edge, 0);
    // An accepted async call that lost its callback cannot be retried: its work was accepted.
    if (calls.state(call) === CALL.accepted) calls.setState(call, CALL.waiting);
    settle(e, call, STATUS.none);
  }
  return true;
}

/** A message was lost on a cut edge: make sure its call ends in a timeout rather than hanging. */
export function onLost(e: Engine, m: number): void {
  const msgs = e.msgs;
  const edge = msgs.edge(m);
  e.edgeLost[edge]!++;
  e.trace.record(e.now, msgs.trace(m), TRACE.lost, e.edgeSource[edge]!, edge, 0);
  const call = msgs.call(m);
  if (call < 0) return;
  const calls = e.calls;
  const attemptNo = calls.attempt(call);
  if (calls.serial(call) !== msgs.serial(m) || attemptNo !== msgs.attempt(m)) return;
  const state = calls.state(call);
  const c = e.callers[edge]!;
  if (state === CALL.waiting && c.timeoutMs > 0) return;
  if (state !== CALL.waiting && state !== CALL.accepted) return;
  const at = Math.max(e.now, calls.attemptStart(call) + CONNECTION_TIMEOUT_MS);
  armDeadline(e, c.deadlines, edge, call, -attemptNo, at);
}

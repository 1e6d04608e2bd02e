import type { PropValues } from '../model';
import { BREAKER } from './codes';
import { Histogram } from './core/histogram';
import { DeadlineList } from './deadlines';
import type { Engine } from './engine';

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

/** Whether the breaker lets this call through (closed; or half-open and no probe out yet). */
export function admitThroughBreaker(e: Engine, c: CallerEdge, serial: number): boolean {
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

/** Feeds one call's outcome to the breaker: failures open it, a probe's result decides. */
export function breakerResult(e: Engine, c: CallerEdge, serial: number, failed: boolean): void {
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

/** A genuine webhook attempt ended: track how long the endpoint has been failing. */
export function webhookAttemptResult(e: Engine, c: CallerEdge, ok: boolean): void {
  const w = c.webhook!;
  if (ok) {
    w.failingSince = -1;
    return;
  }
  w.failedAttempts++;
  if (w.failingSince < 0) w.failingSince = e.now;
}

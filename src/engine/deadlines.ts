import { EV } from './codes';
import { grown } from './core/slots';
import type { Engine } from './engine';
import { CALL } from './records';

/**
 * The deadlines of the calls waiting on one edge. Most calls answer long before their timeout,
 * so instead of one queue event per call (pushed, then popped stale), the edge keeps a list and
 * one queue event at its earliest live deadline; answered calls drop out when the list is next
 * swept. A negative attempt marks a lost-connection deadline, which also covers an accepted
 * async call waiting for its callback.
 */
export class DeadlineList {
  call = new Int32Array(16);
  serial = new Float64Array(16);
  attempt = new Int32Array(16);
  at = new Float64Array(16);
  count = 0;
  timerSeq = -1;
  timerAt = Number.POSITIVE_INFINITY;
  private due = new Int32Array(16);
  private dueSerial = new Float64Array(16);
  private dueAttempt = new Int32Array(16);

  /** Adds a deadline; the caller makes sure the edge's timer is no later than `at`. */
  add(call: number, serial: number, attempt: number, at: number): void {
    const i = this.count;
    if (i === this.call.length) {
      const n = i * 2;
      this.call = grown(this.call, n);
      this.serial = grown(this.serial, n);
      this.attempt = grown(this.attempt, n);
      this.at = grown(this.at, n);
    }
    this.call[i] = call;
    this.serial[i] = serial;
    this.attempt[i] = attempt;
    this.at[i] = at;
    this.count = i + 1;
  }

  /** Removes answered calls, returns how many are due (read them with dueCall/...) and re-arms the timer. */
  sweep(e: Engine, edge: number): number {
    const calls = e.calls;
    const now = e.now;
    let w = 0;
    let due = 0;
    let next = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.count; i++) {
      const call = this.call[i]!;
      const attempt = this.attempt[i]!;
      if (!isLive(calls.serial(call), calls.attempt(call), calls.state(call), this.serial[i]!, attempt))
        continue;
      const at = this.at[i]!;
      if (at <= now) {
        if (due === this.due.length) {
          this.due = grown(this.due, due * 2);
          this.dueSerial = grown(this.dueSerial, due * 2);
          this.dueAttempt = grown(this.dueAttempt, due * 2);
        }
        this.due[due] = call;
        this.dueSerial[due] = this.serial[i]!;
        this.dueAttempt[due++] = attempt;
        continue;
      }
      this.call[w] = call;
      this.serial[w] = this.serial[i]!;
      this.attempt[w] = attempt;
      this.at[w++] = at;
      if (at < next) next = at;
    }
    this.count = w;
    this.timerAt = next;
    this.timerSeq = next < Number.POSITIVE_INFINITY ? e.schedule(next, EV.callTimeout, edge) : -1;
    return due;
  }

  /** The i-th due call of the last sweep. */
  dueCall(i: number): number {
    return this.due[i]!;
  }

  /** Its recorded attempt (negative for a lost-connection deadline). */
  dueAttemptOf(i: number): number {
    return this.dueAttempt[i]!;
  }

  /** Whether the i-th due call still refers to the same live attempt (an earlier timeout may have ended it). */
  stillDue(e: Engine, i: number): boolean {
    const call = this.due[i]!;
    const calls = e.calls;
    return isLive(
      calls.serial(call),
      calls.attempt(call),
      calls.state(call),
      this.dueSerial[i]!,
      this.dueAttempt[i]!,
    );
  }
}

function isLive(serial: number, attempt: number, state: number, wantSerial: number, want: number): boolean {
  if (serial !== wantSerial) return false;
  if (want < 0) return attempt === -want && (state === CALL.waiting || state === CALL.accepted);
  return attempt === want && state === CALL.waiting;
}

/** Arms a deadline for a call's current attempt on its edge. */
export function armDeadline(
  e: Engine,
  list: DeadlineList,
  edge: number,
  call: number,
  attempt: number,
  at: number,
): void {
  list.add(call, e.calls.serial(call), attempt, at);
  if (at < list.timerAt) {
    list.timerAt = at;
    list.timerSeq = e.schedule(at, EV.callTimeout, edge);
  }
}

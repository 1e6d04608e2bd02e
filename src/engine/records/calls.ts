import { SlotPool } from '../core/slots';

// Records lie one after another in a single Float64Array (array of structs), so the fields of
// the record a handler works on share a cache line or two; with one typed array per field each
// field read was its own cache miss. Integer fields are stored as doubles, exactly. Accessors
// are small methods, which V8 inlines.

/** Call states. */
export const CALL = { free: 0, waiting: 1, backoff: 2, accepted: 3 } as const;

/**
 * One logical call from a caller's job over one outgoing edge, across its attempts (retries).
 * `serial` is unique for the whole run, so a late answer to a finished call is recognised even
 * after the slot was reused.
 */
export class Calls extends SlotPool {
  static readonly STRIDE = 16;
  f = new Float64Array(this.capacity * 16);

  protected resize(n: number): void {
    const f = new Float64Array(n * 16);
    f.set(this.f);
    this.f = f;
  }

  edge(i: number): number {
    return this.f[i * 16]!;
  }
  setEdge(i: number, v: number): void {
    this.f[i * 16] = v;
  }

  /** Parent job at the caller. */
  job(i: number): number {
    return this.f[i * 16 + 1]!;
  }
  setJob(i: number, v: number): void {
    this.f[i * 16 + 1] = v;
  }

  jobSerial(i: number): number {
    return this.f[i * 16 + 2]!;
  }
  setJobSerial(i: number, v: number): void {
    this.f[i * 16 + 2] = v;
  }

  serial(i: number): number {
    return this.f[i * 16 + 3]!;
  }
  setSerial(i: number, v: number): void {
    this.f[i * 16 + 3] = v;
  }

  state(i: number): number {
    return this.f[i * 16 + 4]!;
  }
  setState(i: number, v: number): void {
    this.f[i * 16 + 4] = v;
  }

  attempt(i: number): number {
    return this.f[i * 16 + 5]!;
  }
  setAttempt(i: number, v: number): void {
    this.f[i * 16 + 5] = v;
  }

  start(i: number): number {
    return this.f[i * 16 + 6]!;
  }
  setStart(i: number, v: number): void {
    this.f[i * 16 + 6] = v;
  }

  attemptStart(i: number): number {
    return this.f[i * 16 + 7]!;
  }
  setAttemptStart(i: number, v: number): void {
    this.f[i * 16 + 7] = v;
  }

  /** Sequence number of the pending retry event; -1 when none. */
  timer(i: number): number {
    return this.f[i * 16 + 8]!;
  }
  setTimer(i: number, v: number): void {
    this.f[i * 16 + 8] = v;
  }

  /** Which of its parent's branches this call is (route, target, subscriber). */
  branch(i: number): number {
    return this.f[i * 16 + 9]!;
  }
  setBranch(i: number, v: number): void {
    this.f[i * 16 + 9] = v;
  }

  trace(i: number): number {
    return this.f[i * 16 + 10]!;
  }
  setTrace(i: number, v: number): void {
    this.f[i * 16 + 10] = v;
  }

  flags(i: number): number {
    return this.f[i * 16 + 11]!;
  }
  setFlags(i: number, v: number): void {
    this.f[i * 16 + 11] = v;
  }

  items(i: number): number {
    return this.f[i * 16 + 12]!;
  }
  setItems(i: number, v: number): void {
    this.f[i * 16 + 12] = v;
  }

  a1(i: number): number {
    return this.f[i * 16 + 13]!;
  }
  setA1(i: number, v: number): void {
    this.f[i * 16 + 13] = v;
  }

  a2(i: number): number {
    return this.f[i * 16 + 14]!;
  }
  setA2(i: number, v: number): void {
    this.f[i * 16 + 14] = v;
  }
}

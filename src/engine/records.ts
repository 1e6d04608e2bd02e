import { SlotPool } from './core/slots';

// Records are laid out one after another in a single Float64Array (array of structs), so the
// fields of one record share a cache line or two: a hop touches a job, a call and a message,
// and with one typed array per field (struct of arrays) each field read was its own cache miss.
// Integer fields are stored as doubles, exactly. Accessors are small methods, which V8 inlines.

/** Call states. */
export const CALL = { free: 0, waiting: 1, backoff: 2, accepted: 3 } as const;

/**
 * A message on a wire, from departure to arrival. It copies what its receiver needs from the
 * call that sent it, because a caller may give up (and reuse the call's slot) while its request
 * is still on the way or in a backlog: the server does not know and does the work anyway.
 */
export class Messages extends SlotPool {
  static readonly STRIDE = 16;
  f = new Float64Array(this.capacity * 16);

  protected resize(n: number): void {
    const f = new Float64Array(n * 16);
    f.set(this.f);
    this.f = f;
  }

  /** What the message is (MSG code). */
  kind(i: number): number {
    return this.f[i * 16]!;
  }
  setKind(i: number, v: number): void {
    this.f[i * 16] = v;
  }

  edge(i: number): number {
    return this.f[i * 16 + 1]!;
  }
  setEdge(i: number, v: number): void {
    this.f[i * 16 + 1] = v;
  }

  departs(i: number): number {
    return this.f[i * 16 + 2]!;
  }
  setDeparts(i: number, v: number): void {
    this.f[i * 16 + 2] = v;
  }

  arrives(i: number): number {
    return this.f[i * 16 + 3]!;
  }
  setArrives(i: number, v: number): void {
    this.f[i * 16 + 3] = v;
  }

  /** Caller call slot; -1 for one-way events. */
  call(i: number): number {
    return this.f[i * 16 + 4]!;
  }
  setCall(i: number, v: number): void {
    this.f[i * 16 + 4] = v;
  }

  /** Serial of that call when sent. */
  serial(i: number): number {
    return this.f[i * 16 + 5]!;
  }
  setSerial(i: number, v: number): void {
    this.f[i * 16 + 5] = v;
  }

  attempt(i: number): number {
    return this.f[i * 16 + 6]!;
  }
  setAttempt(i: number, v: number): void {
    this.f[i * 16 + 6] = v;
  }

  status(i: number): number {
    return this.f[i * 16 + 7]!;
  }
  setStatus(i: number, v: number): void {
    this.f[i * 16 + 7] = v;
  }

  trace(i: number): number {
    return this.f[i * 16 + 8]!;
  }
  setTrace(i: number, v: number): void {
    this.f[i * 16 + 8] = v;
  }

  path(i: number): number {
    return this.f[i * 16 + 9]!;
  }
  setPath(i: number, v: number): void {
    this.f[i * 16 + 9] = v;
  }

  origin(i: number): number {
    return this.f[i * 16 + 10]!;
  }
  setOrigin(i: number, v: number): void {
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

  kb(i: number): number {
    return this.f[i * 16 + 13]!;
  }
  setKb(i: number, v: number): void {
    this.f[i * 16 + 13] = v;
  }

  a1(i: number): number {
    return this.f[i * 16 + 14]!;
  }
  setA1(i: number, v: number): void {
    this.f[i * 16 + 14] = v;
  }

  a2(i: number): number {
    return this.f[i * 16 + 15]!;
  }
  setA2(i: number, v: number): void {
    this.f[i * 16 + 15] = v;
  }
}

/**
 * One logical call from a caller's job over one outgoing edge, across its attempts (retries).
 * `serial` is unique for the whole run, so a late answer to a finished call is recognised even
 * after the slot was reused.
 */
export class Calls extends SlotPool {
  static readonly STRIDE = 24;
  f = new Float64Array(this.capacity * 24);

  protected resize(n: number): void {
    const f = new Float64Array(n * 24);
    f.set(this.f);
    this.f = f;
  }

  edge(i: number): number {
    return this.f[i * 24]!;
  }
  setEdge(i: number, v: number): void {
    this.f[i * 24] = v;
  }

  /** Parent job at the caller. */
  job(i: number): number {
    return this.f[i * 24 + 1]!;
  }
  setJob(i: number, v: number): void {
    this.f[i * 24 + 1] = v;
  }

  jobSerial(i: number): number {
    return this.f[i * 24 + 2]!;
  }
  setJobSerial(i: number, v: number): void {
    this.f[i * 24 + 2] = v;
  }

  serial(i: number): number {
    return this.f[i * 24 + 3]!;
  }
  setSerial(i: number, v: number): void {
    this.f[i * 24 + 3] = v;
  }

  state(i: number): number {
    return this.f[i * 24 + 4]!;
  }
  setState(i: number, v: number): void {
    this.f[i * 24 + 4] = v;
  }

  attempt(i: number): number {
    return this.f[i * 24 + 5]!;
  }
  setAttempt(i: number, v: number): void {
    this.f[i * 24 + 5] = v;
  }

  start(i: number): number {
    return this.f[i * 24 + 6]!;
  }
  setStart(i: number, v: number): void {
    this.f[i * 24 + 6] = v;
  }

  attemptStart(i: number): number {
    return this.f[i * 24 + 7]!;
  }
  setAttemptStart(i: number, v: number): void {
    this.f[i * 24 + 7] = v;
  }

  /** Sequence number of the pending retry event; -1 when none. */
  timer(i: number): number {
    return this.f[i * 24 + 8]!;
  }
  setTimer(i: number, v: number): void {
    this.f[i * 24 + 8] = v;
  }

  /** Which of its parent's branches this call is (route, target, subscriber). */
  branch(i: number): number {
    return this.f[i * 24 + 9]!;
  }
  setBranch(i: number, v: number): void {
    this.f[i * 24 + 9] = v;
  }

  trace(i: number): number {
    return this.f[i * 24 + 10]!;
  }
  setTrace(i: number, v: number): void {
    this.f[i * 24 + 10] = v;
  }

  path(i: number): number {
    return this.f[i * 24 + 11]!;
  }
  setPath(i: number, v: number): void {
    this.f[i * 24 + 11] = v;
  }

  origin(i: number): number {
    return this.f[i * 24 + 12]!;
  }
  setOrigin(i: number, v: number): void {
    this.f[i * 24 + 12] = v;
  }

  flags(i: number): number {
    return this.f[i * 24 + 13]!;
  }
  setFlags(i: number, v: number): void {
    this.f[i * 24 + 13] = v;
  }

  items(i: number): number {
    return this.f[i * 24 + 14]!;
  }
  setItems(i: number, v: number): void {
    this.f[i * 24 + 14] = v;
  }

  kb(i: number): number {
    return this.f[i * 24 + 15]!;
  }
  setKb(i: number, v: number): void {
    this.f[i * 24 + 15] = v;
  }

  a1(i: number): number {
    return this.f[i * 24 + 16]!;
  }
  setA1(i: number, v: number): void {
    this.f[i * 24 + 16] = v;
  }

  a2(i: number): number {
    return this.f[i * 24 + 17]!;
  }
  setA2(i: number, v: number): void {
    this.f[i * 24 + 17] = v;
  }
}

/**
 * Work at a node: a request being handled, a client's request, a provider's change being
 * delivered, a batch being sent. `call`/`callSerial`/`attempt`/`edge` say whom to answer.
 */
export class Jobs extends SlotPool {
  static readonly STRIDE = 24;
  f = new Float64Array(this.capacity * 24);

  protected resize(n: number): void {
    const f = new Float64Array(n * 24);
    f.set(this.f);
    this.f = f;
  }

  node(i: number): number {
    return this.f[i * 24]!;
  }
  setNode(i: number, v: number): void {
    this.f[i * 24] = v;
  }

  serial(i: number): number {
    return this.f[i * 24 + 1]!;
  }
  setSerial(i: number, v: number): void {
    this.f[i * 24 + 1] = v;
  }

  call(i: number): number {
    return this.f[i * 24 + 2]!;
  }
  setCall(i: number, v: number): void {
    this.f[i * 24 + 2] = v;
  }

  callSerial(i: number): number {
    return this.f[i * 24 + 3]!;
  }
  setCallSerial(i: number, v: number): void {
    this.f[i * 24 + 3] = v;
  }

  attempt(i: number): number {
    return this.f[i * 24 + 4]!;
  }
  setAttempt(i: number, v: number): void {
    this.f[i * 24 + 4] = v;
  }

  edge(i: number): number {
    return this.f[i * 24 + 5]!;
  }
  setEdge(i: number, v: number): void {
    this.f[i * 24 + 5] = v;
  }

  arrive(i: number): number {
    return this.f[i * 24 + 6]!;
  }
  setArrive(i: number, v: number): void {
    this.f[i * 24 + 6] = v;
  }

  trace(i: number): number {
    return this.f[i * 24 + 7]!;
  }
  setTrace(i: number, v: number): void {
    this.f[i * 24 + 7] = v;
  }

  path(i: number): number {
    return this.f[i * 24 + 8]!;
  }
  setPath(i: number, v: number): void {
    this.f[i * 24 + 8] = v;
  }

  origin(i: number): number {
    return this.f[i * 24 + 9]!;
  }
  setOrigin(i: number, v: number): void {
    this.f[i * 24 + 9] = v;
  }

  flags(i: number): number {
    return this.f[i * 24 + 10]!;
  }
  setFlags(i: number, v: number): void {
    this.f[i * 24 + 10] = v;
  }

  items(i: number): number {
    return this.f[i * 24 + 11]!;
  }
  setItems(i: number, v: number): void {
    this.f[i * 24 + 11] = v;
  }

  kb(i: number): number {
    return this.f[i * 24 + 12]!;
  }
  setKb(i: number, v: number): void {
    this.f[i * 24 + 12] = v;
  }

  /** Behaviour-specific progress: running, user number, poll edge, ... */
  stage(i: number): number {
    return this.f[i * 24 + 13]!;
  }
  setStage(i: number, v: number): void {
    this.f[i * 24 + 13] = v;
  }

  pending(i: number): number {
    return this.f[i * 24 + 14]!;
  }
  setPending(i: number, v: number): void {
    this.f[i * 24 + 14] = v;
  }
  /** Adds to the count of answers pending and returns the new count. */
  addPending(i: number, d: number): number {
    const v = this.f[i * 24 + 14]! + d;
    this.f[i * 24 + 14] = v;
    return v;
  }

  next(i: number): number {
    return this.f[i * 24 + 15]!;
  }
  setNext(i: number, v: number): void {
    this.f[i * 24 + 15] = v;
  }

  status(i: number): number {
    return this.f[i * 24 + 16]!;
  }
  setStatus(i: number, v: number): void {
    this.f[i * 24 + 16] = v;
  }

  timer(i: number): number {
    return this.f[i * 24 + 17]!;
  }
  setTimer(i: number, v: number): void {
    this.f[i * 24 + 17] = v;
  }

  a1(i: number): number {
    return this.f[i * 24 + 18]!;
  }
  setA1(i: number, v: number): void {
    this.f[i * 24 + 18] = v;
  }

  a2(i: number): number {
    return this.f[i * 24 + 19]!;
  }
  setA2(i: number, v: number): void {
    this.f[i * 24 + 19] = v;
  }
}

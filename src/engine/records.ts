import { grown, SlotPool } from './core/slots';

/**
 * A message on a wire, from departure to arrival. It copies what its receiver needs from the
 * call that sent it, because a caller may give up (and reuse the call's slot) while its request
 * is still on the way or in a backlog: the server does not know and does the work anyway.
 */
export class Messages extends SlotPool {
  kind = new Uint8Array(this.capacity);
  edge = new Int32Array(this.capacity);
  departs = new Float64Array(this.capacity);
  arrives = new Float64Array(this.capacity);
  call = new Int32Array(this.capacity);
  serial = new Float64Array(this.capacity);
  attempt = new Int32Array(this.capacity);
  status = new Int32Array(this.capacity);
  trace = new Float64Array(this.capacity);
  path = new Int32Array(this.capacity);
  origin = new Int32Array(this.capacity);
  flags = new Int32Array(this.capacity);
  items = new Int32Array(this.capacity);
  kb = new Float64Array(this.capacity);
  a1 = new Float64Array(this.capacity);
  a2 = new Float64Array(this.capacity);

  protected resize(n: number): void {
    this.kind = grown(this.kind, n);
    this.edge = grown(this.edge, n);
    this.departs = grown(this.departs, n);
    this.arrives = grown(this.arrives, n);
    this.call = grown(this.call, n);
    this.serial = grown(this.serial, n);
    this.attempt = grown(this.attempt, n);
    this.status = grown(this.status, n);
    this.trace = grown(this.trace, n);
    this.path = grown(this.path, n);
    this.origin = grown(this.origin, n);
    this.flags = grown(this.flags, n);
    this.items = grown(this.items, n);
    this.kb = grown(this.kb, n);
    this.a1 = grown(this.a1, n);
    this.a2 = grown(this.a2, n);
  }
}

/** Call states. */
export const CALL = { free: 0, waiting: 1, backoff: 2, accepted: 3 } as const;

/**
 * One logical call from a caller's job over one outgoing edge, across its attempts (retries).
 * `serial` is unique for the whole run, so a late answer to a finished call is recognised even
 * after the slot was reused.
 */
export class Calls extends SlotPool {
  edge = new Int32Array(this.capacity);
  job = new Int32Array(this.capacity);
  jobSerial = new Float64Array(this.capacity);
  serial = new Float64Array(this.capacity);
  state = new Uint8Array(this.capacity);
  attempt = new Int32Array(this.capacity);
  start = new Float64Array(this.capacity);
  attemptStart = new Float64Array(this.capacity);
  /** Sequence number of the pending timeout or retry event; -1 when none. */
  timer = new Float64Array(this.capacity);
  /** Which of its parent's branches this call is (aggregation, webhook subscribers). */
  branch = new Int32Array(this.capacity);
  trace = new Float64Array(this.capacity);
  path = new Int32Array(this.capacity);
  origin = new Int32Array(this.capacity);
  flags = new Int32Array(this.capacity);
  items = new Int32Array(this.capacity);
  kb = new Float64Array(this.capacity);
  a1 = new Float64Array(this.capacity);
  a2 = new Float64Array(this.capacity);

  protected resize(n: number): void {
    this.edge = grown(this.edge, n);
    this.job = grown(this.job, n);
    this.jobSerial = grown(this.jobSerial, n);
    this.serial = grown(this.serial, n);
    this.state = grown(this.state, n);
    this.attempt = grown(this.attempt, n);
    this.start = grown(this.start, n);
    this.attemptStart = grown(this.attemptStart, n);
    this.timer = grown(this.timer, n);
    this.branch = grown(this.branch, n);
    this.trace = grown(this.trace, n);
    this.path = grown(this.path, n);
    this.origin = grown(this.origin, n);
    this.flags = grown(this.flags, n);
    this.items = grown(this.items, n);
    this.kb = grown(this.kb, n);
    this.a1 = grown(this.a1, n);
    this.a2 = grown(this.a2, n);
  }
}

/**
 * Work at a node: a request being handled, a client's request, a provider's change being
 * delivered, a batch being collected. `call`/`callSerial`/`attempt`/`edge` say whom to answer.
 */
export class Jobs extends SlotPool {
  node = new Int32Array(this.capacity);
  serial = new Float64Array(this.capacity);
  call = new Int32Array(this.capacity);
  callSerial = new Float64Array(this.capacity);
  attempt = new Int32Array(this.capacity);
  edge = new Int32Array(this.capacity);
  arrive = new Float64Array(this.capacity);
  trace = new Float64Array(this.capacity);
  path = new Int32Array(this.capacity);
  origin = new Int32Array(this.capacity);
  flags = new Int32Array(this.capacity);
  items = new Int32Array(this.capacity);
  kb = new Float64Array(this.capacity);
  /** Behaviour-specific progress: downstream index, answers pending, user number, ... */
  stage = new Int32Array(this.capacity);
  pending = new Int32Array(this.capacity);
  next = new Int32Array(this.capacity);
  status = new Int32Array(this.capacity);
  timer = new Float64Array(this.capacity);
  a1 = new Float64Array(this.capacity);
  a2 = new Float64Array(this.capacity);

  protected resize(n: number): void {
    this.node = grown(this.node, n);
    this.serial = grown(this.serial, n);
    this.call = grown(this.call, n);
    this.callSerial = grown(this.callSerial, n);
    this.attempt = grown(this.attempt, n);
    this.edge = grown(this.edge, n);
    this.arrive = grown(this.arrive, n);
    this.trace = grown(this.trace, n);
    this.path = grown(this.path, n);
    this.origin = grown(this.origin, n);
    this.flags = grown(this.flags, n);
    this.items = grown(this.items, n);
    this.kb = grown(this.kb, n);
    this.stage = grown(this.stage, n);
    this.pending = grown(this.pending, n);
    this.next = grown(this.next, n);
    this.status = grown(this.status, n);
    this.timer = grown(this.timer, n);
    this.a1 = grown(this.a1, n);
    this.a2 = grown(this.a2, n);
  }
}

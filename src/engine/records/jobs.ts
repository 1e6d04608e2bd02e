import { SlotPool } from '../core/slots';

// Records lie one after another in a single Float64Array (array of structs), so the fields of
// the record a handler works on share a cache line or two; with one typed array per field each
// field read was its own cache miss. Integer fields are stored as doubles, exactly. Accessors
// are small methods, which V8 inlines.

/**
 * Work at a node: a request being handled, a client's request, a provider's change being
 * delivered, a batch being sent. `call`/`callSerial`/`attempt`/`edge` say whom to answer.
 *
 * The same record is the message on the wire: a request travels as the job it will become at
 * its target (`kind` >= 0 while in transit), and a finished job travels back as its own answer.
 * So a hop copies nothing from a message into a job or back, and the records touched per hop
 * are one call and one job. The serial is -1 while a record is a message: nothing can mistake
 * it for live work.
 */
export class Jobs extends SlotPool {
  static readonly STRIDE = 24;
  f = new Float64Array(this.capacity * 24);

  protected resize(n: number): void {
    const f = new Float64Array(n * 24);
    f.set(this.f);
    this.f = f;
  }

  /** MSG code while the record travels on its edge as a message; -1 once it is work at a node. */
  kind(i: number): number {
    return this.f[i * 24]!;
  }
  setKind(i: number, v: number): void {
    this.f[i * 24] = v;
  }

  edge(i: number): number {
    return this.f[i * 24 + 1]!;
  }
  setEdge(i: number, v: number): void {
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

  status(i: number): number {
    return this.f[i * 24 + 5]!;
  }
  setStatus(i: number, v: number): void {
    this.f[i * 24 + 5] = v;
  }

  departs(i: number): number {
    return this.f[i * 24 + 6]!;
  }
  setDeparts(i: number, v: number): void {
    this.f[i * 24 + 6] = v;
  }

  arrives(i: number): number {
    return this.f[i * 24 + 7]!;
  }
  setArrives(i: number, v: number): void {
    this.f[i * 24 + 7] = v;
  }

  node(i: number): number {
    return this.f[i * 24 + 8]!;
  }
  setNode(i: number, v: number): void {
    this.f[i * 24 + 8] = v;
  }

  serial(i: number): number {
    return this.f[i * 24 + 9]!;
  }
  setSerial(i: number, v: number): void {
    this.f[i * 24 + 9] = v;
  }

  timer(i: number): number {
    return this.f[i * 24 + 10]!;
  }
  setTimer(i: number, v: number): void {
    this.f[i * 24 + 10] = v;
  }

  arrive(i: number): number {
    return this.f[i * 24 + 11]!;
  }
  setArrive(i: number, v: number): void {
    this.f[i * 24 + 11] = v;
  }

  trace(i: number): number {
    return this.f[i * 24 + 12]!;
  }
  setTrace(i: number, v: number): void {
    this.f[i * 24 + 12] = v;
  }

  kb(i: number): number {
    return this.f[i * 24 + 13]!;
  }
  setKb(i: number, v: number): void {
    this.f[i * 24 + 13] = v;
  }

  items(i: number): number {
    return this.f[i * 24 + 14]!;
  }
  setItems(i: number, v: number): void {
    this.f[i * 24 + 14] = v;
  }

  flags(i: number): number {
    return this.f[i * 24 + 15]!;
  }
  setFlags(i: number, v: number): void {
    this.f[i * 24 + 15] = v;
  }

  path(i: number): number {
    return this.f[i * 24 + 16]!;
  }
  setPath(i: number, v: number): void {
    this.f[i * 24 + 16] = v;
  }

  origin(i: number): number {
    return this.f[i * 24 + 17]!;
  }
  setOrigin(i: number, v: number): void {
    this.f[i * 24 + 17] = v;
  }

  /** Behaviour-specific progress: running, user number, poll edge, ... */
  stage(i: number): number {
    return this.f[i * 24 + 18]!;
  }
  setStage(i: number, v: number): void {
    this.f[i * 24 + 18] = v;
  }

  pending(i: number): number {
    return this.f[i * 24 + 19]!;
  }
  setPending(i: number, v: number): void {
    this.f[i * 24 + 19] = v;
  }

  next(i: number): number {
    return this.f[i * 24 + 20]!;
  }
  setNext(i: number, v: number): void {
    this.f[i * 24 + 20] = v;
  }

  a1(i: number): number {
    return this.f[i * 24 + 21]!;
  }
  setA1(i: number, v: number): void {
    this.f[i * 24 + 21] = v;
  }

  a2(i: number): number {
    return this.f[i * 24 + 22]!;
  }
  setA2(i: number, v: number): void {
    this.f[i * 24 + 22] = v;
  }

  /** The instance (worker) of a consumer service that runs this job; see lanes.ts. */
  lane(i: number): number {
    return this.f[i * 24 + 23]!;
  }
  setLane(i: number, v: number): void {
    this.f[i * 24 + 23] = v;
  }

  /** Adds to the count of answers pending and returns the new count. */
  addPending(i: number, d: number): number {
    const v = this.f[i * 24 + 19]! + d;
    this.f[i * 24 + 19] = v;
    return v;
  }
}

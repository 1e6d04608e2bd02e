import { SlotPool } from '../core/slots';

// Records lie one after another in a single Float64Array (array of structs), so the fields of
// the record a handler works on share a cache line or two; with one typed array per field each
// field read was its own cache miss. Integer fields are stored as doubles, exactly. Accessors
// are small methods, which V8 inlines.

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

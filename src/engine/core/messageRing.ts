/**
 * A double-ended FIFO of messages at rest in a broker (a queue's ready messages, a durable
 * subscription's backlog): four numbers per message in one Float64Array ring, so a deep queue
 * costs 32 bytes a message and no job record. It grows by doubling; the owner bounds it.
 */
export class MessageRing {
  private f = new Float64Array(16 * 4);
  private mask = 15;
  private head = 0;
  length = 0;

  /** Appends a message at the tail. */
  push(trace: number, kb: number, time: number, meta: number): void {
    if (this.length > this.mask) this.grow();
    this.write((this.head + this.length) & this.mask, trace, kb, time, meta);
    this.length++;
  }

  /** Puts a message back at the head (a requeued message keeps its place in line). */
  unshift(trace: number, kb: number, time: number, meta: number): void {
    if (this.length > this.mask) this.grow();
    this.head = (this.head - 1) & this.mask;
    this.write(this.head, trace, kb, time, meta);
    this.length++;
  }

  /** Removes the head; read its fields first. */
  dropHead(): void {
    this.head = (this.head + 1) & this.mask;
    this.length--;
  }

  /** Empties the ring. */
  clear(): void {
    this.length = 0;
  }

  /** Trace id of the i-th message from the head. */
  trace(i: number): number {
    return this.f[((this.head + i) & this.mask) * 4]!;
  }
  kb(i: number): number {
    return this.f[((this.head + i) & this.mask) * 4 + 1]!;
  }
  time(i: number): number {
    return this.f[((this.head + i) & this.mask) * 4 + 2]!;
  }
  /** Owner-defined packed integer (item count, delivery count, ...). */
  meta(i: number): number {
    return this.f[((this.head + i) & this.mask) * 4 + 3]!;
  }

  private write(slot: number, trace: number, kb: number, time: number, meta: number): void {
    const k = slot * 4;
    const f = this.f;
    f[k] = trace;
    f[k + 1] = kb;
    f[k + 2] = time;
    f[k + 3] = meta;
  }

  private grow(): void {
    const n = (this.mask + 1) * 2;
    const f = new Float64Array(n * 4);
    for (let i = 0; i < this.length; i++) {
      const from = ((this.head + i) & this.mask) * 4;
      f.set(this.f.subarray(from, from + 4), i * 4);
    }
    this.f = f;
    this.mask = n - 1;
    this.head = 0;
  }
}

type Typed = Float64Array | Int32Array | Uint8Array;

/** A copy of a typed array with a larger capacity. */
export function grown<T extends Typed>(a: T, capacity: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a);
  return b;
}

/**
 * Slot allocation for the record pools: a free list on an Int32Array, so allocating and
 * releasing a record allocates no JavaScript objects. Subclasses hold the field arrays and grow
 * them in `resize`.
 */
export abstract class SlotPool {
  capacity: number;
  private free: Int32Array;
  private freeTop = 0;
  /** Slots ever handed out; every live slot is below this. */
  high = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.free = new Int32Array(capacity);
  }

  /** A free slot, growing the pool when every slot is taken. */
  alloc(): number {
    if (this.freeTop > 0) return this.free[--this.freeTop]!;
    if (this.high === this.capacity) {
      this.capacity *= 2;
      this.free = grown(this.free, this.capacity);
      this.resize(this.capacity);
    }
    return this.high++;
  }

  /** Returns a slot to the pool. */
  release(slot: number): void {
    this.free[this.freeTop++] = slot;
  }

  protected abstract resize(capacity: number): void;
}

/** A FIFO of slot numbers that grows as needed; backlogs are bounded by their node's limit. */
export class SlotQueue {
  private items = new Int32Array(16);
  private head = 0;
  length = 0;

  push(slot: number): void {
    if (this.length === this.items.length) this.grow();
    this.items[(this.head + this.length) & (this.items.length - 1)] = slot;
    this.length++;
  }

  /** Puts a slot at the head, to be shifted next. */
  unshift(slot: number): void {
    if (this.length === this.items.length) this.grow();
    this.head = (this.head - 1) & (this.items.length - 1);
    this.items[this.head] = slot;
    this.length++;
  }

  /** The oldest slot, removed; -1 when empty. */
  shift(): number {
    if (this.length === 0) return -1;
    const slot = this.items[this.head]!;
    this.head = (this.head + 1) & (this.items.length - 1);
    this.length--;
    return slot;
  }

  /** The slot at position i from the head. */
  at(i: number): number {
    return this.items[(this.head + i) & (this.items.length - 1)]!;
  }

  private grow(): void {
    const next = new Int32Array(this.items.length * 2);
    for (let i = 0; i < this.length; i++) next[i] = this.items[(this.head + i) & (this.items.length - 1)]!;
    this.items = next;
    this.head = 0;
  }

  /** Keeps only the slots for which keep() is true, in order. */
  filter(keep: (slot: number) => boolean): void {
    const n = this.length;
    let w = 0;
    for (let i = 0; i < n; i++) {
      const s = this.at(i);
      if (keep(s)) this.items[(this.head + w++) & (this.items.length - 1)] = s;
    }
    this.length = w;
  }
}

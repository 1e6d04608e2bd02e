/**
 * A set of ids that forgets the oldest once it holds `limit` of them, like an idempotency store
 * with a retention window: memory stays bounded however long the run.
 */
export class BoundedIdSet {
  private readonly ids = new Set<number>();
  constructor(private readonly limit: number) {}

  /** Adds an id; false when it was already there. */
  add(id: number): boolean {
    if (this.ids.has(id)) return false;
    if (this.ids.size >= this.limit) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    this.ids.add(id);
    return true;
  }

  /** Forgets an id (its processing failed, so a redelivery must be processed). */
  delete(id: number): void {
    this.ids.delete(id);
  }

  get size(): number {
    return this.ids.size;
  }
}

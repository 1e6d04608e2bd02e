/** A localStorage stand-in for tests: a Map, with a switch to make writes fail as a full disk does. */
export class MemoryStorage {
  items = new Map<string, string>();
  /** Writes longer than this fail with QuotaExceededError. */
  quota = Number.POSITIVE_INFINITY;

  get full(): boolean {
    return this.quota === 0;
  }

  set full(on: boolean) {
    this.quota = on ? 0 : Number.POSITIVE_INFINITY;
  }

  getItem(k: string) {
    return this.items.get(k) ?? null;
  }

  setItem(k: string, v: string) {
    if (v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, v);
  }

  removeItem(k: string) {
    this.items.delete(k);
  }

  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }

  get length() {
    return this.items.size;
  }
}

/**
 * A deep copy of a run's object graph for keyframes: class instances keep their prototype,
 * typed arrays, arrays, Maps and Sets are copied, shared references and cycles stay shared and
 * cyclic in the copy. Functions are kept by reference: the engine's callbacks are module
 * functions that take the engine as an argument, never closures over one run's state (the seek
 * test, which compares runs restored from keyframes with fresh replays, would catch one that is).
 */
export function cloneGraph<T>(root: T): T {
  const seen = new Map<object, unknown>();
  const copy = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const known = seen.get(value);
    if (known !== undefined) return known;
    if (ArrayBuffer.isView(value)) {
      const out = (value as unknown as { slice(): unknown }).slice();
      seen.set(value, out);
      return out;
    }
    if (Array.isArray(value)) {
      const out: unknown[] = new Array(value.length);
      seen.set(value, out);
      for (let i = 0; i < value.length; i++) out[i] = copy(value[i]);
      return out;
    }
    if (value instanceof Map) {
      const out = new Map();
      seen.set(value, out);
      for (const [k, v] of value) out.set(copy(k), copy(v));
      return out;
    }
    if (value instanceof Set) {
      const out = new Set();
      seen.set(value, out);
      for (const v of value) out.add(copy(v));
      return out;
    }
    const out = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
    seen.set(value, out);
    for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
    return out;
  };
  return copy(root) as T;
}

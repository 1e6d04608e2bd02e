/**
 * mulberry32: a tiny seeded PRNG for generated diagrams (benchmarks, property tests), so one
 * integer describes a whole diagram and every run builds the same one. Not for the engine, which
 * has its own generator.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

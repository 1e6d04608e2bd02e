/**
 * mulberry32: a tiny seeded generator for test and benchmark data (generated diagrams), so one
 * integer describes a whole diagram and every run builds the same one. The simulation has its own
 * (engine/core/random.ts: sfc32 with normals and a 128-bit state); this one only has to repeat.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

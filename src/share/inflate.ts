import { deflateSync, Inflate } from 'fflate';

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'tooLarge' | 'damaged' };

// Input goes in small steps, so one step produces at most ~1 MB (DEFLATE expands at most ~1032:1)
// before the running total is checked; smaller steps cost time on every ordinary link.
const STEP = 1024;

/**
 * Inflates raw DEFLATE data, giving up as soon as the output passes `maxBytes`, so a
 * decompression bomb costs at most about one megabyte over the limit. Never throws.
 */
export function inflateBounded(data: Uint8Array, maxBytes: number): Inflated {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) tooLarge = true;
    else chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length && !tooLarge; i += STEP) {
      inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    }
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (tooLarge) return { ok: false, reason: 'tooLarge' };
  if (!ended || data.length === 0) return { ok: false, reason: 'damaged' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return { ok: true, bytes };
}

/**
 * Raw DEFLATE at the highest level: links are made rarely and read often. A small hash table
 * (`mem`) is several times faster on diagram-sized input and makes the same bytes.
 */
export function deflate(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes, { level: 9, mem: 6 });
}

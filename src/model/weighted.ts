export interface WeightedEntry {
  value: string;
  weight: number;
}

/**
 * Parses a weighted list such as "order.created:3, order.cancelled:1".
 * An entry without a weight counts 1; a weight that is not a positive number counts 1 too.
 * For header sets the entries are separated by commas and keep their inner ";".
 */
export function parseWeightedList(text: string): WeightedEntry[] {
  const out: WeightedEntry[] = [];
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^(.*?):\s*(\d+(?:\.\d+)?)$/.exec(part);
    const value = (m ? m[1] : part)?.trim() ?? '';
    const weight = m ? Number(m[2]) : 1;
    if (!value) continue;
    out.push({ value, weight: weight > 0 ? weight : 1 });
  }
  return out;
}

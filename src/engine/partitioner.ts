/*
 * Kafka's default partitioner for keyed records: murmur2 of the key's bytes, made positive, modulo
 * the partition count. A record key here is a customer-id-like number n, sent as the string "n"
 * (Kafka's StringSerializer), so the partition a key lands in is the one a real producer picks.
 */

/** Kafka's murmur2 (org.apache.kafka.common.utils.Utils.murmur2) over bytes, as a signed 32-bit int. */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  const m = 0x5bd1e995;
  let h = (0x9747b28c ^ length) | 0;
  const length4 = length >> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k = data[i4]! | (data[i4 + 1]! << 8) | (data[i4 + 2]! << 16) | (data[i4 + 3]! << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m) ^ k;
  }
  // The trailing bytes, as Kafka's switch with fall-through adds them.
  const tail = length & ~3;
  const rest = length & 3;
  if (rest === 3) h ^= data[tail + 2]! << 16;
  if (rest >= 2) h ^= data[tail + 1]! << 8;
  if (rest >= 1) {
    h ^= data[tail]!;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

const encoder = new TextEncoder();

/** The partition of a string key: toPositive(murmur2(utf8(key))) % partitions. */
export function partitionForKey(key: string, partitions: number): number {
  return (murmur2(encoder.encode(key)) & 0x7fffffff) % partitions;
}

/** The partition of a numbered record key (the key text is the number). */
export function partitionFor(key: number, partitions: number): number {
  return partitionForKey(String(key), partitions);
}

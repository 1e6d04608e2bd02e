import { describe, expect, it } from 'vitest';
import type { PropValues } from '../model';
import { DiagramBuilder, simulate } from './testing/diagram';

/** Producer -> topic "in" -> Streams -> topic "out" -> consumer. */
function pipeline(streams: PropValues, keyCount = 10) {
  return new DiagramBuilder()
    .node('p', 'client', { mode: 'async', rate: 100, arrivals: 'constant' })
    .node('in', 'topic', { partitions: 3 })
    .node('st', 'streams', { processingMs: 1, ...streams })
    .node('out', 'topic', { partitions: 3 })
    .node('c', 'service', { serviceTimeMs: 1 })
    .edge('p', 'in', { keyCount })
    .edge('in', 'st', { consumerGroup: 'app' })
    .edge('st', 'out')
    .edge('out', 'c', { consumerGroup: 'readers' })
    .build();
}

function run(streams: PropValues, keyCount = 10) {
  const sim = simulate(pipeline(streams, keyCount));
  sim.advanceTo(20_000);
  sim.setNodeUp('p', false);
  sim.advanceTo(25_000);
  return sim.summary();
}

describe('Kafka Streams processor', () => {
  it('filter passes its share of the records on', () => {
    const s = run({ operation: 'filter', passPct: 30 });
    const st = s.streams.st!;
    expect(st.consumed).toBe(s.topics.in!.records.reduce((a, b) => a + b, 0));
    expect(st.produced + st.filtered).toBe(st.consumed);
    expect(st.produced / st.consumed).toBeCloseTo(0.3, 1);
    expect(s.topics.out!.records.reduce((a, b) => a + b, 0)).toBe(st.produced);
  });

  it('map passes every record on with its key, so it lands in the same partition', () => {
    const s = run({ operation: 'map' });
    expect(s.streams.st!.produced).toBe(s.streams.st!.consumed);
    // Same key, same partition count: the output partitions mirror the input ones.
    expect(s.topics.out!.records).toEqual(s.topics.in!.records);
    expect(s.consumers.c!.consumed[0]).toBe(s.streams.st!.produced);
  });

  it('a tumbling-window count emits one record per key per window', () => {
    const s = run({ operation: 'windowCount', windowMs: 1_000 }, 5);
    const st = s.streams.st!;
    // 20 s of input: 20 windows of 5 keys each, and a last one with the records of 20.0 s.
    expect(st.windows).toBe(21);
    expect(st.produced).toBeGreaterThan(5 * 20);
    expect(st.produced).toBeLessThanOrEqual(5 * 21);
    expect(s.nodes.st!.utilization).toBeGreaterThan(0.05);
  });
});

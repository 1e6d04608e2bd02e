import { describe, expect, it } from 'vitest';
import type { PlainRecords, PropValues } from '../model';
import { compileEngine } from './compile';
import { REBALANCE_PAUSE_MS } from './consumerGroup';
import { murmur2, partitionFor, partitionForKey } from './partitioner';
import { Simulation } from './simulation';
import type { RunSummary } from './summary';
import { DiagramBuilder, simulate } from './testing/diagram';

/** A producer writing keyed records to topic t, read by service k in group "g". */
function kafka(topic: PropValues, consumer: PropValues, keyCount = 100, rate = 100) {
  return new DiagramBuilder()
    .node('p', 'client', { mode: 'async', rate })
    .node('t', 'topic', topic)
    .node('k', 'service', { serviceTimeMs: 5, ...consumer })
    .edge('p', 't', { keyCount })
    .edge('t', 'k', { consumerGroup: 'g' });
}

/** Stops the producer at `ms` and lets the consumers catch up. */
function drain(sim: Pick<Simulation, 'advanceTo' | 'now' | 'setNodeUp'>, ms: number, after = 10_000): void {
  sim.advanceTo(ms);
  sim.setNodeUp('p', false);
  sim.advanceTo(ms + after);
}

describe('Kafka partitioner', () => {
  it("murmur2 is Kafka's (its UtilsTest vectors)", () => {
    const enc = new TextEncoder();
    expect(murmur2(enc.encode('21'))).toBe(-973932308);
    expect(murmur2(enc.encode('foobar'))).toBe(-790332482);
    expect(murmur2(enc.encode('a-little-bit-long-string'))).toBe(-985981536);
    expect(murmur2(enc.encode('a-little-bit-longer-string'))).toBe(-1486304829);
    expect(murmur2(enc.encode('abc'))).toBe(479470107);
    expect(partitionForKey('foobar', 50)).toBe(16);
  });

  it('a key always lands in the same partition', () => {
    for (let key = 0; key < 200; key++) {
      const p = partitionFor(key, 12);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(12);
      expect(partitionFor(key, 12)).toBe(p);
    }
  });
});

describe('Kafka topic and consumer groups', () => {
  it("one key's records land in one partition and are consumed in order", () => {
    const r = compileEngine(kafka({ partitions: 6 }, { instances: 3, serviceTime: 'exponential' }).build(), {
      seed: 3,
    });
    if (!r.ok) throw new Error('invalid');
    const e = r.value;
    const t = e.states.topic[1]!;
    const consumed: { p: number; offset: number; key: number }[] = [];
    const done = e.onDelivered;
    e.onDelivered = (engine, job, status) => {
      const p = engine.jobs.a2(job) % 256;
      const offset = engine.jobs.a1(job);
      consumed.push({ p, offset, key: t.keyAt(p, offset) });
      done(engine, job, status);
    };
    drain(new Simulation(e, 3), 20_000);
    expect(consumed.length).toBe(t.end.reduce((a, b) => a + b, 0));
    const lastByKey = new Map<number, { p: number; offset: number }>();
    for (const c of consumed) {
      expect(c.p).toBe(partitionFor(c.key, 6));
      const last = lastByKey.get(c.key);
      if (last) {
        expect(c.p).toBe(last.p);
        expect(c.offset).toBeGreaterThan(last.offset);
      }
      lastByKey.set(c.key, c);
    }
    expect(lastByKey.size).toBe(100);
    expect(e.groups[0]!.outOfOrder).toBe(0);
  });

  it('3 instances on 6 partitions own 2 each; one down, the other two own all 6 after a short pause', () => {
    const sim = simulate(kafka({ partitions: 6 }, { instances: 3 }).build());
    sim.advanceTo(5_000);
    expect(sim.snapshot().consumers).toEqual([
      {
        node: 2,
        source: 1,
        group: 'g',
        instances: [
          [0, 1],
          [2, 3],
          [4, 5],
        ],
      },
    ]);
    expect(sim.updateNodeProps('k', { instances: 2 }).ok).toBe(true);
    sim.advanceTo(5_000 + REBALANCE_PAUSE_MS / 2);
    const paused = sim.snapshot();
    expect(paused.consumers[0]!.instances).toEqual([[], []]);
    // Nothing is consumed during the pause: lag builds up.
    expect(paused.topics[0]!.groups[0]!.lag.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
    sim.advanceTo(5_000 + REBALANCE_PAUSE_MS + 1);
    const owned = sim.snapshot().consumers[0]!.instances;
    expect(owned).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    drain(sim, 20_000);
    const s = sim.summary();
    expect(s.topics.t!.rebalances.g).toBe(1);
    expect(s.topics.t!.lag.g).toEqual([0, 0, 0, 0, 0, 0]);
    // After the rebalance the third instance consumes nothing more.
    const third = s.consumers.k!.consumed[2]!;
    expect(third).toBeGreaterThan(0);
    sim.advanceTo(40_000);
    expect(sim.summary().consumers.k!.consumed[2]).toBe(third);
  });

  it('a stopped consumer service rebalances its group; started again it takes partitions back', () => {
    const sim = simulate(kafka({ partitions: 4 }, { instances: 2 }).build());
    sim.advanceTo(2_000);
    sim.setNodeUp('k', false);
    sim.advanceTo(2_000 + REBALANCE_PAUSE_MS + 1);
    expect(sim.snapshot().consumers[0]!.instances).toEqual([]);
    sim.setNodeUp('k', true);
    sim.advanceTo(10_000);
    expect(sim.snapshot().consumers[0]!.instances).toEqual([
      [0, 1],
      [2, 3],
    ]);
    drain(sim, 12_000);
    expect(sim.summary().topics.t!.lag.g).toEqual([0, 0, 0, 0]);
  });

  it('round robin deals partitions one by one', () => {
    const doc = kafka({ partitions: 5 }, { instances: 2 }).build();
    doc.edges[1]!.props.assignor = 'roundRobin';
    const sim = simulate(doc);
    sim.advanceTo(100);
    expect(sim.snapshot().consumers[0]!.instances).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
  });

  it('two groups each read every record', () => {
    const doc = kafka({ partitions: 6 }, { instances: 2 })
      .node('audit', 'service', { instances: 1, serviceTimeMs: 2 })
      .edge('t', 'audit', { consumerGroup: 'audit' })
      .build();
    const sim = simulate(doc);
    drain(sim, 20_000);
    const s = sim.summary();
    const records = s.topics.t!.records.reduce((a, b) => a + b, 0);
    expect(records).toBe(s.nodes.p!.received);
    expect(s.consumers.k!.consumed.reduce((a, b) => a + b, 0)).toBe(records);
    expect(s.consumers.audit!.consumed[0]).toBe(records);
    expect(s.nodes.t!.completed).toBe(2 * records);
  });

  it('more instances than partitions leaves the extra instances idle', () => {
    const sim = simulate(kafka({ partitions: 2 }, { instances: 4 }).build());
    drain(sim, 10_000);
    expect(sim.snapshot().consumers[0]!.instances).toEqual([[0], [1], [], []]);
    const consumed = sim.summary().consumers.k!.consumed;
    expect(consumed[0]).toBeGreaterThan(0);
    expect(consumed[1]).toBeGreaterThan(0);
    expect(consumed.slice(2)).toEqual([0, 0]);
  });

  it('retention by record count and by age drops old records', () => {
    const bySize = simulate(kafka({ partitions: 2, retentionRecords: 50 }, {}, 0).build());
    bySize.advanceTo(10_000);
    const t = bySize.snapshot().topics[0]!;
    for (let p = 0; p < 2; p++) expect(t.endOffsets[p]! - t.startOffsets[p]!).toBe(50);
    const s = bySize.summary().topics.t!;
    expect(s.retained).toBe(100);
    expect(s.expired).toBe(s.records.reduce((a, b) => a + b, 0) - 100);

    const byAge = simulate(kafka({ partitions: 1, retentionMs: 5_000 }, {}, 0, 50).build());
    byAge.advanceTo(30_000);
    const a = byAge.summary().topics.t!;
    // About 5 s of records at 50/s remain, plus at most one check interval (retention / 32).
    expect(a.retained).toBeGreaterThan(230);
    expect(a.retained).toBeLessThan(270);
    expect(a.expired + a.retained).toBe(a.records[0]);
  });

  it('replay from earliest re-reads the retained records', () => {
    const sim = simulate(kafka({ partitions: 3 }, { instances: 3 }).build());
    drain(sim, 10_000);
    const before = sim.summary();
    const records = before.topics.t!.records.reduce((a, b) => a + b, 0);
    const consumed = before.consumers.k!.consumed.reduce((a, b) => a + b, 0);
    expect(consumed).toBe(records);
    expect(sim.replayGroup('t', 'g').ok).toBe(true);
    const lag = sim.snapshot().topics[0]!.groups[0]!.lag.reduce((a, b) => a + b, 0);
    expect(lag).toBe(records);
    sim.advanceTo(sim.now + 20_000);
    const after = sim.summary();
    expect(after.consumers.k!.consumed.reduce((a, b) => a + b, 0)).toBe(2 * records);
    expect(after.topics.t!.lag.g).toEqual([0, 0, 0]);
    expect(sim.replayGroup('t', 'nope').ok).toBe(false);
    expect(sim.replayGroup('k', 'g').ok).toBe(false);
  });

  it('a failed record is retried in place, so the partition keeps its order', () => {
    const r = compileEngine(kafka({ partitions: 2 }, { instances: 2, errorRatePct: 30 }).build(), {
      seed: 4,
    });
    if (!r.ok) throw new Error('invalid');
    const sim = new Simulation(r.value, 4);
    drain(sim, 10_000);
    const s = sim.summary() as unknown as PlainRecords<RunSummary>;
    expect(s.nodes.k!.errors.failed).toBeGreaterThan(100);
    expect(s.topics.t!.lag.g).toEqual([0, 0]);
    expect(r.value.groups[0]!.outOfOrder).toBe(0);
  });

  it('records without a key: round robin spreads them evenly, sticky fills one partition per batch', () => {
    const rr = simulate(kafka({ partitions: 4, keylessPartitioner: 'roundRobin' }, {}, 0).build());
    rr.advanceTo(10_000);
    const records = rr.summary().topics.t!.records;
    expect(Math.max(...records) - Math.min(...records)).toBeLessThanOrEqual(1);
    const sticky = simulate(kafka({ partitions: 4 }, {}, 0).build());
    sticky.advanceTo(10_000);
    // 1 KB records fill 16 KB batches: every partition holds whole batches but the one being filled.
    const counts = sticky.summary().topics.t!.records;
    expect(counts.filter((n) => n % 16 !== 0).length).toBeLessThanOrEqual(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(900);
  });

  it('partitions cannot change while running; a consumer group cannot either', () => {
    const sim = simulate(kafka({ partitions: 3 }, {}).build());
    sim.advanceTo(1_000);
    const r = sim.updateNodeProps('t', { partitions: 6 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toBe('nodes.t.props.partitions');
    expect(sim.updateNodeProps('t', { partitions: 3, retentionRecords: 10 }).ok).toBe(true);
    expect(sim.updateEdgeProps('t-k', { consumerGroup: 'other' }).ok).toBe(false);
    expect(sim.updateEdgeProps('t-k', { assignor: 'roundRobin' }).ok).toBe(true);
  });
});

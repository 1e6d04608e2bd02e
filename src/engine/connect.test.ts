import { describe, expect, it } from 'vitest';
import { DiagramBuilder, simulate } from './testing/diagram';

describe('Kafka Connect connector', () => {
  it('source: reads new database rows in batches into a topic', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 50, arrivals: 'constant' })
      .node('orders', 'service', { serviceTimeMs: 2, instances: 2 })
      .node('db', 'database', { writePct: 100 })
      .node('cdc', 'connect', { connectorMode: 'source', batchSize: 20, pollIntervalMs: 1_000 })
      .node('t', 'topic', { partitions: 2 })
      .edge('c', 'orders')
      .edge('orders', 'db')
      .edge('db', 'cdc')
      .edge('cdc', 't', { keyCount: 10 })
      .build();
    const sim = simulate(doc);
    sim.advanceTo(20_000);
    sim.setNodeUp('c', false);
    sim.advanceTo(30_000);
    const s = sim.summary();
    const writes = s.databases.db!.writes;
    expect(writes).toBeGreaterThan(900);
    // Every row written reaches the topic; 50 rows a second read once a second in batches of 20.
    expect(s.connectors.cdc!.records).toBe(writes);
    expect(s.topics.t!.records.reduce((a, b) => a + b, 0)).toBe(writes);
    expect(s.connectors.cdc!.batches).toBeGreaterThanOrEqual(writes / 20);
    expect(s.connectors.cdc!.batches).toBeLessThanOrEqual(3 * 21);
  });

  it('sink: writes a topic into a database in batches, committing after each write', () => {
    const doc = new DiagramBuilder()
      .node('p', 'client', { mode: 'async', rate: 200, arrivals: 'constant' })
      .node('t', 'topic', { partitions: 4 })
      .node('sink', 'connect', { connectorMode: 'sink', batchSize: 50, pollIntervalMs: 500 })
      .node('db', 'database', { writeMs: 20, writePct: 0 })
      .edge('p', 't', { keyCount: 0 })
      .edge('t', 'sink', { consumerGroup: 'sink' })
      .edge('sink', 'db')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(20_000);
    sim.setNodeUp('p', false);
    sim.advanceTo(22_000);
    const s = sim.summary();
    const records = s.topics.t!.records.reduce((a, b) => a + b, 0);
    expect(s.connectors.sink!.records).toBe(records);
    expect(s.topics.t!.lag.sink).toEqual([0, 0, 0, 0]);
    // Every batch is one write, however the database's read/write mix is set.
    expect(s.databases.db!.writes).toBe(s.connectors.sink!.batches);
    expect(s.databases.db!.reads).toBe(0);
    expect(s.connectors.sink!.batches).toBeLessThan(records / 40);
  });

  it('sink: a failed write is retried at the next interval; nothing is committed before', () => {
    const doc = new DiagramBuilder()
      .node('p', 'client', { mode: 'async', rate: 100, arrivals: 'constant' })
      .node('t', 'topic', { partitions: 1 })
      .node('sink', 'connect', { connectorMode: 'sink', batchSize: 10, pollIntervalMs: 200 })
      .node('db', 'database')
      .edge('p', 't', { keyCount: 0 })
      .edge('t', 'sink', { consumerGroup: 'sink' })
      .edge('sink', 'db')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(2_000);
    sim.setNodeUp('db', false);
    sim.advanceTo(5_000);
    const stuck = sim.summary().topics.t!.lag.sink![0]!;
    expect(stuck).toBeGreaterThan(250);
    sim.setNodeUp('db', true);
    sim.advanceTo(8_000);
    sim.setNodeUp('p', false);
    sim.advanceTo(10_000);
    expect(sim.summary().topics.t!.lag.sink).toEqual([0]);
  });
});

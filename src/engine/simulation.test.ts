import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DiagramDocument, decodeDocument } from '../model';
import { compileEngine } from './compile';
import { compile, MSG, Simulation, snapshotTransferables } from './index';
import { DiagramBuilder, simulate } from './testing/diagram';

function reference(name = 'reference-50'): DiagramDocument {
  const url = new URL(`./reference/${name}.json`, import.meta.url);
  const r = decodeDocument(JSON.parse(readFileSync(url, 'utf8')));
  if (!r.ok) throw new Error(`${name} does not decode`);
  return r.value;
}

const chain = () =>
  new DiagramBuilder()
    .node('c', 'client', { mode: 'sync', users: 20, rate: 50 })
    .node('s', 'service', { serviceTimeMs: 20, instances: 4 })
    .edge('c', 's', { latencyMs: 5, timeoutMs: 2000 })
    .build();

describe('simulation', () => {
  it('the reference diagrams are valid and have 50 nodes', () => {
    expect(reference().nodes).toHaveLength(50);
    const messaging = reference('messaging-50');
    expect(messaging.nodes).toHaveLength(50);
    const kinds = new Set(messaging.nodes.map((n) => n.kind));
    for (const k of ['queue', 'exchange', 'eventBus', 'topic', 'streams', 'connect'] as const)
      expect(kinds).toContain(k);
    const types = messaging.nodes.filter((n) => n.kind === 'exchange').map((n) => n.props.exchangeType);
    expect(new Set(types)).toEqual(new Set(['direct', 'topic', 'fanout', 'headers']));
    expect(messaging.nodes.find((n) => n.kind === 'topic' && n.props.partitions === 12)).toBeDefined();
  });

  it('messaging-50: the same seed gives an identical summary, bit for bit; the system is healthy', () => {
    const run = (seed: number) => {
      const sim = simulate(reference('messaging-50'), seed);
      sim.advanceTo(20_000);
      return sim.summary();
    };
    const a = run(7);
    expect(JSON.stringify(run(7))).toBe(JSON.stringify(a));
    expect(run(8).events).not.toBe(a.events);
    // Two consumer groups read every record of the 12-partition topic.
    const orders = a.topics['orders-t']!;
    expect(orders.partitions).toBe(12);
    const records = orders.records.reduce((x, y) => x + y, 0);
    expect(records).toBeGreaterThan(3000);
    for (const group of ['analytics', 'fraud'])
      expect(orders.lag[group]!.reduce((x, y) => x + y, 0)).toBeLessThan(100);
    expect(a.exchanges['order-x']!.toAlternate).toBeGreaterThan(0);
    expect(a.exchanges['pay-x']!.unroutable).toBeGreaterThan(0);
    for (const q of Object.values(a.queues)) expect(q.dropped).toBe(0);
  });

  it('the same diagram and seed give an identical summary; another seed other numbers', () => {
    const run = (seed: number) => {
      const sim = simulate(reference(), seed);
      sim.advanceTo(20_000);
      return sim.summary();
    };
    const a = run(7);
    expect(run(7)).toStrictEqual(a);
    expect(JSON.stringify(run(7))).toBe(JSON.stringify(a));
    const b = run(8);
    expect(b.seed).toBe(8);
    expect(b.nodes.web!.latency.mean).not.toBe(a.nodes.web!.latency.mean);
    expect(b.events).not.toBe(a.events);
  });

  it('advancing in many small steps gives the same run as one big step', () => {
    const once = simulate(reference(), 3);
    once.advanceTo(5_000);
    const steps = simulate(reference(), 3);
    for (let t = 16; t <= 5_000; t += 16.7) steps.advanceTo(t);
    steps.advanceTo(5_000);
    expect(steps.summary()).toStrictEqual(once.summary());
  });

  it('step() processes exactly the next event time', () => {
    const sim = simulate(chain());
    expect(sim.now).toBe(0);
    expect(sim.step()).toBe(true);
    const first = sim.now;
    expect(sim.step()).toBe(true);
    expect(sim.now).toBeGreaterThanOrEqual(first);
    const events = sim.events;
    sim.step();
    expect(sim.events).toBeGreaterThan(events);
    // An empty diagram has nothing to do but its own sampling.
    const empty = simulate(new DiagramBuilder().build());
    expect(empty.step()).toBe(true);
    expect(empty.now).toBe(0);
    expect(empty.step()).toBe(true);
    expect(empty.now).toBe(1000);
  });

  it('snapshot: messages in flight as parallel typed arrays, and live counters per node', () => {
    const sim = simulate(chain());
    let t = 1_000;
    sim.advanceTo(t);
    while (sim.snapshot().messages.count === 0) sim.advanceTo(++t);
    const s = sim.snapshot();
    expect(s.now).toBe(t);
    const m = s.messages;
    expect(m.count).toBeGreaterThan(0);
    for (const a of [m.edge, m.kind, m.departs, m.arrives, m.items, m.id]) expect(a.length).toBe(m.count);
    for (let i = 0; i < m.count; i++) {
      expect(m.departs[i]).toBeLessThanOrEqual(s.now);
      expect(m.arrives[i]).toBeGreaterThanOrEqual(s.now);
      expect(sim.edgeIds[m.edge[i]!]).toBe('c-s');
      expect([MSG.request, MSG.response]).toContain(m.kind[i]);
      expect(m.items[i]).toBe(1);
      expect(sim.trace(m.id[i]!).length).toBeGreaterThan(0);
    }
    expect(sim.nodeIds).toEqual(['c', 's']);
    expect(s.nodes.up).toEqual(new Uint8Array([1, 1]));
    expect(s.nodes.utilization[0]).toBe(-1);
    expect(s.nodes.utilization[1]).toBeGreaterThanOrEqual(0);
    expect(s.nodes.inFlight[0]).toBeGreaterThan(0);
    expect(s.edges.breaker).toEqual(new Uint8Array([0]));
    expect(snapshotTransferables(s)).toHaveLength(13);
  });

  it('follows a message: its trace shows every hop of the request and its answer', () => {
    const sim = simulate(chain());
    sim.advanceTo(2_000);
    const id = sim.recentTraces(50).find((t) => sim.trace(t).filter((e) => e.code === 'send').length === 2)!;
    const trace = sim.trace(id);
    const sends = trace.filter((e) => e.code === 'send');
    expect(sends[0]!.node).toBe(0);
    expect(sends[1]!.node).toBe(1);
    expect(sends[1]!.time).toBeGreaterThanOrEqual(sends[0]!.value);
  });

  it('refuses an invalid diagram with its issues', () => {
    const doc = chain();
    doc.nodes[0]!.props.rate = -3;
    doc.edges.push({ id: 'x', source: 's', target: 'c', props: {} });
    const r = compile(doc, { seed: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toContain('nodes[0].props.rate');
      expect(r.issues.map((i) => i.path)).toContain('edges[1]');
    }
  });

  it('setNodeUp: a stopped service fills its backlog and refuses beyond it; started, it drains', () => {
    const doc = chain();
    doc.nodes[1]!.props.backlogLimit = 30;
    const sim = simulate(doc);
    sim.advanceTo(5_000);
    expect(sim.setNodeUp('s', false).ok).toBe(true);
    sim.advanceTo(10_000);
    expect(sim.snapshot().nodes.up[1]).toBe(0);
    // Users time out after 2 s and try again, so the backlog fills to its limit; then 503.
    expect(sim.snapshot().nodes.backlog[1]).toBe(30);
    expect(sim.summary().nodes.s!.errors['503']).toBeGreaterThan(0);
    sim.setNodeUp('s', true);
    sim.advanceTo(12_000);
    expect(sim.snapshot().nodes.backlog[1]).toBeLessThan(5);
    expect(sim.setNodeUp('nope', true).ok).toBe(false);
  });

  it('updateNodeProps applies live: rate, instances and error rate', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 10 })
      .node('s', 'service', { serviceTimeMs: 10, instances: 1 })
      .edge('c', 's')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(10_000);
    const before = sim.summary().nodes.s!.received;
    expect(sim.updateNodeProps('c', { rate: 100 }).ok).toBe(true);
    expect(sim.updateNodeProps('s', { instances: 4, errorRatePct: 50 }).ok).toBe(true);
    sim.advanceTo(20_000);
    const after = sim.summary().nodes.s!;
    expect(after.received - before).toBeGreaterThan(900);
    expect(after.errors.failed).toBeGreaterThan(400);
    const refused = sim.updateNodeProps('s', { instances: 0, colour: 'red' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues.map((i) => i.problem.code)).toEqual(['tooSmall', 'unknownProp']);
  });

  it('updateEdgeProps applies live, and setEdgeCut loses messages so calls time out', () => {
    const sim = simulate(chain());
    sim.advanceTo(5_000);
    expect(sim.updateEdgeProps('c-s', { latencyMs: 100 }).ok).toBe(true);
    sim.advanceTo(10_000);
    expect(sim.summary().nodes.c!.latency.max).toBeGreaterThan(200);
    expect(sim.setEdgeCut('c-s', true).ok).toBe(true);
    sim.advanceTo(20_000);
    const s = sim.summary();
    expect(s.edges['c-s']!.lost).toBeGreaterThan(0);
    expect(s.nodes.c!.errors.timeout).toBeGreaterThan(0);
    expect(sim.snapshot().edges.cut[0]).toBe(1);
    sim.setEdgeCut('c-s', false);
    const completed = s.nodes.c!.completed;
    sim.advanceTo(30_000);
    expect(sim.summary().nodes.c!.completed).toBeGreaterThan(completed + 100);
  });

  it('summary.messaging counts what reaches each broker', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'async', rate: 10 })
      .node('s', 'service', { serviceTimeMs: 1 })
      .node('t', 'topic')
      .edge('c', 's')
      .edge('s', 't')
      .build();
    const sim = simulate(doc);
    sim.advanceTo(10_000);
    expect(sim.summary().messaging.t!.messages).toBe(sim.summary().nodes.s!.completed);
  });

  it('snapshot with recentMs also lists the transfers that arrived within it', () => {
    const sim = simulate(chain());
    sim.advanceTo(3_000);
    const plain = sim.snapshot();
    const recent = sim.snapshot({ recentMs: 350 });
    expect(sim.snapshot({ recentMs: 0 }).messages.count).toBe(plain.messages.count);
    const m = recent.messages;
    // 50 requests a second, two hops each: about 35 arrivals in 350 ms.
    expect(m.count).toBeGreaterThan(plain.messages.count + 20);
    const arrived = [];
    for (let i = plain.messages.count; i < m.count; i++) {
      expect(m.arrives[i]).toBeLessThanOrEqual(3_000);
      expect(m.arrives[i]).toBeGreaterThan(3_000 - 350);
      expect(m.departs[i]).toBeLessThanOrEqual(m.arrives[i]!);
      expect(sim.edgeIds[m.edge[i]!]).toBe('c-s');
      expect([MSG.request, MSG.response]).toContain(m.kind[i]);
      expect(m.items[i]).toBe(1);
      arrived.push(m.id[i]);
    }
    // Newest first, and each one a real trace.
    expect(m.arrives[plain.messages.count]).toBeGreaterThanOrEqual(m.arrives[m.count - 1]!);
    expect(sim.trace(arrived[0]!).length).toBeGreaterThan(0);
    // Reading never changes the run.
    const again = simulate(chain());
    again.advanceTo(3_000);
    expect(again.summary()).toStrictEqual(sim.summary());
  });

  it('memory stays bounded: record pools stop growing and the series keeps its last 300 samples', () => {
    const r = compileEngine(reference(), { seed: 5 });
    if (!r.ok) throw new Error('reference does not compile');
    const e = r.value;
    const sim = new Simulation(e, 5);
    sim.advanceTo(30_000);
    const capacities = () => [e.calls.capacity, e.jobs.capacity];
    const early = capacities();
    sim.advanceTo(90_000);
    expect(capacities()).toEqual(early);
    // The same for brokers: queued messages live in rings, deliveries are bounded by prefetch and
    // fetching; the per-minute window count's burst (one record per key) comes first at 60 s.
    const m = compileEngine(reference('messaging-50'), { seed: 5 });
    if (!m.ok) throw new Error('messaging-50 does not compile');
    const broker = new Simulation(m.value, 5);
    broker.advanceTo(65_000);
    const brokerEarly = [m.value.calls.capacity, m.value.jobs.capacity];
    broker.advanceTo(130_000);
    expect([m.value.calls.capacity, m.value.jobs.capacity]).toEqual(brokerEarly);
    // One sample per virtual second, from 0 s.
    expect(sim.series('web')!.time.length).toBe(91);
    const small = simulate(chain());
    small.advanceTo(400_000);
    expect(small.series('c')!.time.length).toBe(300);
    expect(small.series('nope')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { DiagramBuilder, simulate } from './testing/diagram';

/** A client publishing to an exchange with these routing keys, bound to queues with these keys. */
function exchange(type: string, routingKeys: string, bindings: Record<string, string>) {
  const b = new DiagramBuilder()
    .node('c', 'client', { mode: 'async', rate: 100, arrivals: 'constant' })
    .node('x', 'exchange', { exchangeType: type })
    .edge('c', 'x', { routingKeys });
  for (const [q, key] of Object.entries(bindings)) b.node(q, 'queue').edge('x', q, { bindingKey: key });
  return b;
}

/** Runs until `ms`, then stops the publisher and lets what is in flight arrive. */
function run(doc: ReturnType<DiagramBuilder['build']>, ms: number) {
  const sim = simulate(doc);
  sim.advanceTo(ms);
  sim.setNodeUp('c', false);
  sim.advanceTo(ms + 1_000);
  return sim.summary();
}

describe('RabbitMQ exchange', () => {
  it('fanout copies every message to every bound queue', () => {
    const s = run(exchange('fanout', 'ignored', { qa: '', qb: 'x', qc: '#' }).build(), 10_000);
    const sent = s.nodes.c!.received;
    expect(sent).toBeGreaterThan(990);
    for (const q of ['qa', 'qb', 'qc']) expect(s.queues[q]!.published).toBe(sent);
    expect(s.exchanges.x!.routed).toEqual({ 'x-qa': sent, 'x-qb': sent, 'x-qc': sent });
  });

  it('direct matches the exact key; the rest is unroutable', () => {
    const s = run(
      exchange('direct', 'order.created:2, order.paid:1, order.*:1', {
        created: 'order.created',
        paid: 'order.paid',
      }).build(),
      20_000,
    );
    const sent = s.nodes.c!.received;
    const created = s.queues.created!.published;
    const paid = s.queues.paid!.published;
    const unroutable = s.exchanges.x!.unroutable;
    expect(created + paid + unroutable).toBe(sent);
    expect(created / sent).toBeCloseTo(0.5, 1);
    expect(paid / sent).toBeCloseTo(0.25, 1);
    expect(unroutable / sent).toBeCloseTo(0.25, 1);
  });

  it('topic routes by pattern, one copy per matching queue', () => {
    const s = run(
      exchange('topic', 'order.eu.created:1, order.us.created:1, payment.eu.done:1', {
        orders: 'order.#',
        eu: '*.eu.*',
        created: '#.created',
      }).build(),
      30_000,
    );
    const sent = s.nodes.c!.received;
    expect(s.queues.orders!.published / sent).toBeCloseTo(2 / 3, 1);
    expect(s.queues.eu!.published / sent).toBeCloseTo(2 / 3, 1);
    expect(s.queues.created!.published / sent).toBeCloseTo(2 / 3, 1);
    expect(s.exchanges.x!.unroutable).toBe(0);
  });

  it('headers: x-match all and any against the published headers', () => {
    const s = run(
      exchange('headers', 'format=pdf; type=report:1, format=zip; type=report:1', {
        pdf: 'x-match=all; format=pdf; type=report',
        any: 'x-match=any; format=zip; type=log',
      }).build(),
      20_000,
    );
    const sent = s.nodes.c!.received;
    expect(s.queues.pdf!.published + s.queues.any!.published).toBe(sent);
    expect(s.queues.pdf!.published / sent).toBeCloseTo(0.5, 1);
  });

  it('an unroutable message goes to the alternate exchange when one is wired', () => {
    const doc = exchange('direct', 'a:1, b:1', { qa: 'a' })
      .node('ae', 'exchange', { exchangeType: 'fanout' })
      .node('unrouted', 'queue')
      .edge('x', 'ae')
      .edge('ae', 'unrouted', { bindingKey: '' })
      .build();
    const s = run(doc, 10_000);
    expect(s.exchanges.x!.unroutable).toBe(0);
    expect(s.exchanges.x!.toAlternate).toBe(s.queues.unrouted!.published);
    expect(s.queues.qa!.published + s.queues.unrouted!.published).toBe(s.nodes.c!.received);
  });

  it('a service publishes an event after handling each request (event-driven flow)', () => {
    const doc = new DiagramBuilder()
      .node('c', 'client', { mode: 'sync', users: 5, rate: 50 })
      .node('orders', 'service', { serviceTimeMs: 5, errorRatePct: 20 })
      .node('x', 'exchange', { exchangeType: 'topic' })
      .node('q', 'queue')
      .edge('c', 'orders')
      .edge('orders', 'x', { routingKeys: 'order.created' })
      .edge('x', 'q', { bindingKey: 'order.*' })
      .build();
    const sim = simulate(doc);
    sim.advanceTo(20_000);
    const s = sim.summary();
    // Only successfully handled requests publish OrderCreated.
    expect(s.queues.q!.published).toBe(s.nodes.orders!.completed);
    expect(s.nodes.orders!.errors.failed).toBeGreaterThan(0);
  });

  it('binding keys, routing keys and the exchange type change while running', () => {
    const sim = simulate(exchange('direct', 'a', { qa: 'a', qb: 'b' }).build());
    sim.advanceTo(5_000);
    expect(sim.updateEdgeProps('c-x', { routingKeys: 'b' }).ok).toBe(true);
    sim.advanceTo(10_000);
    const before = sim.summary().queues;
    expect(before.qa!.published).toBeGreaterThan(450);
    expect(before.qb!.published).toBeGreaterThan(450);
    expect(sim.updateEdgeProps('x-qa', { bindingKey: 'b' }).ok).toBe(true);
    expect(sim.updateNodeProps('x', { exchangeType: 'fanout' }).ok).toBe(true);
    sim.advanceTo(15_000);
    const after = sim.summary().queues;
    expect(after.qa!.published - before.qa!.published).toBeGreaterThan(450);
    expect(after.qb!.published - before.qb!.published).toBeGreaterThan(450);
  });
});

import { describe, expect, it } from 'vitest';
import { DiagramBuilder, simulate } from './testing/diagram';

function bus(durable: boolean) {
  return new DiagramBuilder()
    .node('p', 'client', { mode: 'async', rate: 20, arrivals: 'constant' })
    .node('bus', 'eventBus', { durable })
    .node('a', 'service', { serviceTimeMs: 5 })
    .node('b', 'service', { serviceTimeMs: 5 })
    .node('q', 'queue')
    .edge('p', 'bus')
    .edge('bus', 'a')
    .edge('bus', 'b')
    .edge('bus', 'q')
    .build();
}

/** Subscriber b is down from 10 s to 20 s; the publisher stops at 30 s. */
function outage(durable: boolean) {
  const sim = simulate(bus(durable));
  sim.advanceTo(10_000);
  sim.setNodeUp('b', false);
  sim.advanceTo(20_000);
  const waiting = sim.summary().eventBuses.bus!.waiting;
  sim.setNodeUp('b', true);
  sim.advanceTo(30_000);
  sim.setNodeUp('p', false);
  sim.advanceTo(31_000);
  return { s: sim.summary(), waiting };
}

describe('event bus', () => {
  it('every subscriber gets a copy of every event', () => {
    const sim = simulate(bus(false));
    sim.advanceTo(10_000);
    sim.setNodeUp('p', false);
    sim.advanceTo(11_000);
    const s = sim.summary();
    const published = s.eventBuses.bus!.published;
    expect(published).toBe(s.nodes.p!.received);
    expect(s.nodes.a!.received).toBe(published);
    expect(s.nodes.b!.received).toBe(published);
    expect(s.queues.q!.published).toBe(published);
  });

  it('a subscriber that is down misses what was published meanwhile', () => {
    const { s } = outage(false);
    const bus = s.eventBuses.bus!;
    expect(bus.missed['bus-b']).toBeGreaterThan(190);
    expect(bus.missed['bus-b']).toBeLessThan(210);
    expect(bus.missed['bus-a']).toBe(0);
    expect(s.nodes.b!.received).toBe(bus.published - bus.missed['bus-b']!);
  });

  it('a durable bus keeps them for it and delivers when it returns', () => {
    const { s, waiting } = outage(true);
    const bus = s.eventBuses.bus!;
    expect(waiting).toBeGreaterThan(190);
    expect(bus.missed['bus-b']).toBe(0);
    expect(bus.waiting).toBe(0);
    expect(s.nodes.b!.received).toBe(bus.published);
    expect(bus.delivered['bus-b']).toBe(bus.published);
  });
});

import { describe, expect, it } from 'vitest';
import { chain, fanOut, kindPresent, prop, targetProp, wired, wireProp } from './goals';
import { IDLE_RUN } from './runView';
import { Build } from './testing/build';
import type { Goal } from './types';

const holds = (goal: Goal, b: Build) => goal({ doc: b.doc, run: IDLE_RUN, events: [] });

describe('kindPresent', () => {
  it('counts components of the kind wherever they are and whatever they are called', () => {
    const goal = kindPresent('service', 2);
    const plain = new Build().add('a', 'service').add('b', 'service');
    const other = new Build()
      .add('x', 'client', { x: 900, y: -40 }, 'Web')
      .add('b', 'service', { x: -300, y: 700 }, 'Платежі')
      .add('q', 'queue')
      .add('a', 'service', { x: 12, y: 5 }, 'Billing');
    expect(holds(goal, plain)).toBe(true);
    expect(holds(goal, other)).toBe(true);
  });

  it('is not fooled by other kinds or too few', () => {
    const goal = kindPresent('service', 2);
    expect(holds(goal, new Build())).toBe(false);
    expect(holds(goal, new Build().add('a', 'service').add('g', 'gateway').add('d', 'database'))).toBe(false);
    expect(holds(kindPresent('provider'), new Build().add('c', 'client'))).toBe(false);
  });
});

describe('wired', () => {
  it('finds a wire between the two kinds, built in any order, among other wires', () => {
    const goal = wired('client', 'gateway');
    const first = new Build().add('c', 'client').add('g', 'gateway').wire('c', 'g');
    const later = new Build()
      .add('g', 'gateway', { x: 500, y: 0 }, 'Edge')
      .add('s', 'service')
      .wire('g', 's')
      .add('other', 'client', { x: 0, y: 400 }, 'Admin')
      .add('c', 'client', { x: -200, y: 90 }, 'Mobile')
      .wire('c', 'g');
    expect(holds(goal, first)).toBe(true);
    expect(holds(goal, later)).toBe(true);
  });

  it('needs the wire, in that direction: both components alone, or a wire elsewhere, are not enough', () => {
    const goal = wired('service', 'database');
    expect(holds(goal, new Build().add('s', 'service').add('d', 'database'))).toBe(false);
    const elsewhere = new Build().add('s', 'service').add('t', 'service').add('d', 'database').wire('s', 't');
    expect(holds(goal, elsewhere)).toBe(false);
    // The catalogue has no database → service wire, so the reverse cannot even be drawn.
    expect(
      holds(
        wired('database', 'service'),
        new Build().add('s', 'service').add('d', 'database').wire('s', 'd'),
      ),
    ).toBe(false);
  });
});

describe('chain', () => {
  it('follows wires through the kinds in order, whatever else hangs off them', () => {
    const goal = chain('client', 'service', 'eventBus');
    const straight = new Build()
      .add('c', 'client')
      .add('s', 'service')
      .add('b', 'eventBus')
      .wire('c', 's')
      .wire('s', 'b');
    const backwards = new Build()
      .add('b', 'eventBus', { x: 800, y: 0 }, 'Events')
      .add('s', 'service', { x: 400, y: 0 }, 'Orders')
      .add('mail', 'service')
      .wire('b', 'mail')
      .wire('s', 'b')
      .add('c', 'client', { x: 0, y: 0 }, 'Shop')
      .wire('c', 's');
    expect(holds(goal, straight)).toBe(true);
    expect(holds(goal, backwards)).toBe(true);
  });

  it('breaks when a link is missing or the links do not meet', () => {
    const goal = chain('client', 'service', 'eventBus');
    const gap = new Build().add('c', 'client').add('s', 'service').add('b', 'eventBus').wire('c', 's');
    expect(holds(goal, gap)).toBe(false);
    // Client → one service, another service → bus: two halves that do not join.
    const apart = new Build()
      .add('c', 'client')
      .add('s1', 'service')
      .add('s2', 'service')
      .add('b', 'eventBus')
      .wire('c', 's1')
      .wire('s2', 'b');
    expect(holds(goal, apart)).toBe(false);
  });
});

describe('prop', () => {
  it('reads the property of any component of the kind, set directly or left at its default', () => {
    expect(holds(prop('client', 'mode', 'sync'), new Build().add('c', 'client'))).toBe(true);
    const goal = prop('service', 'instances', (v) => Number(v) >= 3);
    const one = new Build().add('s', 'service').set('s', 'instances', 3);
    const another = new Build()
      .add('a', 'service', { x: 50, y: 50 }, 'Catalog')
      .add('b', 'service', { x: 300, y: 50 }, 'Payments')
      .set('a', 'instances', 2)
      .set('b', 'instances', 5);
    expect(holds(goal, one)).toBe(true);
    expect(holds(goal, another)).toBe(true);
  });

  it('is false for a value below the mark, or for the key on another kind', () => {
    const goal = prop('service', 'instances', (v) => Number(v) >= 3);
    expect(holds(goal, new Build().add('s', 'service').set('s', 'instances', 2))).toBe(false);
    expect(holds(goal, new Build().add('s', 'service'))).toBe(false);
    expect(holds(prop('eventBus', 'durable', true), new Build().add('b', 'eventBus'))).toBe(false);
    expect(
      holds(prop('client', 'mode', 'polling'), new Build().add('c', 'client').set('c', 'mode', 'async')),
    ).toBe(false);
  });
});

describe('wireProp', () => {
  it('reads a property of some wire between the kinds, including its default', () => {
    expect(
      holds(
        wireProp('client', 'gateway', 'protocol', 'rest'),
        new Build().add('c', 'client').add('g', 'gateway').wire('c', 'g'),
      ),
    ).toBe(true);
    const goal = wireProp('gateway', 'service', 'route', '/users');
    const direct = new Build()
      .add('g', 'gateway')
      .add('u', 'service')
      .wire('g', 'u')
      .setWire('g', 'u', 'route', '/users');
    const amongOthers = new Build()
      .add('u', 'service', { x: 600, y: 300 }, 'People')
      .add('o', 'service', { x: 600, y: 0 }, 'Orders')
      .add('g', 'gateway', { x: 200, y: 100 }, 'Front door')
      .wire('g', 'o')
      .setWire('g', 'o', 'route', '/orders')
      .wire('g', 'u')
      .setWire('g', 'u', 'route', '/users');
    expect(holds(goal, direct)).toBe(true);
    expect(holds(goal, amongOthers)).toBe(true);
  });

  it('does not take the value from a wire between other kinds, or another value', () => {
    const goal = wireProp('service', 'service', 'timeoutMs', (v) => Number(v) > 0);
    const onOtherWire = new Build()
      .add('c', 'client')
      .add('a', 'service')
      .add('b', 'service')
      .wire('c', 'a')
      .wire('a', 'b')
      .setWire('c', 'a', 'timeoutMs', 300);
    expect(holds(goal, onOtherWire)).toBe(false);
    const routed = new Build()
      .add('g', 'gateway')
      .add('s', 'service')
      .wire('g', 's')
      .setWire('g', 's', 'route', '/orders');
    expect(holds(wireProp('gateway', 'service', 'route', '/users'), routed)).toBe(false);
  });
});

describe('fanOut', () => {
  it('counts the different components of a kind one component is wired to', () => {
    const goal = fanOut('eventBus', 'service', 3);
    const three = new Build()
      .add('b', 'eventBus')
      .add('x', 'service')
      .add('y', 'service')
      .add('z', 'service')
      .wire('b', 'x')
      .wire('b', 'y')
      .wire('b', 'z');
    const mixed = new Build()
      .add('p', 'service', { x: 0, y: 0 }, 'Orders')
      .add('b', 'eventBus', { x: 300, y: 0 }, 'Bus')
      .wire('p', 'b')
      .add('z', 'service', { x: 600, y: 300 }, 'Analytics')
      .wire('b', 'z')
      .add('q', 'queue')
      .wire('b', 'q')
      .add('x', 'service', { x: 600, y: -300 }, 'Mail')
      .add('y', 'service', { x: 600, y: 0 }, 'Stock')
      .wire('b', 'y')
      .wire('b', 'x');
    expect(holds(goal, three)).toBe(true);
    expect(holds(goal, mixed)).toBe(true);
  });

  it('does not add up subscribers of different buses, other kinds, or wires into the bus', () => {
    const goal = fanOut('eventBus', 'service', 3);
    const split = new Build()
      .add('b1', 'eventBus')
      .add('b2', 'eventBus')
      .add('x', 'service')
      .add('y', 'service')
      .add('z', 'service')
      .wire('b1', 'x')
      .wire('b1', 'y')
      .wire('b2', 'z');
    expect(holds(goal, split)).toBe(false);
    const intoBus = new Build()
      .add('b', 'eventBus')
      .add('p', 'service')
      .add('x', 'service')
      .add('q', 'queue')
      .wire('p', 'b')
      .wire('b', 'x')
      .wire('b', 'q');
    expect(holds(goal, intoBus)).toBe(false);
  });
});

describe('targetProp', () => {
  it('reads the property of a component wired from the given kind, wherever it sits in the diagram', () => {
    const goal = targetProp('service', 'service', 'instances', (v) => Number(v) >= 2);
    const simple = new Build()
      .add('a', 'service')
      .add('b', 'service')
      .wire('a', 'b')
      .set('b', 'instances', 3);
    const scaledFirst = new Build()
      .add('pay', 'service', { x: 900, y: 400 }, 'Payments')
      .set('pay', 'instances', 2)
      .add('gw', 'gateway')
      .add('shop', 'service', { x: 400, y: 400 }, 'Checkout')
      .wire('gw', 'shop')
      .add('db', 'database')
      .wire('pay', 'db')
      .wire('shop', 'pay');
    expect(holds(goal, simple)).toBe(true);
    expect(holds(goal, scaledFirst)).toBe(true);
  });

  it('ignores the same property on the caller, or on a component called by another kind', () => {
    const goal = targetProp('service', 'service', 'instances', (v) => Number(v) >= 2);
    const callerScaled = new Build()
      .add('a', 'service')
      .add('b', 'service')
      .wire('a', 'b')
      .set('a', 'instances', 4);
    expect(holds(goal, callerScaled)).toBe(false);
    const fromGateway = new Build()
      .add('g', 'gateway')
      .add('s', 'service')
      .wire('g', 's')
      .set('s', 'instances', 4);
    expect(holds(goal, fromGateway)).toBe(false);
    const unwired = new Build().add('a', 'service').add('b', 'service').set('b', 'instances', 4);
    expect(holds(goal, unwired)).toBe(false);
  });
});

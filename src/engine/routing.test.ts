import { describe, expect, it } from 'vitest';
import {
  bindingMatches,
  EXCHANGE,
  headersMatch,
  parseBinding,
  parseHeaderBinding,
  parseHeaders,
  topicMatches,
} from './routing';

// Bindings and the routing keys each matches, as RabbitMQ's own topic-exchange unit tests have them.
const BINDINGS: Record<string, string> = {
  t1: 'a.b.c',
  t2: 'a.*.c',
  t3: 'a.#.b',
  t4: 'a.b.b.c',
  t5: '#',
  t6: '#.#',
  t7: '#.b',
  t8: '*.*',
  t9: 'a.*',
  t10: '*.b.c',
  t11: 'a.#',
  t12: 'a.#.#',
  t13: 'b.b.c',
  t14: 'a.b.b',
  t15: 'a.b',
  t16: 'b.c',
  t17: '',
  t18: '*.*.*',
  t19: 'vodka.martini',
  t20: 'a.b.c',
  t21: '*.#',
  t22: '#.*.#',
  t23: '*.#.#',
  t24: '#.#.#',
  t25: '*',
  t26: '#.b.#',
};
const EXPECTED: Record<string, string[]> = {
  'a.b.c': ['t1', 't2', 't5', 't6', 't10', 't11', 't12', 't18', 't20', 't21', 't22', 't23', 't24', 't26'],
  'a.b': ['t3', 't5', 't6', 't7', 't8', 't9', 't11', 't12', 't15', 't21', 't22', 't23', 't24', 't26'],
  'a.b.b': ['t3', 't5', 't6', 't7', 't11', 't12', 't14', 't18', 't21', 't22', 't23', 't24', 't26'],
  '': ['t5', 't6', 't17', 't24'],
  'b.c.c': ['t5', 't6', 't18', 't21', 't22', 't23', 't24', 't26'],
  'a.a.a.a.a': ['t5', 't6', 't11', 't12', 't21', 't22', 't23', 't24'],
  'vodka.gin': ['t5', 't6', 't8', 't21', 't22', 't23', 't24'],
  'vodka.martini': ['t5', 't6', 't8', 't19', 't21', 't22', 't23', 't24'],
  'b.b.c': ['t5', 't6', 't10', 't13', 't18', 't21', 't22', 't23', 't24', 't26'],
  'nothing.here.at.all': ['t5', 't6', 't21', 't22', 't23', 't24'],
  oneword: ['t5', 't6', 't21', 't22', 't23', 't24', 't25'],
};

describe('topic exchange matching (AMQP 0-9-1)', () => {
  it("matches RabbitMQ's own table: 26 bindings against 11 routing keys (286 pairs)", () => {
    let pairs = 0;
    for (const [key, expected] of Object.entries(EXPECTED)) {
      const matched = Object.keys(BINDINGS).filter((b) => topicMatches(BINDINGS[b]!, key));
      expect(matched, `routing key "${key}"`).toEqual(expected);
      pairs += Object.keys(BINDINGS).length;
    }
    expect(pairs).toBeGreaterThanOrEqual(30);
  });

  it.each([
    // # matches zero words, at the start, in the middle and at the end
    ['#.created', 'created', true],
    ['#.created', 'order.eu.created', true],
    ['order.#.created', 'order.created', true],
    ['order.#.created', 'order.eu.west.created', true],
    ['order.#', 'order', true],
    ['order.#', 'order.created.v2', true],
    ['#', '', true],
    ['order.#', 'payment.created', false],
    // * is exactly one word: never none, never two, never an empty one
    ['order.*', 'order', false],
    ['order.*', 'order.created.v2', false],
    ['*', '', false],
    ['order.*.created', 'order..created', false],
    ['order.*', 'order.', false],
    ['*.created', 'order.created', true],
    // words are compared whole
    ['order.created', 'order.created', true],
    ['order.create', 'order.created', false],
    ['order.*.#', 'order.eu', true],
    ['order.*.#', 'order', false],
  ])('pattern "%s" against "%s" is %s', (pattern, key, expected) => {
    expect(topicMatches(pattern, key)).toBe(expected);
  });
});

describe('direct, fanout and headers bindings', () => {
  const none = new Map<string, string | null>();

  it('direct matches the exact key only; several keys on one wire are separated by commas', () => {
    const b = parseBinding(EXCHANGE.direct, 'order.created, order.paid');
    expect(bindingMatches(b, 'order.created', none)).toBe(true);
    expect(bindingMatches(b, 'order.paid', none)).toBe(true);
    expect(bindingMatches(b, 'order.*', none)).toBe(false);
    expect(bindingMatches(b, 'order.created.v2', none)).toBe(false);
    expect(bindingMatches(parseBinding(EXCHANGE.direct, 'Order'), 'order', none)).toBe(false);
  });

  it('fanout matches everything', () => {
    expect(bindingMatches(parseBinding(EXCHANGE.fanout, 'ignored'), 'whatever', none)).toBe(true);
  });

  it('headers: x-match all needs every argument, any needs one; x- arguments are ignored', () => {
    const headers = new Map(parseHeaders('format=pdf; type=report'));
    expect(headersMatch(parseHeaderBinding('x-match=all; format=pdf'), headers)).toBe(true);
    expect(headersMatch(parseHeaderBinding('format=pdf; type=report'), headers)).toBe(true);
    expect(headersMatch(parseHeaderBinding('x-match=all; format=pdf; type=log'), headers)).toBe(false);
    expect(headersMatch(parseHeaderBinding('x-match=any; format=zip; type=report'), headers)).toBe(true);
    expect(headersMatch(parseHeaderBinding('x-match=any; format=zip'), headers)).toBe(false);
    // A name without a value matches any value of a present header.
    expect(headersMatch(parseHeaderBinding('x-match=all; format'), headers)).toBe(true);
    expect(headersMatch(parseHeaderBinding('x-match=all; size'), headers)).toBe(false);
    // No arguments: all matches everything, any nothing.
    expect(headersMatch(parseHeaderBinding('x-match=all'), headers)).toBe(true);
    expect(headersMatch(parseHeaderBinding('x-match=any'), headers)).toBe(false);
    const xHeaders = new Map(parseHeaders('x-tenant=7; format=pdf'));
    expect(headersMatch(parseHeaderBinding('x-match=all; x-tenant=8; format=pdf'), xHeaders)).toBe(true);
    expect(headersMatch(parseHeaderBinding('x-match=all-with-x; x-tenant=8; format=pdf'), xHeaders)).toBe(
      false,
    );
  });
});

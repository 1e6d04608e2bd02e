import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from './eventQueue';

function drain(q: EventQueue): { t: number; p: number }[] {
  const out: { t: number; p: number }[] = [];
  while (q.pop()) out.push({ t: q.topTime, p: q.topPayload });
  return out;
}

describe('EventQueue', () => {
  it('pops by time, and events at the same time in the order they were scheduled', () => {
    const q = new EventQueue(2);
    q.push(5, 1);
    q.push(1, 2);
    q.push(5, 3);
    q.push(3, 4);
    q.push(5, 5);
    expect(drain(q).map((e) => e.p)).toEqual([2, 4, 1, 3, 5]);
  });

  it('matches a stable sort by time for any schedule, growing as needed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (times) => {
        const q = new EventQueue(1);
        times.forEach((t, i) => {
          q.push(t, i);
        });
        const expected = times.map((t, p) => ({ t, p })).sort((a, b) => a.t - b.t || a.p - b.p);
        expect(drain(q)).toEqual(expected);
      }),
    );
  });

  it('keeps order when pushes and pops interleave', () => {
    const q = new EventQueue(4);
    const popped: number[] = [];
    for (let i = 0; i < 1000; i++) {
      q.push((i * 7919) % 101, i);
      if (i % 3 === 0 && q.pop()) popped.push(q.topTime);
    }
    let last = -1;
    while (q.pop()) {
      expect(q.topTime).toBeGreaterThanOrEqual(last);
      last = q.topTime;
    }
    expect(q.size).toBe(0);
    expect(q.peekTime()).toBe(Number.POSITIVE_INFINITY);
  });

  it('returns sequence numbers that identify events', () => {
    const q = new EventQueue();
    const a = q.push(1, 10);
    const b = q.push(1, 11);
    expect(b).toBe(a + 1);
    q.pop();
    expect(q.topSeq).toBe(a);
  });
});

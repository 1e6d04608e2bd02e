import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyPractice, PRACTICE_KEY, questionOrder, readPractice, writePractice } from './progress';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('practice progress', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage());
  });

  it('asks what was not yet known first, then partly known, then new, then known', () => {
    const p = emptyPractice();
    p.interview.a = { mark: 'knew', at: '2026-01-01' };
    p.interview.b = { mark: 'notYet', at: '2026-01-02' };
    p.interview.c = { mark: 'partly', at: '2026-01-01' };
    expect(questionOrder(['a', 'b', 'c', 'd'], p)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('keeps what was saved, and sets damaged data aside instead of losing it or crashing', () => {
    const p = emptyPractice();
    p.challenges['queue-outage'] = { solved: true, best: 3, at: '2026-12-01' };
    writePractice(p);
    expect(readPractice().progress.challenges['queue-outage']).toEqual({
      solved: true,
      best: 3,
      at: '2026-12-01',
    });
    localStorage.setItem(PRACTICE_KEY, '{"version":1,"challenges":{"__proto__":{"solved":"yes"}}}');
    const read = readPractice(new Date('2026-12-01T00:00:00Z'));
    expect(read.damaged).toBe('apip:damaged:2026-12-01T00:00:00.000Z');
    expect(read.progress).toEqual(emptyPractice());
    expect(localStorage.getItem('apip:damaged:2026-12-01T00:00:00.000Z')).toContain('__proto__');
  });
});

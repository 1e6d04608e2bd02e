import { describe, expect, it } from 'vitest';
import { formatClock } from './RunBar';

describe('the run clock', () => {
  it('shows seconds with a tenth, in the language’s unit, and minutes past a minute', () => {
    expect(formatClock(0)).toBe('0.0 s');
    expect(formatClock(1549, 'с')).toBe('1.5 с');
    expect(formatClock(75_000)).toBe('1:15.0');
    expect(formatClock(600_000)).toBe('10:00.0');
  });
});

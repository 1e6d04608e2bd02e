import { describe, expect, it } from 'vitest';
import { formatClock, formatNumber } from './format';

const intl = (value: number, lang: 'en' | 'uk') =>
  new Intl.NumberFormat(lang === 'uk' ? 'uk-UA' : 'en-GB', { maximumFractionDigits: 3 }).format(value);

describe('formatNumber', () => {
  // Every number the short path writes itself, and its neighbours that go through Intl.
  const values = [
    0,
    -0,
    0.001,
    0.01,
    0.05,
    0.1,
    0.25,
    0.5,
    0.75,
    1,
    1.5,
    2,
    5,
    9.999,
    10,
    20,
    50,
    99.5,
    100,
    123.456,
    999,
    999.999,
    1000,
    1234.5,
    10_000,
    1e6,
    0.0001,
    0.30000000000000004,
    1.0005,
    -1,
    -0.5,
    2 / 3,
    1e-7,
  ];
  it.each(['en', 'uk'] as const)('writes the same text as Intl.NumberFormat in %s', (lang) => {
    for (const value of values) expect(formatNumber(value, lang), String(value)).toBe(intl(value, lang));
  });

  it('uses the language’s decimal sign and grouping', () => {
    expect(formatNumber(0.25, 'uk')).toBe('0,25');
    expect(formatNumber(0.25, 'en')).toBe('0.25');
    expect(formatNumber(1000, 'en')).toBe('1,000');
    expect(formatNumber(1000, 'uk')).toBe(intl(1000, 'uk'));
  });
});

describe('formatClock', () => {
  it('shows seconds with a tenth in the language’s decimal sign and unit', () => {
    expect(formatClock(0, 'en')).toBe('0.0 s');
    expect(formatClock(1549, 'uk', 'с')).toBe('1,5 с');
    expect(formatClock(59_940, 'en')).toBe('59.9 s');
  });

  it('shows minutes past a minute, and never a 60th second', () => {
    expect(formatClock(75_000, 'en')).toBe('1:15.0');
    expect(formatClock(75_000, 'uk', 'с')).toBe('1:15,0');
    expect(formatClock(600_000, 'en')).toBe('10:00.0');
    // 59.96 s and 119.96 s round up to the next minute, not to "60.0 s" or "1:60.0".
    expect(formatClock(59_960, 'en')).toBe('1:00.0');
    expect(formatClock(119_960, 'en')).toBe('2:00.0');
    expect(formatClock(61_050, 'uk')).toBe('1:01,1');
  });
});

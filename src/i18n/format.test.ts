import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';

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

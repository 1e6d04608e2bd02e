import { describe, expect, it } from 'vitest';
import { DEFAULT_DURATION_MS, parseDuration, parseSimulateArgs } from './cli';

describe('simulate CLI arguments', () => {
  it('parses durations with units; a bare number is seconds', () => {
    expect(parseDuration('60s')).toBe(60_000);
    expect(parseDuration('1.5m')).toBe(90_000);
    expect(parseDuration('2min')).toBe(120_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('2h')).toBe(7_200_000);
    expect(parseDuration('90')).toBe(90_000);
    for (const bad of ['', 's', '-5s', '0s', '1d', '5 seconds', 'abc']) expect(parseDuration(bad)).toBeNull();
  });

  it('reads the file, the seed and the duration, in any order and with = too', () => {
    expect(parseSimulateArgs(['d.json'])).toEqual({
      ok: true,
      args: { file: 'd.json', seed: undefined, durationMs: DEFAULT_DURATION_MS },
    });
    expect(parseSimulateArgs(['--seed', '7', 'd.json', '--duration', '10s'])).toEqual({
      ok: true,
      args: { file: 'd.json', seed: 7, durationMs: 10_000 },
    });
    expect(parseSimulateArgs(['--duration=2m', '--seed=0', 'd.json'])).toEqual({
      ok: true,
      args: { file: 'd.json', seed: 0, durationMs: 120_000 },
    });
  });

  it('explains what is wrong', () => {
    const error = (argv: string[]) => {
      const r = parseSimulateArgs(argv);
      return r.ok ? '' : r.error;
    };
    expect(error([])).toMatch(/which diagram/);
    expect(error(['d.json', '--seed'])).toMatch(/--seed needs a value/);
    expect(error(['d.json', '--seed', '1.5'])).toMatch(/whole number/);
    expect(error(['d.json', '--seed', '-1'])).toMatch(/whole number/);
    expect(error(['d.json', '--duration', 'soon'])).toMatch(/--duration must look like/);
    expect(error(['d.json', '--verbose'])).toMatch(/unknown option --verbose/);
    expect(error(['a.json', 'b.json'])).toMatch(/one diagram at a time/);
  });
});

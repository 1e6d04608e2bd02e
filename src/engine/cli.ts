/** Argument parsing for `npm run simulate`, kept here (pure) so it is unit-tested. */

export interface SimulateArgs {
  file: string;
  /** Absent: the document's own run.seed. */
  seed: number | undefined;
  durationMs: number;
}

/** Virtual time simulated when --duration is not given. */
export const DEFAULT_DURATION_MS = 60_000;
/** The one-line usage message. */
export const USAGE = 'usage: npm run simulate -- <diagram.json> [--seed N] [--duration 60s]';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/** Parses a duration such as "60s", "1.5m", "250ms", "2h" or a bare number of seconds; null if invalid. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?\s*$/.exec(text);
  if (!m) return null;
  const ms = Number(m[1]) * UNIT_MS[m[2] ?? 's']!;
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}

/** Parses the simulate command's arguments; an error message instead when they are wrong. */
export function parseSimulateArgs(
  argv: readonly string[],
): { ok: true; args: SimulateArgs } | { ok: false; error: string } {
  let file: string | undefined;
  let seed: number | undefined;
  let durationMs = DEFAULT_DURATION_MS;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--seed' || flag === '--duration') {
      const value = inline ?? argv[++i];
      if (value === undefined) return { ok: false, error: `${flag} needs a value` };
      if (flag === '--seed') {
        const n = Number(value);
        if (!/^\d+$/.test(value) || n > 2 ** 32 - 1) {
          return { ok: false, error: `--seed must be a whole number from 0 to 4294967295, got "${value}"` };
        }
        seed = n;
      } else {
        const ms = parseDuration(value);
        if (ms === null)
          return { ok: false, error: `--duration must look like 60s, 1.5m, 250ms or 2h, got "${value}"` };
        durationMs = ms;
      }
    } else if (arg.startsWith('-')) return { ok: false, error: `unknown option ${arg}` };
    else if (file === undefined) file = arg;
    else return { ok: false, error: `one diagram at a time (got "${file}" and "${arg}")` };
  }
  if (file === undefined) return { ok: false, error: 'which diagram? give the path of a diagram JSON file' };
  return { ok: true, args: { file, seed, durationMs } };
}

/*
 * Time series as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted, quotes doubled). A text field that a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe.
 */
import type { RawSeries } from './digest';

export const CSV_HEADER = [
  'run',
  'component',
  'time_s',
  'completed',
  'errors',
  'backlog',
  'in_flight',
] as const;

/** One field, escaped. Numbers are written as they are. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export interface CsvBlock {
  run: string;
  component: string;
  series: RawSeries;
  /** The series' time is in virtual ms (as the engine answers), not seconds (as recorded). */
  timeInMs?: boolean;
}

/** A header and one row per sample of each block (a run's component, or the sum over a run). */
export function seriesCsv(blocks: readonly CsvBlock[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const { run, component, series, timeInMs } of blocks)
    series.time.forEach((time, i) => {
      const t = timeInMs ? Math.round(time / 1000) : time;
      lines.push(
        [
          run,
          component,
          t,
          series.completed[i] ?? '',
          series.errors[i] ?? '',
          series.backlog[i] ?? '',
          series.inFlight[i] ?? '',
        ]
          .map(csvField)
          .join(','),
      );
    });
  return `${lines.join('\r\n')}\r\n`;
}

import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvField, seriesCsv } from './csv';
import { pollingOnly, simulateRun } from './testRuns';

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV of time series', () => {
  it('has a header and one row per sample of a real run, with its numbers', () => {
    const run = simulateRun(pollingOnly(1000), 'Polling', 30_000);
    const poller = run.nodeSeries.find((n) => n.id === 'poller')!.series;
    const rows = parseCsv(seriesCsv([{ run: run.name, component: 'Poller', series: poller }]));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(poller.time.length + 1);
    expect(poller.time.length).toBeGreaterThanOrEqual(29);
    poller.time.forEach((t, i) => {
      expect(rows[i + 1]).toEqual([
        'Polling',
        'Poller',
        String(t),
        String(poller.completed[i]),
        String(poller.errors[i]),
        String(poller.backlog[i]),
        String(poller.inFlight[i]),
      ]);
    });
    // Polling every second completes about one poll a second.
    const completed = rows.slice(1).reduce((a, r) => a + Number(r[3]), 0);
    expect(completed).toBeGreaterThan(25);
  });

  it("writes the engine's virtual ms as whole seconds when asked", () => {
    const series = {
      time: [1000, 2000, 2999],
      completed: [1, 2, 3],
      errors: [0, 0, 1],
      backlog: [0, 1, 0],
      inFlight: [2, 2, 2],
    };
    const rows = parseCsv(seriesCsv([{ run: 'r', component: 'c', series, timeInMs: true }]));
    expect(rows.slice(1).map((r) => r[2])).toEqual(['1', '2', '3']);
    expect(rows[3]).toEqual(['r', 'c', '3', '3', '1', '0', '2']);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(Number.NaN)).toBe('');
    const series = { time: [1], completed: [2], errors: [0], backlog: [3], inFlight: [4] };
    const text = seriesCsv([{ run: 'Run "A", before', component: '__proto__\r\nx', series }]);
    expect(parseCsv(text)).toEqual([
      [...CSV_HEADER],
      ['Run "A", before', '__proto__\r\nx', '1', '2', '0', '3', '4'],
    ]);
  });
});

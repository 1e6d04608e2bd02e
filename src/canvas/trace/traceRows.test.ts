import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../engine';
import { traceRows } from './traceRows';

const names = {
  node: (i: number) => ['Client', 'Gateway', 'Orders'][i] ?? '?',
  edge: (i: number) =>
    [
      { from: 'Client', to: 'Gateway' },
      { from: 'Gateway', to: 'Orders' },
    ][i] ?? { from: '?', to: '?' },
};

const ev = (time: number, code: TraceEvent['code'], node: number, edge = -1, value = 0): TraceEvent => ({
  time,
  code,
  node,
  edge,
  value,
});

describe('a message trace in words', () => {
  it('shows each hop with its waits: in the backlog, in service, and the answer', () => {
    const rows = traceRows(
      [
        ev(1000, 'send', 0, 0, 1002),
        ev(1002, 'arrive', 1),
        ev(1004, 'send', 1, 1, 1006),
        ev(1006, 'queued', 2),
        ev(1050, 'start', 2),
        ev(1150, 'done', 2),
        ev(1150, 'respond', 2, 1, 200),
      ],
      names,
    );
    expect(rows.map((r) => r.key)).toEqual([
      'trace.send',
      'trace.arrive',
      'trace.send',
      'trace.queued',
      'trace.start',
      'trace.done',
      'trace.respond',
    ]);
    expect(rows[0]).toMatchObject({ at: 0, params: { from: 'Client', to: 'Gateway', ms: 2 } });
    expect(rows[4]!.wait).toEqual({ key: 'trace.waitQueue', ms: 44 });
    expect(rows[5]!.wait).toEqual({ key: 'trace.waitService', ms: 100 });
    expect(rows[6]).toMatchObject({ params: { node: 'Orders', status: 200 }, tone: 'good', at: 150 });
  });

  it('marks refusals and timeouts as bad, and measures a wait in a batch', () => {
    const rows = traceRows(
      [
        ev(0, 'batched', 1),
        ev(300, 'send', 1, 1, 302),
        ev(400, 'rejected', 2, -1, 503),
        ev(500, 'timeout', 0),
      ],
      names,
    );
    expect(rows[1]!.wait).toEqual({ key: 'trace.waitBatch', ms: 300 });
    expect(rows[2]).toMatchObject({ tone: 'bad', params: { status: 503 } });
    expect(rows[3]!.tone).toBe('bad');
  });
});

describe('broker events in a trace', () => {
  it('says when a message is dead-lettered, unroutable or missed', () => {
    const rows = traceRows([ev(0, 'deadLettered', 2), ev(1, 'unroutable', 1), ev(2, 'missed', 2)], names);
    expect(rows.map((r) => [r.key, r.tone])).toEqual([
      ['trace.deadLettered', 'bad'],
      ['trace.unroutable', 'bad'],
      ['trace.missed', 'bad'],
    ]);
  });
});

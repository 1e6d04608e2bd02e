import { describe, expect, it } from 'vitest';
import { compile } from '../../engine';
import { type DiagramDocument, emptyDocument } from '../../model';
import { metricRows } from './metricRows';

function run(doc: DiagramDocument, ms: number) {
  const sim = compile(doc, { seed: 3 });
  if (!sim.ok) throw new Error('invalid diagram');
  sim.value.advanceTo(ms);
  return sim.value.summary();
}

describe('metrics shown for a component', () => {
  it('gives a service its throughput, errors by cause and latency percentiles', () => {
    const doc: DiagramDocument = {
      ...emptyDocument(),
      nodes: [
        { id: 'c', kind: 'client', label: 'C', position: { x: 0, y: 0 }, props: { mode: 'async', rate: 20 } },
        { id: 's', kind: 'service', label: 'S', position: { x: 300, y: 0 }, props: { errorRatePct: 20 } },
      ],
      edges: [{ id: 'e', source: 'c', target: 's', props: {} }],
    };
    const rows = metricRows(run(doc, 30_000), 's');
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(Number(byKey.get('metrics.received')!.value)).toBeGreaterThan(400);
    expect(byKey.get('metrics.errors')).toMatchObject({ tone: 'bad' });
    expect(byKey.get('metrics.errors')!.value).toContain('failed:');
    expect(byKey.get('metrics.latency')!.value).toMatch(/ms \/ .*\u00a0ms \/ .*\u00a0ms$/);
    expect(metricRows(run(doc, 30_000), 'missing')).toEqual([]);

    // In Ukrainian: milliseconds as "мс" and a decimal comma.
    const uk = new Map(
      metricRows(run(doc, 30_000), 's', { lang: 'uk', ms: 'мс' }).map((r) => [r.key, r.value]),
    );
    expect(uk.get('metrics.latency')).toMatch(/^\d[\d,]*\u00a0мс \/ [\d,]+\u00a0мс \/ [\d,]+\u00a0мс$/);
    expect(uk.get('metrics.latency')).not.toContain('ms');
    expect(uk.get('metrics.backlog')).toMatch(/^\d+(,\d)? \/ \d+$/);
  });

  it('gives a polling client its wasted polls and staleness', () => {
    const doc: DiagramDocument = {
      ...emptyDocument(),
      nodes: [
        {
          id: 'c',
          kind: 'client',
          label: 'C',
          position: { x: 0, y: 0 },
          props: { mode: 'polling', pollIntervalMs: 5000 },
        },
        { id: 'p', kind: 'provider', label: 'P', position: { x: 300, y: 0 }, props: { changeRate: 0.01 } },
      ],
      edges: [{ id: 'e', source: 'c', target: 'p', props: {} }],
    };
    const keys = metricRows(run(doc, 600_000), 'c').map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining(['metrics.polls', 'metrics.wastedPolls', 'metrics.staleness']),
    );
  });

  it('counts a topic’s records once per consumer group, and says so', () => {
    const doc: DiagramDocument = {
      ...emptyDocument(),
      nodes: [
        { id: 'c', kind: 'client', label: 'C', position: { x: 0, y: 0 }, props: { mode: 'async', rate: 20 } },
        { id: 't', kind: 'topic', label: 'T', position: { x: 300, y: 0 }, props: {} },
        {
          id: 'a',
          kind: 'service',
          label: 'A',
          position: { x: 600, y: 0 },
          props: { instances: 6, serviceTimeMs: 10 },
        },
        {
          id: 'b',
          kind: 'service',
          label: 'B',
          position: { x: 600, y: 200 },
          props: { instances: 6, serviceTimeMs: 10 },
        },
      ],
      edges: [
        { id: 'e1', source: 'c', target: 't', props: {} },
        { id: 'e2', source: 't', target: 'a', props: { consumerGroup: 'billing' } },
        { id: 'e3', source: 't', target: 'b', props: { consumerGroup: 'analytics' } },
      ],
    };
    const rows = new Map(metricRows(run(doc, 30_000), 't').map((r) => [r.key, Number(r.value)]));
    expect(rows.has('metrics.completed')).toBe(false);
    const received = rows.get('metrics.received')!;
    expect(received).toBeGreaterThan(400);
    expect(rows.get('metrics.consumedByGroups')! / received).toBeCloseTo(2, 1);
  });
});

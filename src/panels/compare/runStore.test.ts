import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DAMAGED_PREFIX } from '../../store/autosave';
import { digestRun, MAX_RUN_CHARS, type RecordedRun } from './digest';
import { deleteRun, loadRuns, MAX_RUNS, RUNS_KEY, renameRun, runsById, saveRun } from './runStore';
import { compareTranslator } from './strings';
import { pollingOnly, simulateRun } from './testRuns';

function memoryStorage(quotaChars = Number.POSITIVE_INFINITY): Storage {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((a, [k, v]) => a + k.length + v.length, 0);
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      const before = data.get(k);
      data.set(k, v);
      if (used() > quotaChars) {
        if (before === undefined) data.delete(k);
        else data.set(k, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
  };
}

const real = simulateRun(pollingOnly(1000), 'base', 60_000);
const run = (id: string, name = id): RecordedRun => ({ ...structuredClone(real), id, name });
const damagedKeys = () =>
  Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!).filter((k) =>
    k.startsWith(DAMAGED_PREFIX),
  );

describe('recorded runs in localStorage', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage());
  });

  it('keeps what was saved, in order, and reads it back equal', () => {
    saveRun(run('a', 'Polling'));
    saveRun(run('b', 'Webhooks'));
    const { runs, problem } = loadRuns();
    expect(problem).toBeNull();
    expect(runs.map((r) => r.name)).toEqual(['Polling', 'Webhooks']);
    expect(runs[0]).toEqual(run('a', 'Polling'));
  });

  it(`keeps the last ${MAX_RUNS}, dropping the oldest and saying which`, () => {
    const evicted: string[] = [];
    for (let i = 1; i <= MAX_RUNS + 3; i++) evicted.push(...saveRun(run(`r${i}`)).evicted.map((r) => r.id));
    const { runs } = loadRuns();
    expect(runs).toHaveLength(MAX_RUNS);
    expect(runs[0]!.id).toBe('r4');
    expect(runs.at(-1)!.id).toBe(`r${MAX_RUNS + 3}`);
    expect(evicted).toEqual(['r1', 'r2', 'r3']);
  });

  it(`bounds each run to ${MAX_RUN_CHARS} characters: the digest drops series to fit, the store refuses bigger`, () => {
    // 200 components with series cannot all fit: the digest keeps the busiest within the bound.
    const big = digestRun(
      {
        seed: 1,
        durationMs: 60_000,
        events: 0,
        nodes: Object.fromEntries(
          Array.from({ length: 200 }, (_, i) => [
            `n${i}`,
            {
              kind: 'service',
              label: `Service ${i}`,
              received: i,
              completed: i,
              errors: {},
              latency: { count: 0, mean: 0, p50: 0, p95: 0, p99: 0, min: 0, max: 0 },
              utilization: null,
              backlog: { max: 0, mean: 0 },
              inFlight: 0,
            },
          ]),
        ),
        edges: {},
        callerEdges: {},
        asyncClients: {},
        pollingClients: {},
        throttledClients: {},
        webhooks: {},
        gateways: {},
        loadBalancers: {},
        services: {},
        databases: {},
        providers: {},
        batches: {},
        messaging: {},
        queues: {},
        exchanges: {},
        topics: {},
        consumers: {},
        eventBuses: {},
        streams: {},
        connectors: {},
      } as never,
      new Map(
        Array.from({ length: 200 }, (_, i) => [
          `n${i}`,
          {
            time: [...Array(300).keys()].map((t) => t * 1000),
            completed: Array(300).fill(12.5),
            errors: Array(300).fill(0),
            backlog: Array(300).fill(100),
            inFlight: Array(300).fill(3),
          },
        ]),
      ),
      { id: 'big', name: 'Big', diagram: 'Big', recordedAt: '' },
    );
    expect(JSON.stringify(big).length).toBeLessThanOrEqual(MAX_RUN_CHARS);
    expect(big.components).toHaveLength(200);
    expect(big.nodeSeries.length).toBeGreaterThan(5);
    expect(big.nodeSeries.length).toBeLessThan(200);
    // The busiest are the ones kept.
    expect(big.nodeSeries[0]!.id).toBe('n199');
    expect(saveRun(big).outcome).toBe('ok');

    const tooBig = { ...big, id: 'huge', nodeSeries: [...big.nodeSeries, ...big.nodeSeries] };
    expect(JSON.stringify(tooBig).length).toBeGreaterThan(MAX_RUN_CHARS);
    expect(saveRun(tooBig).outcome).not.toBe('ok');
    expect(loadRuns().runs.map((r) => r.id)).toEqual(['big']);
  });

  it('when storage is full, drops the oldest runs until the new one fits', () => {
    const size = JSON.stringify(run('a')).length;
    vi.stubGlobal('localStorage', memoryStorage(size * 3.5));
    saveRun(run('a'));
    saveRun(run('b'));
    saveRun(run('c'));
    const result = saveRun(run('d'));
    expect(result.outcome).toBe('ok');
    expect(result.evicted.map((r) => r.id)).toEqual(['a']);
    expect(loadRuns().runs.map((r) => r.id)).toEqual(['b', 'c', 'd']);
  });

  it('renames and deletes by id, also ids like __proto__ and constructor', () => {
    saveRun(run('__proto__', 'one'));
    saveRun(run('constructor', 'two'));
    saveRun(run('toString', 'three'));
    expect(loadRuns().runs.map((r) => r.id)).toEqual(['__proto__', 'constructor', 'toString']);
    renameRun('__proto__', '  First try  ');
    renameRun('constructor', '   ');
    deleteRun('toString');
    const { runs, problem } = loadRuns();
    expect(problem).toBeNull();
    expect(runs.map((r) => [r.id, r.name])).toEqual([
      ['__proto__', 'First try'],
      ['constructor', 'two'],
    ]);
    const byId = runsById(runs);
    expect(byId.get('__proto__')!.name).toBe('First try');
    expect(byId.get('hasOwnProperty')).toBeUndefined();
    // A saved id that is taken gets a fresh one instead of replacing the old run.
    expect(saveRun(run('__proto__', 'again')).runs.at(-1)!.id).toBe('__proto__-2');
  });

  it('tolerates hostile components: ids and labels like __proto__ stay data', () => {
    const r = run('h');
    r.components = [{ ...r.components[0]!, id: '__proto__', label: '__proto__' }];
    r.nodeSeries = [{ id: '__proto__', series: r.series }];
    saveRun(r);
    localStorage.setItem(
      RUNS_KEY,
      localStorage.getItem(RUNS_KEY)!.replace('"totals":{', '"__proto__":{"polluted":true},"totals":{'),
    );
    const back = loadRuns().runs[0]!;
    expect(back.components[0]!.label).toBe('__proto__');
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(back, '__proto__')).toBe(false);
  });

  it('sets unreadable data aside and says so in both languages, without crashing', () => {
    for (const raw of ['{not json', 'null', '[]', '{"version":2,"runs":[]}', '{"version":1,"runs":{}}']) {
      localStorage.setItem(RUNS_KEY, raw);
      const { runs, problem } = loadRuns(new Date('2026-01-02T03:04:05.000Z'));
      expect(runs).toEqual([]);
      expect(problem).toEqual({ type: 'unreadable', keptAs: `${DAMAGED_PREFIX}2026-01-02T03:04:05.000Z` });
      expect(localStorage.getItem(problem!.keptAs)).toBe(raw);
      // Read again: the list is now empty and fine.
      expect(loadRuns().problem).toBeNull();
    }
    const keptAs = `${DAMAGED_PREFIX}x`;
    expect(compareTranslator('en')('unreadable', { keptAs })).toBe(
      `The saved runs could not be read, so the list starts empty; the old data was set aside as ${keptAs}.`,
    );
    expect(compareTranslator('uk')('unreadable', { keptAs })).toContain('не вдалося прочитати');
  });

  it('leaves out damaged runs, keeps the good ones and counts the damaged in the message', () => {
    saveRun(run('good1'));
    saveRun(run('good2'));
    const saved = JSON.parse(localStorage.getItem(RUNS_KEY)!);
    const bad = [
      { ...run('bad1'), totals: { requests: 'many' } },
      { ...run('bad2'), series: { ...run('x').series, completed: [1] } },
      { ...run('bad3'), name: '' },
      { ...run('bad4'), durationMs: -5 },
      null,
      'text',
      { ...run('good1'), name: 'duplicate id' },
    ];
    saved.runs.splice(1, 0, ...bad);
    localStorage.setItem(RUNS_KEY, JSON.stringify(saved));
    const { runs, problem } = loadRuns(new Date('2026-01-02T03:04:05.000Z'));
    expect(runs.map((r) => r.id)).toEqual(['good1', 'good2']);
    expect(problem).toMatchObject({ type: 'damaged', count: 7 });
    expect(JSON.parse(localStorage.getItem((problem as { keptAs: string }).keptAs)!)).toHaveLength(7);
    expect(loadRuns().problem).toBeNull();
    const tr = compareTranslator('uk');
    expect(tr('damaged', { count: 7, n: 7, keptAs: 'k' })).toBe(
      '7 збережених прогонів пошкоджено, їх пропущено й відкладено як k.',
    );
    expect(tr('damaged', { count: 2, n: 2, keptAs: 'k' })).toBe(
      '2 збережені прогони пошкоджено, їх пропущено й відкладено як k.',
    );
    expect(compareTranslator('en')('damaged', { count: 1, n: 1, keptAs: 'k' })).toBe(
      '1 saved run was damaged and left out; it was set aside as k.',
    );
    expect(damagedKeys().length).toBeGreaterThan(0);
  });

  it('refuses an oversized list outright instead of parsing it', () => {
    localStorage.setItem(RUNS_KEY, `{"version":1,"runs":["${'x'.repeat((MAX_RUNS + 1) * MAX_RUN_CHARS)}"]}`);
    expect(loadRuns().problem?.type).toBe('unreadable');
  });
});

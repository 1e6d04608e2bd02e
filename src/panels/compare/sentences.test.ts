import { describe, expect, it } from 'vitest';
import { compile } from '../../engine';
import { DiagramBuilder } from '../../engine/testing/diagram';
import type { DiagramDocument, Lang } from '../../model';
import { ownEntries } from '../../model';
import { PATTERN_DOCS } from '../../templates/patterns';
import type { RecordedRun } from './digest';
import { compareSentences, differences, MAX_SENTENCES } from './sentences';
import { pollingOnly, simulateRun, webhooksOnly } from './testRuns';

const UNTIL = 300_000;

/** Requests the headless run made, read straight from its summary (not through the digest). */
function requestsOf(doc: DiagramDocument): {
  calls: number;
  webhookAttempts: number;
  summary: ReturnType<typeof summaryOf>;
} {
  const summary = summaryOf(doc);
  return {
    calls: ownEntries(summary.callerEdges).reduce((a, [, c]) => a + c.attempts, 0),
    webhookAttempts: ownEntries(summary.webhooks).reduce((a, [, w]) => a + w.attempts, 0),
    summary,
  };
}

function summaryOf(doc: DiagramDocument) {
  const c = compile(doc, { seed: 1 });
  if (!c.ok) throw new Error(`invalid: ${JSON.stringify(c.issues)}`);
  c.value.advanceTo(UNTIL);
  return c.value.summary();
}

/** The ratio the way a person would write it: whole past ten, else one decimal. */
const ratioOf = (x: number, y: number) => (x / y >= 10 ? Math.round(x / y) : Math.round((x / y) * 10) / 10);

/** Ukrainian "раз" after a number, by the grammar (not by Intl, which the code uses). */
function razy(n: number): string {
  if (!Number.isInteger(n)) return 'раза';
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return 'раз';
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return 'рази';
  return 'разів';
}

const number = (n: number, lang: Lang) => n.toLocaleString(lang === 'uk' ? 'uk-UA' : 'en-GB');

function named(run: RecordedRun, name: string): RecordedRun {
  return { ...run, id: name, name };
}

describe('comparison sentences on real runs of the webhooks vs polling example', () => {
  for (const interval of [5000, 1000, 200]) {
    it(`polling every ${interval} ms: says how many times more requests polling made, in English and Ukrainian`, () => {
      const polling = requestsOf(pollingOnly(interval));
      const hooks = requestsOf(webhooksOnly());
      expect(polling.webhookAttempts).toBe(0);
      expect(hooks.calls).toBe(0);
      const n = ratioOf(polling.calls, hooks.webhookAttempts);
      expect(n).toBeGreaterThanOrEqual(1.5);

      const a = named(simulateRun(pollingOnly(interval), 'x', UNTIL), 'Polling');
      const b = named(simulateRun(webhooksOnly(), 'y', UNTIL), 'Webhooks');
      const en = compareSentences(a, b, 'en');
      expect(en.length).toBeGreaterThanOrEqual(2);
      expect(en.length).toBeLessThanOrEqual(MAX_SENTENCES);
      expect(en).toContain(
        `“Polling” made ${number(n, 'en')} times more requests than “Webhooks” (${number(polling.calls, 'en')} against ${number(hooks.webhookAttempts, 'en')}).`,
      );

      const ua = compareSentences(named(a, 'Опитування'), named(b, 'Вебхуки'), 'uk');
      expect(ua).toContain(
        `Прогін «Опитування» зробив у ${number(n, 'uk')} ${razy(n)} більше запитів, ніж «Вебхуки» (${number(polling.calls, 'uk')} проти ${number(hooks.webhookAttempts, 'uk')}).`,
      );
      // Either order of the runs names the one with more requests first.
      expect(
        compareSentences(b, a, 'en').some((s) => s.startsWith(`“Polling” made ${number(n, 'en')} times`)),
      ).toBe(true);
    });
  }

  it('states polling staleness against webhook delivery latency, both in seconds', () => {
    const pollSummary = summaryOf(pollingOnly());
    const hookSummary = summaryOf(webhooksOnly());
    const staleness = ownEntries(pollSummary.pollingClients)[0]![1].meanStalenessMs;
    const delivery = ownEntries(hookSummary.webhooks)[0]![1].deliveryLatency.mean;
    expect(staleness).toBeGreaterThan(1000);
    const a = named(simulateRun(pollingOnly(), 'x'), 'Polling');
    const b = named(simulateRun(webhooksOnly(), 'y'), 'Webhooks');
    const s = (ms: number, lang: Lang) =>
      (ms / 1000).toLocaleString(lang === 'uk' ? 'uk-UA' : 'en-GB', { maximumSignificantDigits: 2 });
    expect(compareSentences(a, b, 'en')).toContain(
      `Staleness ${s(staleness, 'en')} s in “Polling” against ${s(delivery, 'en')} s in “Webhooks”.`,
    );
    expect(compareSentences(named(a, 'Опитування'), named(b, 'Вебхуки'), 'uk')).toContain(
      `Застарілість даних: ${s(staleness, 'uk')} с у «Опитування» проти ${s(delivery, 'uk')} с у «Вебхуки».`,
    );
  });

  it('says nothing differs when the runs are the same diagram on the same traffic', () => {
    const a = named(simulateRun(PATTERN_DOCS['pattern-webhooks-vs-polling']!, 'x'), 'Before');
    const b = named(simulateRun(PATTERN_DOCS['pattern-webhooks-vs-polling']!, 'y'), 'After');
    expect(differences(a, b, 'en')).toEqual([]);
    expect(compareSentences(a, b, 'en')).toEqual([
      'No meaningful differences: the two runs’ figures are close to each other.',
    ]);
    expect(compareSentences(a, a, 'uk')).toEqual(['Виберіть два різні прогони, щоб їх порівняти.']);
  });
});

describe('comparison sentences on batching before and after', () => {
  const sensors = { mode: 'async', rate: 40, arrivals: 'poisson' } as const;
  const direct = new DiagramBuilder('Direct')
    .node('sensors', 'client', sensors, 'Sensors')
    .node('billing', 'service', { serviceTimeMs: 5, instances: 4 }, 'Billing')
    .edge('sensors', 'billing', { latencyMs: 20 })
    .build();
  // Another diagram: other ids, the same labels.
  const batched = new DiagramBuilder('Batched')
    .node('n1', 'client', sensors, 'Sensors')
    .node('n2', 'batch', { batchSize: 20, windowMs: 1000 }, 'Batcher')
    .node('n3', 'service', { serviceTimeMs: 5, instances: 4 }, 'Billing')
    .edge('n1', 'n2', { latencyMs: 20 })
    .edge('n2', 'n3')
    .build();

  it('says batching cut calls to Billing, per minute, matched by label across diagrams', () => {
    const before = summaryOf(direct);
    const after = summaryOf(batched);
    const perMinute = (s: typeof before) =>
      ownEntries(s.nodes).find(([, n]) => n.label === 'Billing')![1].received / (UNTIL / 60_000);
    const x = Math.round(perMinute(before));
    const y = Math.round(perMinute(after));
    expect(x).toBeGreaterThan(5 * y);
    const a = named(simulateRun(direct, 'x'), 'Direct');
    const b = named(simulateRun(batched, 'y'), 'Batching');
    expect(compareSentences(a, b, 'en')).toContain(
      `“Batching” cut calls to Billing from ${number(x, 'en')} to ${number(y, 'en')} per minute.`,
    );
    expect(compareSentences(named(a, 'Напряму'), named(b, 'Пакети'), 'uk')).toContain(
      `Прогін «Пакети» скоротив виклики до «Billing» з ${number(x, 'uk')} до ${number(y, 'uk')} за хвилину.`,
    );
    // Reversed: the same change the other way round is a rise.
    expect(compareSentences(b, a, 'en')).toContain(
      `“Direct” raised calls to Billing from ${number(y, 'en')} to ${number(x, 'en')} per minute.`,
    );
  });
});

describe('choosing what to say', () => {
  const base = (): RecordedRun => ({
    id: 'a',
    name: 'A',
    diagram: 'd',
    recordedAt: '',
    seed: 1,
    durationMs: 60_000,
    totals: { requests: 1000, errors: 10, p95Ms: 100, stalenessMs: 500, backlogMax: 50 },
    components: [],
    series: { time: [], completed: [], errors: [], backlog: [], inFlight: [] },
    nodeSeries: [],
  });

  it('skips near-equal figures and keeps at most four, the largest first', () => {
    const a = base();
    const b = { ...base(), id: 'b', name: 'B' };
    b.totals = { requests: 1100, errors: 10, p95Ms: 105, stalenessMs: 510, backlogMax: 52 };
    expect(differences(a, b, 'en')).toEqual([]);
    b.totals = { requests: 48_000, errors: 200, p95Ms: 580, stalenessMs: 5000, backlogMax: 1000 };
    const all = differences(a, b, 'en');
    expect(all.map((d) => d.metric)).toEqual(['requests', 'errors', 'backlog', 'staleness', 'p95']);
    const said = compareSentences(a, b, 'en');
    expect(said).toHaveLength(4);
    expect(said[0]).toBe('“B” made 48 times more requests than “A” (48,000 against 1,000).');
    expect(said).toContain('“B” had 20 times more errors than “A” (200 against 10).');
    expect(said).not.toContain(all[4]!.text);
    expect(all[4]!.text).toBe('“B” added 480 ms at p95 end to end (580 ms against 100 ms in “A”).');
  });

  it('says "none" when one run had none, with the right plural forms', () => {
    const a = base();
    const b = { ...base(), id: 'b', name: 'B' };
    a.totals = { ...a.totals, errors: 0 };
    for (const [errors, uk] of [
      [21, '21 помилка'],
      [22, '22 помилки'],
      [25, '25 помилок'],
      [11, '11 помилок'],
    ] as const) {
      b.totals = { ...b.totals, errors };
      expect(compareSentences(a, b, 'uk')).toContain(`У прогоні «B» ${uk}, а в «A» — жодної.`);
    }
    expect(compareSentences(a, b, 'en')).toContain('“B” had 11 errors; “A” had none.');
  });

  it('matches components named __proto__ or constructor like any other', () => {
    const a = base();
    const b = { ...base(), id: 'b', name: 'B' };
    const c = (id: string, label: string, received: number) => ({
      id,
      label,
      kind: 'service',
      received,
      completed: received,
      errors: 0,
      p95Ms: null,
      backlogMax: 0,
    });
    a.components = [c('__proto__', '__proto__', 600), c('constructor', 'constructor', 60)];
    b.components = [c('n1', '__proto__', 60), c('n2', 'constructor', 60), c('n3', 'toString', 999)];
    expect(compareSentences(a, b, 'en')).toEqual(['“B” cut calls to __proto__ from 600 to 60 per minute.']);
  });
});

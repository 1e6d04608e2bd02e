/*
 * The differences between two recorded runs, in words, in the person's language. Pure: the same
 * runs and language give the same sentences (unit-tested on real runs in sentences.test.ts).
 *
 * Only meaningful differences are stated: a figure must differ by at least MIN_RATIO and by more
 * than its floor (a few requests, 10 ms, one call a minute...), and of those the largest
 * (by the logarithm of the ratio) are said, at most MAX_SENTENCES.
 */
import type { Lang } from '../../model';
import { componentsByKey, type RecordedRun } from './digest';
import { type CompareTranslate, compareTranslator } from './strings';

export const MAX_SENTENCES = 4;
/** Figures closer than this ratio are not worth a sentence. */
export const MIN_RATIO = 1.2;
/** At most this many sentences about single components (calls per minute). */
const MAX_COMPONENT_SENTENCES = 2;

export type Metric = 'requests' | 'errors' | 'p95' | 'staleness' | 'calls' | 'backlog';

/** The smallest difference worth saying, per figure (and the denominator when one side is zero). */
export const FLOORS: Record<Metric, number> = {
  requests: 5,
  errors: 3,
  p95: 10,
  staleness: 20,
  calls: 1,
  backlog: 5,
};

export interface Difference {
  metric: Metric;
  /** How large the difference is: the logarithm of the ratio. */
  score: number;
  text: string;
}

const formats = new Map<string, Intl.NumberFormat>();
function fmt(value: number, lang: Lang, digits: number, significant = false): string {
  const key = `${lang}:${digits}:${significant}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      lang === 'uk' ? 'uk-UA' : 'en-GB',
      significant ? { maximumSignificantDigits: digits } : { maximumFractionDigits: digits },
    );
    formats.set(key, f);
  }
  return f.format(value);
}

/** A count as people read it: 2,000 in English, 2 000 in Ukrainian; a tenth below ten. */
export function formatAmount(value: number, lang: Lang): string {
  return fmt(value, lang, Math.abs(value) < 10 ? 1 : 0);
}

/** Durations in one unit for both sides: seconds when either reaches a second (2.4 s against 0.05 s), else ms. */
export function formatDurations(values: readonly number[], lang: Lang, tr: CompareTranslate): string[] {
  const seconds = values.some((v) => Math.abs(v) >= 1000);
  return values.map((v) => {
    if (seconds) {
      const s = v / 1000;
      return tr('s', { n: Math.abs(s) >= 10 ? fmt(s, lang, 1) : fmt(s, lang, 2, true) });
    }
    return tr('ms', { n: fmt(v, lang, Math.abs(v) < 10 ? 1 : 0) });
  });
}

/** The ratio as it will be shown: whole above ten, else to a tenth. */
export function shownRatio(ratio: number): number {
  return ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
}

/** How different two figures are (0 when not meaningfully), with the larger side. */
function compareFigures(x: number, y: number, floor: number): { score: number; aLarger: boolean } | null {
  const hi = Math.max(x, y);
  const lo = Math.min(x, y);
  if (!(hi - lo >= floor)) return null;
  if (lo > 0 && hi / lo < MIN_RATIO) return null;
  return { score: Math.log(hi / Math.max(lo, floor)), aLarger: x > y };
}

interface Context {
  a: RecordedRun;
  b: RecordedRun;
  lang: Lang;
  tr: CompareTranslate;
}

/** "made 48 times more requests", "made 35% more", or "made 12 requests; the other none". */
function moreOrNone(
  ctx: Context,
  metric: 'requests' | 'errors',
  x: number,
  y: number,
  countKey: 'nRequests' | 'nErrors',
): Difference | null {
  const d = compareFigures(x, y, FLOORS[metric]);
  if (!d) return null;
  const { lang, tr } = ctx;
  const [more, less] = d.aLarger ? [ctx.a, ctx.b] : [ctx.b, ctx.a];
  const [hi, lo] = d.aLarger ? [x, y] : [y, x];
  const names = { more: more.name, less: less.name, x: formatAmount(hi, lang), y: formatAmount(lo, lang) };
  if (lo === 0) {
    const what = tr(countKey, { count: hi, n: formatAmount(hi, lang) });
    return { metric, score: d.score, text: tr(`${metric}.none`, { ...names, what }) };
  }
  const ratio = shownRatio(hi / lo);
  const text =
    ratio >= 1.5
      ? tr(`${metric}.times`, { ...names, ratio: tr('times', { count: ratio, n: fmt(ratio, lang, 1) }) })
      : tr(`${metric}.percent`, { ...names, pct: Math.round((hi / lo - 1) * 100) });
  return { metric, score: d.score, text };
}

function p95(ctx: Context): Difference | null {
  const x = ctx.a.totals.p95Ms;
  const y = ctx.b.totals.p95Ms;
  if (x === null || y === null) return null;
  const d = compareFigures(x, y, FLOORS.p95);
  if (!d) return null;
  const [dx, dy, delta] = formatDurations([x, y, Math.abs(y - x)], ctx.lang, ctx.tr);
  const key = y > x ? 'p95.up' : 'p95.down';
  return {
    metric: 'p95',
    score: d.score,
    text: ctx.tr(key, { a: ctx.a.name, b: ctx.b.name, x: dx!, y: dy!, delta: delta! }),
  };
}

function staleness(ctx: Context): Difference | null {
  const x = ctx.a.totals.stalenessMs;
  const y = ctx.b.totals.stalenessMs;
  if (x === null || y === null) return null;
  const d = compareFigures(x, y, FLOORS.staleness);
  if (!d) return null;
  const [dx, dy] = formatDurations([x, y], ctx.lang, ctx.tr);
  return {
    metric: 'staleness',
    score: d.score,
    text: ctx.tr('staleness', { a: ctx.a.name, b: ctx.b.name, x: dx!, y: dy! }),
  };
}

function backlog(ctx: Context): Difference | null {
  const x = ctx.a.totals.backlogMax;
  const y = ctx.b.totals.backlogMax;
  const d = compareFigures(x, y, FLOORS.backlog);
  if (!d) return null;
  return {
    metric: 'backlog',
    score: d.score,
    text: ctx.tr('backlog', {
      a: ctx.a.name,
      b: ctx.b.name,
      x: formatAmount(x, ctx.lang),
      y: formatAmount(y, ctx.lang),
    }),
  };
}

/**
 * Calls per minute to each component both runs have (same label and kind) and use; clients only
 * call. A component idle in one run is a change of design the request count already tells.
 */
function calls(ctx: Context): Difference[] {
  const { a, b, lang, tr } = ctx;
  if (!(a.durationMs > 0) || !(b.durationMs > 0)) return [];
  const inB = componentsByKey(b);
  const out: Difference[] = [];
  for (const [key, ca] of componentsByKey(a)) {
    const cb = inB.get(key);
    if (!cb || ca.kind === 'client' || ca.received === 0 || cb.received === 0) continue;
    const x = ca.received / (a.durationMs / 60_000);
    const y = cb.received / (b.durationMs / 60_000);
    const d = compareFigures(x, y, FLOORS.calls);
    if (!d) continue;
    out.push({
      metric: 'calls',
      score: d.score,
      text: tr(y < x ? 'calls.down' : 'calls.up', {
        b: b.name,
        component: ca.label,
        x: formatAmount(x, lang),
        y: formatAmount(y, lang),
      }),
    });
  }
  return out;
}

/** Every meaningful difference, the largest first. */
export function differences(a: RecordedRun, b: RecordedRun, lang: Lang): Difference[] {
  const ctx: Context = { a, b, lang, tr: compareTranslator(lang) };
  const all = [
    moreOrNone(ctx, 'requests', a.totals.requests, b.totals.requests, 'nRequests'),
    moreOrNone(ctx, 'errors', a.totals.errors, b.totals.errors, 'nErrors'),
    p95(ctx),
    staleness(ctx),
    backlog(ctx),
    ...calls(ctx),
  ].filter((d): d is Difference => d !== null);
  return all.sort((p, q) => q.score - p.score);
}

/** The comparison in a few sentences: the largest meaningful differences, or that there are none. */
export function compareSentences(a: RecordedRun, b: RecordedRun, lang: Lang): string[] {
  const tr = compareTranslator(lang);
  if (a.id === b.id) return [tr('sameRun')];
  const chosen: Difference[] = [];
  let componentSentences = 0;
  for (const d of differences(a, b, lang)) {
    if (chosen.length === MAX_SENTENCES) break;
    if (d.metric === 'calls') {
      if (componentSentences === MAX_COMPONENT_SENTENCES) continue;
      componentSentences++;
    }
    chosen.push(d);
  }
  return chosen.length ? chosen.map((d) => d.text) : [tr('noDifference')];
}

/*
 * A recorded run: what the comparison needs of a run's summary and time series, kept compact so
 * ten of them fit in localStorage. Pure: no DOM, no storage (the store is runStore.ts).
 */
import type { RunSummary } from '../../engine';
import { ownEntries } from '../../model';

/** One sample per virtual second, oldest first (the last five minutes the engine keeps). */
export interface SeriesData {
  /** Virtual seconds. */
  time: number[];
  completed: number[];
  errors: number[];
  backlog: number[];
  inFlight: number[];
}

/** The figures of one component, matched across runs by label and kind. */
export interface ComponentFigures {
  id: string;
  label: string;
  kind: string;
  /** Requests or messages that arrived (for a client: the requests it made). */
  received: number;
  completed: number;
  errors: number;
  /** p95 latency in ms (end to end for clients); null without samples. */
  p95Ms: number | null;
  backlogMax: number;
}

/** Run-wide figures, the ones the sentences compare. */
export interface RunTotals {
  /** Call attempts on every call and poll wire plus webhook delivery attempts. */
  requests: number;
  /** Failed requests seen by clients plus webhook deliveries given up. */
  errors: number;
  /** p95 end to end at clients in ms, weighted by each client's completed requests; null without clients. */
  p95Ms: number | null;
  /** How long after a change it was seen, in ms: polling staleness and webhook delivery latency, weighted by changes; null when neither. */
  stalenessMs: number | null;
  /** The largest backlog any component had. */
  backlogMax: number;
}

export interface RecordedRun {
  id: string;
  name: string;
  /** The diagram's name when it was recorded. */
  diagram: string;
  /** ISO time of recording. */
  recordedAt: string;
  seed: number;
  durationMs: number;
  totals: RunTotals;
  /** The busiest first, as many as fit in the size bound. */
  components: ComponentFigures[];
  /** The sum over all components. */
  series: SeriesData;
  /** Per component id, the busiest first, as many as fit in the size bound. */
  nodeSeries: { id: string; series: SeriesData }[];
}

/** The engine's per-node series, as `runActions.series` answers (time in virtual ms). */
export interface RawSeries {
  time: readonly number[];
  completed: readonly number[];
  errors: readonly number[];
  backlog: readonly number[];
  inFlight: readonly number[];
}

const SERIES_KEYS = ['completed', 'errors', 'backlog', 'inFlight'] as const;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export const emptySeries = (): SeriesData => ({
  time: [],
  completed: [],
  errors: [],
  backlog: [],
  inFlight: [],
});

/** The engine's series with time in whole virtual seconds and values to three decimals. */
export function toSeconds(raw: RawSeries): SeriesData {
  return {
    time: raw.time.map((ms) => Math.round(ms / 1000)),
    completed: raw.completed.map(round3),
    errors: raw.errors.map(round3),
    backlog: raw.backlog.map(round3),
    inFlight: raw.inFlight.map(round3),
  };
}

/** Sums series sample by sample, aligned on their time (a node added late has fewer samples). */
export function sumSeries(all: readonly SeriesData[]): SeriesData {
  const byTime = new Map<number, [number, number, number, number]>();
  for (const s of all)
    s.time.forEach((t, i) => {
      let row = byTime.get(t);
      if (!row) {
        row = [0, 0, 0, 0];
        byTime.set(t, row);
      }
      SERIES_KEYS.forEach((k, j) => {
        row[j]! += s[k][i] ?? 0;
      });
    });
  const out = emptySeries();
  for (const t of [...byTime.keys()].sort((a, b) => a - b)) {
    const row = byTime.get(t)!;
    out.time.push(t);
    SERIES_KEYS.forEach((k, j) => {
      out[k].push(round3(row[j]!));
    });
  }
  return out;
}

const errorTotal = (errors: Record<string, number>) => Object.values(errors).reduce((a, b) => a + b, 0);

/** Weighted mean of (value, weight) pairs; null when the weights add up to nothing. */
function weighted(pairs: readonly [number, number][]): number | null {
  let sum = 0;
  let weight = 0;
  for (const [value, w] of pairs) {
    if (!Number.isFinite(value) || !(w > 0)) continue;
    sum += value * w;
    weight += w;
  }
  return weight > 0 ? round3(sum / weight) : null;
}

/** The run-wide figures of a summary. */
export function runTotals(summary: RunSummary): RunTotals {
  const nodes = ownEntries(summary.nodes);
  const clients = nodes.filter(([, n]) => n.kind === 'client');
  const webhooks = ownEntries(summary.webhooks).map(([, w]) => w);
  const requests =
    ownEntries(summary.callerEdges).reduce((a, [, c]) => a + c.attempts, 0) +
    webhooks.reduce((a, w) => a + w.attempts, 0);
  const errors =
    clients.reduce((a, [, n]) => a + errorTotal(n.errors), 0) + webhooks.reduce((a, w) => a + w.gaveUp, 0);
  const p95Ms = weighted(clients.map(([, n]) => [n.latency.p95, n.latency.count]));
  const stalenessMs = weighted([
    ...ownEntries(summary.pollingClients).map(([, p]): [number, number] => [
      p.meanStalenessMs,
      p.changesSeen,
    ]),
    ...webhooks.map((w): [number, number] => [w.deliveryLatency.mean, w.deliveryLatency.count]),
  ]);
  const backlogMax = nodes.reduce((a, [, n]) => Math.max(a, n.backlog.max), 0);
  return { requests, errors, p95Ms, stalenessMs, backlogMax };
}

/** The size bound of one recorded run, in characters of JSON (what localStorage counts). */
export const MAX_RUN_CHARS = 100_000;
/** Components listed per run at most (a diagram holds up to 500). */
export const MAX_COMPONENTS = 500;

export interface RecordMeta {
  id: string;
  name: string;
  diagram: string;
  recordedAt: string;
}

/**
 * A recorded run from a summary and the series of its nodes. It keeps every component's figures
 * and each one's series, busiest first, while the JSON stays within `maxChars`; the run-wide
 * figures and the summed series are always kept.
 */
export function digestRun(
  summary: RunSummary,
  series: ReadonlyMap<string, RawSeries | null>,
  meta: RecordMeta,
  maxChars = MAX_RUN_CHARS,
): RecordedRun {
  const figures: ComponentFigures[] = ownEntries(summary.nodes).map(([id, n]) => ({
    id,
    label: n.label,
    kind: n.kind,
    received: n.received,
    completed: n.completed,
    errors: errorTotal(n.errors),
    p95Ms: n.latency.count > 0 ? round3(n.latency.p95) : null,
    backlogMax: n.backlog.max,
  }));
  // Clients first (their series are the end-to-end view), then by traffic.
  const rank = (c: ComponentFigures) => (c.kind === 'client' ? 1e15 : 0) + c.received;
  figures.sort((a, b) => rank(b) - rank(a));
  const converted = new Map<string, SeriesData>();
  for (const [id, raw] of series) if (raw) converted.set(id, toSeconds(raw));
  const run: RecordedRun = {
    ...meta,
    seed: summary.seed,
    durationMs: summary.durationMs,
    totals: runTotals(summary),
    components: [],
    series: sumSeries([...converted.values()]),
    nodeSeries: [],
  };
  let size = JSON.stringify(run).length;
  // Half the bound for the figures, the rest for series.
  for (const c of figures.slice(0, MAX_COMPONENTS)) {
    const more = JSON.stringify(c).length + 1;
    if (size + more > maxChars / 2) break;
    run.components.push(c);
    size += more;
  }
  for (const c of run.components) {
    const s = converted.get(c.id);
    if (!s) continue;
    const entry = { id: c.id, series: s };
    const more = JSON.stringify(entry).length + 1;
    if (size + more > maxChars) break;
    run.nodeSeries.push(entry);
    size += more;
  }
  return run;
}

/** How components are matched across runs: by kind and label (ids differ between diagrams). */
export const componentKey = (c: Pick<ComponentFigures, 'kind' | 'label'>) => `${c.kind}\u0000${c.label}`;

/** A run's components grouped by kind and label, same-named ones added up. */
export function componentsByKey(run: RecordedRun): Map<string, ComponentFigures & { ids: string[] }> {
  const out = new Map<string, ComponentFigures & { ids: string[] }>();
  for (const c of run.components) {
    const key = componentKey(c);
    const seen = out.get(key);
    if (!seen) {
      out.set(key, { ...c, ids: [c.id] });
      continue;
    }
    seen.ids.push(c.id);
    seen.received += c.received;
    seen.completed += c.completed;
    seen.errors += c.errors;
    seen.backlogMax = Math.max(seen.backlogMax, c.backlogMax);
    seen.p95Ms =
      seen.p95Ms === null ? c.p95Ms : c.p95Ms === null ? seen.p95Ms : Math.max(seen.p95Ms, c.p95Ms);
  }
  return out;
}

/** The series of the components under one key in a run (summed when several share the label), or null. */
export function seriesOfKey(run: RecordedRun, key: string): SeriesData | null {
  const ids = new Set(run.components.filter((c) => componentKey(c) === key).map((c) => c.id));
  const found = run.nodeSeries.filter((n) => ids.has(n.id)).map((n) => n.series);
  return found.length ? sumSeries(found) : null;
}

/** Components present in both runs (by kind and label), in the first run's order. */
export function sharedComponents(a: RecordedRun, b: RecordedRun): (ComponentFigures & { key: string })[] {
  const inB = componentsByKey(b);
  return [...componentsByKey(a)].filter(([key]) => inB.has(key)).map(([key, c]) => ({ ...c, key }));
}

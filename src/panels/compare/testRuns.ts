/*
 * Recorded runs from real simulations, for the tests (no worker, no DOM): the diagram is compiled
 * and advanced headlessly, and its summary and series go through the same `digestRun` the
 * "Record run" button uses. Imported by tests only.
 */
import { compile } from '../../engine';
import { type DiagramDocument, removeElements } from '../../model';
import { PATTERN_DOCS } from '../../templates/patterns';
import { digestRun, type RawSeries, type RecordedRun } from './digest';

export function simulateRun(doc: DiagramDocument, name: string, untilMs = 300_000, seed = 1): RecordedRun {
  const compiled = compile(doc, { seed });
  if (!compiled.ok) throw new Error(`invalid diagram: ${JSON.stringify(compiled.issues)}`);
  const sim = compiled.value;
  sim.advanceTo(untilMs);
  const summary = sim.summary();
  const series = new Map<string, RawSeries | null>(sim.nodeIds.map((id) => [id, sim.series(id)]));
  return digestRun(summary, series, {
    id: name,
    name,
    diagram: doc.name,
    recordedAt: '2026-01-01T00:00:00.000Z',
  });
}

const template = () => structuredClone(PATTERN_DOCS['pattern-webhooks-vs-polling']!);

/** The webhooks-vs-polling example with only its poller (the webhook receiver removed). */
export function pollingOnly(pollIntervalMs?: number): DiagramDocument {
  const doc = removeElements(template(), new Set(['hooks']), new Set());
  if (pollIntervalMs !== undefined)
    for (const n of doc.nodes) if (n.id === 'poller') n.props = { ...n.props, pollIntervalMs };
  return doc;
}

/** The same example with only its webhook (the poller removed). */
export function webhooksOnly(): DiagramDocument {
  return removeElements(template(), new Set(['poller']), new Set());
}

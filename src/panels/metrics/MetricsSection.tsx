import '../../i18n/later/runText';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLang, useLocalTexts, useT } from '../../i18n';
import { own } from '../../model';
import { runActions, useRun } from '../../run/controller';
import type { NodeSeries } from '../../run/protocol';
import { currentDocument } from '../../store/diagram';
import { uiActions } from '../../store/ui';
import { chartChrome, useChartColors } from '../chartTheme';
import { EXPORT_TEXT } from '../compare/exportText';
import { metricRows } from './metricRows';

const REFRESH_MS = 1000;

function useSeries(nodeId: string): NodeSeries | null {
  const status = useRun((s) => s.status);
  const now = useRun((s) => s.now);
  const [series, setSeries] = useState<NodeSeries | null>(null);
  // Paused: fetch once per change of the clock; running: once a second.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `now` re-fetches after a step while paused.
  useEffect(() => {
    let alive = true;
    const load = () => runActions.series(nodeId).then((s) => alive && setSeries(s));
    void load();
    const timer = status === 'running' ? setInterval(load, REFRESH_MS) : undefined;
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [nodeId, status, status === 'running' ? 0 : now]);
  return series;
}

type Point = Record<'t' | 'completed' | 'errors' | 'backlog' | 'inFlight', number | undefined>;

/**
 * One small chart of two series over virtual seconds. Memoised: the figures above it change
 * several times a second, the series once a second, and a chart's redraw is the costly part.
 */
const SeriesChart = memo(function SeriesChart({
  caption,
  points,
  lines,
  step,
}: {
  caption: string;
  points: Point[];
  step: boolean;
  lines: { key: keyof Point; name: string; color: string }[];
}) {
  const chrome = chartChrome(useChartColors());
  return (
    <>
      <p className="metrics__caption">{caption}</p>
      <ResponsiveContainer width="100%" height={120}>
        <LineChart data={points} margin={{ top: 4, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid {...chrome.grid} />
          <XAxis dataKey="t" {...chrome.axis} unit="s" minTickGap={24} />
          <YAxis {...chrome.axis} allowDecimals={false} />
          <Tooltip {...chrome.tooltip} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {lines.map((l) => (
            <Line
              key={l.key}
              type={step ? 'stepAfter' : 'monotone'}
              dataKey={l.key}
              name={l.name}
              stroke={l.color}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </>
  );
});

/** Live metrics of one component: its figures, and its throughput and backlog over the last minutes. */
export function MetricsSection({ nodeId }: { nodeId: string }) {
  const t = useT();
  const summary = useRun((s) => s.summary);
  const series = useSeries(nodeId);
  const lang = useLang();
  const colors = useChartColors();
  const tt = useLocalTexts(EXPORT_TEXT);
  const charts = useRef<HTMLDivElement>(null);
  const rows = summary ? metricRows(summary, nodeId, { lang, ms: t('unit.ms') }) : [];
  const points = useMemo<Point[]>(
    () =>
      series
        ? series.time.map((time, i) => ({
            t: Math.round(time / 1000),
            completed: series.completed[i],
            errors: series.errors[i],
            backlog: series.backlog[i],
            inFlight: series.inFlight[i],
          }))
        : [],
    [series],
  );
  const specs = useMemo(
    () => [
      {
        caption: t('metrics.throughputChart'),
        step: false,
        lines: [
          { key: 'completed' as const, name: t('metrics.seriesCompleted'), color: colors.completed },
          { key: 'errors' as const, name: t('metrics.seriesErrors'), color: colors.errors },
        ],
      },
      {
        caption: t('metrics.backlogChart'),
        step: true,
        lines: [
          { key: 'backlog' as const, name: t('metrics.seriesBacklog'), color: colors.backlog },
          { key: 'inFlight' as const, name: t('metrics.seriesInFlight'), color: colors.inFlight },
        ],
      },
    ],
    [t, colors],
  );
  // The series as CSV, or the two charts as one PNG (the export code loads on first use).
  const exportSeries = async (format: 'csv' | 'png', s: NodeSeries) => {
    const files = await import('../compare/exportFiles');
    const label = own(summary?.nodes, nodeId)?.label ?? nodeId;
    const diagram = currentDocument().name;
    const parts = [diagram || 'diagram', label];
    if (format === 'csv') {
      files.downloadCsv(parts, [{ run: diagram, component: label, series: s, timeInMs: true }]);
      return;
    }
    const figures = [...(charts.current?.querySelectorAll('.recharts-wrapper') ?? [])];
    const ok = await files.downloadPng(
      parts,
      figures.map((chart, i) => ({ chart, caption: specs[i]!.caption, legend: specs[i]!.lines })),
      label,
    );
    if (!ok) uiActions.notify({ kind: 'error', key: 'metrics-export', text: tt('pngFailed') });
  };
  return (
    <section className="metrics" aria-label={t('metrics.title')} data-testid="metrics">
      <h4>{t('metrics.title')}</h4>
      <table className="metrics__table">
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.key}:${r.value}`} className={r.tone ? `is-${r.tone}` : undefined}>
              <th scope="row">{t(r.key)}</th>
              <td>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {series && points.length > 1 ? (
        <>
          <div ref={charts}>
            {specs.map((spec) => (
              <SeriesChart key={spec.caption} points={points} {...spec} />
            ))}
          </div>
          <div className="metrics__export" style={{ display: 'flex', gap: 6, marginTop: 6 }}>
            <button
              type="button"
              className="button button--small"
              onClick={() => void exportSeries('csv', series)}
            >
              {tt('downloadCsv')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => void exportSeries('png', series)}
            >
              {tt('downloadPng')}
            </button>
          </div>
        </>
      ) : (
        <p className="muted metrics__caption">{t('metrics.waiting')}</p>
      )}
    </section>
  );
}

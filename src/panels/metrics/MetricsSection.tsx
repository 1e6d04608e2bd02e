import { useEffect, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLang, useT } from '../../i18n';
import { runActions, useRun } from '../../run/controller';
import type { NodeSeries } from '../../run/protocol';
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

/** One small chart of two series over virtual seconds. */
function SeriesChart({
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
  return (
    <>
      <p className="metrics__caption">{caption}</p>
      <ResponsiveContainer width="100%" height={120}>
        <LineChart data={points} margin={{ top: 4, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="t" tick={{ fontSize: 10 }} unit="s" minTickGap={24} />
          <YAxis tick={{ fontSize: 10 }} allowDecimals={false} />
          <Tooltip />
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
}

/** Live metrics of one component: its figures, and its throughput and backlog over the last minutes. */
export function MetricsSection({ nodeId }: { nodeId: string }) {
  const t = useT();
  const summary = useRun((s) => s.summary);
  const series = useSeries(nodeId);
  const lang = useLang();
  const rows = summary ? metricRows(summary, nodeId, { lang, ms: t('unit.ms') }) : [];
  const points: Point[] = series
    ? series.time.map((time, i) => ({
        t: Math.round(time / 1000),
        completed: series.completed[i],
        errors: series.errors[i],
        backlog: series.backlog[i],
        inFlight: series.inFlight[i],
      }))
    : [];
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
      {points.length > 1 ? (
        <>
          <SeriesChart
            caption={t('metrics.throughputChart')}
            points={points}
            step={false}
            lines={[
              { key: 'completed', name: t('metrics.seriesCompleted'), color: '#16a34a' },
              { key: 'errors', name: t('metrics.seriesErrors'), color: '#dc2626' },
            ]}
          />
          <SeriesChart
            caption={t('metrics.backlogChart')}
            points={points}
            step
            lines={[
              { key: 'backlog', name: t('metrics.seriesBacklog'), color: '#0891b2' },
              { key: 'inFlight', name: t('metrics.seriesInFlight'), color: '#7c3aed' },
            ]}
          />
        </>
      ) : (
        <p className="muted metrics__caption">{t('metrics.waiting')}</p>
      )}
    </section>
  );
}

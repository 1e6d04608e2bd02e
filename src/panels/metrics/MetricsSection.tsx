import { useEffect, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n';
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

/** Live metrics of one component: its figures, and its throughput and backlog over the last minutes. */
export function MetricsSection({ nodeId }: { nodeId: string }) {
  const t = useT();
  const summary = useRun((s) => s.summary);
  const series = useSeries(nodeId);
  const rows = summary ? metricRows(summary, nodeId) : [];
  const points = series
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
          <p className="metrics__caption">{t('metrics.throughputChart')}</p>
          <ResponsiveContainer width="100%" height={120}>
            <LineChart data={points} margin={{ top: 4, right: 8, bottom: 0, left: -20 }}>
              <CartesianGrid stroke="#e2e8f0" vertical={false} />
              <XAxis dataKey="t" tick={{ fontSize: 10 }} unit="s" minTickGap={24} />
              <YAxis tick={{ fontSize: 10 }} allowDecimals={false} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 11 }} />
              <Line
                type="monotone"
                dataKey="completed"
                name={t('metrics.seriesCompleted')}
                stroke="#16a34a"
                dot={false}
                isAnimationActive={false}
              />
              <Line
                type="monotone"
                dataKey="errors"
                name={t('metrics.seriesErrors')}
                stroke="#dc2626"
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
          <p className="metrics__caption">{t('metrics.backlogChart')}</p>
          <ResponsiveContainer width="100%" height={120}>
            <LineChart data={points} margin={{ top: 4, right: 8, bottom: 0, left: -20 }}>
              <CartesianGrid stroke="#e2e8f0" vertical={false} />
              <XAxis dataKey="t" tick={{ fontSize: 10 }} unit="s" minTickGap={24} />
              <YAxis tick={{ fontSize: 10 }} allowDecimals={false} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 11 }} />
              <Line
                type="stepAfter"
                dataKey="backlog"
                name={t('metrics.seriesBacklog')}
                stroke="#0891b2"
                dot={false}
                isAnimationActive={false}
              />
              <Line
                type="stepAfter"
                dataKey="inFlight"
                name={t('metrics.seriesInFlight')}
                stroke="#7c3aed"
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </>
      ) : (
        <p className="muted metrics__caption">{t('metrics.waiting')}</p>
      )}
    </section>
  );
}

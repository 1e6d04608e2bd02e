import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type ChartColors, chartChrome, useChartColors } from '../chartTheme';
import type { SeriesData } from './digest';

/** One colour per run, in the theme's colours. */
export function runColor(colors: ChartColors, run: number): string {
  return run === 0 ? colors.runA : colors.runB;
}

/** The same colours for HTML, which can follow the theme by itself. */
export const RUN_COLOR_VARS = ['var(--run-a)', 'var(--run-b)'] as const;

export interface ChartRun {
  name: string;
  series: SeriesData | null;
}

export interface ChartSpec {
  caption: string;
  step: boolean;
  /** A solid line and a dashed one per run. */
  keys: readonly [solid: keyof Omit<SeriesData, 'time'>, dashed: keyof Omit<SeriesData, 'time'>];
  names: readonly [string, string];
}

type Point = Record<string, number | undefined>;

/** The runs' samples on one time axis (virtual seconds): `r0_completed`, `r1_backlog`... (no dots: recharts reads dots as paths) */
export function mergePoints(runs: readonly ChartRun[]): Point[] {
  const byTime = new Map<number, Point>();
  runs.forEach((run, r) => {
    const s = run.series;
    if (!s) return;
    s.time.forEach((t, i) => {
      let p = byTime.get(t);
      if (!p) {
        p = { t };
        byTime.set(t, p);
      }
      p[`r${r}_completed`] = s.completed[i];
      p[`r${r}_errors`] = s.errors[i];
      p[`r${r}_backlog`] = s.backlog[i];
      p[`r${r}_inFlight`] = s.inFlight[i];
    });
  });
  return [...byTime.values()].sort((a, b) => a.t! - b.t!);
}

/** The legend of a chart, for the picture (recharts draws its legend in HTML). */
export function chartLegend(spec: ChartSpec, runs: readonly ChartRun[], colors: ChartColors) {
  return runs.flatMap((run, r) =>
    spec.keys.map((_, k) => ({
      name: `${run.name}: ${spec.names[k]}`,
      color: runColor(colors, r),
      dashed: k === 1,
    })),
  );
}

/** One chart with both runs overlaid: each run in its colour, the second figure dashed. */
export function OverlayChart({
  spec,
  runs,
  points,
}: {
  spec: ChartSpec;
  runs: readonly ChartRun[];
  points: Point[];
}) {
  const colors = useChartColors();
  const chrome = chartChrome(colors);
  const lines = runs.flatMap((run, r) =>
    spec.keys.map((key, k) => ({
      id: `r${r}_${key}`,
      name: `${run.name}: ${spec.names[k]}`,
      color: runColor(colors, r),
      dashed: k === 1,
    })),
  );
  return (
    <figure className="compare__chart">
      <figcaption className="metrics__caption">{spec.caption}</figcaption>
      <ResponsiveContainer width="100%" height={160}>
        <LineChart data={points} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid {...chrome.grid} />
          <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} {...chrome.axis} unit="s" />
          <YAxis {...chrome.axis} allowDecimals={false} />
          <Tooltip {...chrome.tooltip} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {lines.map((l) => (
            <Line
              key={l.id}
              type={spec.step ? 'stepAfter' : 'monotone'}
              dataKey={l.id}
              name={l.name}
              stroke={l.color}
              strokeDasharray={l.dashed ? '4 3' : undefined}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

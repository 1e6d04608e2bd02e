import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesData } from './digest';

/** One colour per run. */
export const RUN_COLORS = ['#2563eb', '#ea580c'] as const;

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
export function chartLegend(spec: ChartSpec, runs: readonly ChartRun[]) {
  return runs.flatMap((run, r) =>
    spec.keys.map((_, k) => ({
      name: `${run.name}: ${spec.names[k]}`,
      color: RUN_COLORS[r]!,
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
  const lines = runs.flatMap((run, r) =>
    spec.keys.map((key, k) => ({
      id: `r${r}_${key}`,
      name: `${run.name}: ${spec.names[k]}`,
      color: RUN_COLORS[r],
      dashed: k === 1,
    })),
  );
  return (
    <figure className="compare__chart">
      <figcaption className="metrics__caption">{spec.caption}</figcaption>
      <ResponsiveContainer width="100%" height={160}>
        <LineChart data={points} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} tick={{ fontSize: 10 }} unit="s" />
          <YAxis tick={{ fontSize: 10 }} allowDecimals={false} />
          <Tooltip />
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

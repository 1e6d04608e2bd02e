import { useMemo } from 'react';
import { themeColors } from '../canvas/themeColors';
import { useTheme } from '../store/theme';

const VARS = {
  grid: '--chart-grid',
  axis: '--chart-axis',
  panel: '--panel',
  border: '--border-strong',
  text: '--text',
  muted: '--muted',
  completed: '--series-completed',
  errors: '--series-errors',
  backlog: '--series-backlog',
  inFlight: '--series-inflight',
  runA: '--run-a',
  runB: '--run-b',
};

const LIGHT: Record<keyof typeof VARS, string> = {
  grid: '#e2e8f0',
  axis: '#64748b',
  panel: '#ffffff',
  border: '#cbd5e1',
  text: '#0f172a',
  muted: '#475569',
  completed: '#16a34a',
  errors: '#dc2626',
  backlog: '#0891b2',
  inFlight: '#7c3aed',
  runA: '#2563eb',
  runB: '#ea580c',
};

/**
 * The charts' colours in the theme on screen, as values rather than `var(--x)`: recharts writes
 * them into SVG attributes, and a chart saved as PNG leaves the page's styles behind.
 */
export type ChartColors = typeof LIGHT;

export function chartColors(): ChartColors {
  return themeColors(VARS, LIGHT);
}

/** The chart colours, read again when the theme changes. */
export function useChartColors(): ChartColors {
  const theme = useTheme((s) => s.theme);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the values are the styles of `theme`.
  return useMemo(chartColors, [theme]);
}

/** Axis, grid and tooltip props shared by every chart. */
export function chartChrome(c: ChartColors) {
  return {
    grid: { stroke: c.grid, vertical: false },
    axis: { stroke: c.axis, tick: { fontSize: 10, fill: c.axis } },
    tooltip: {
      contentStyle: { background: c.panel, borderColor: c.border, color: c.text },
      labelStyle: { color: c.text },
    },
  } as const;
}

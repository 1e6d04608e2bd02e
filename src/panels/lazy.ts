import { lazy } from 'react';

/**
 * Parts of the UI nobody needs before a run or a click: loaded on first use, so the first page
 * load stays within its JavaScript budget.
 */
export const LazyShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);
export const LazyTracePanel = lazy(() =>
  import('./trace/TracePanel').then((m) => ({ default: m.TracePanel })),
);
export const LazyFaultActions = lazy(() =>
  import('./FaultActions').then((m) => ({ default: m.FaultActions })),
);
export const LazyContextMenu = lazy(() =>
  import('../canvas/ContextMenu').then((m) => ({ default: m.ContextMenu })),
);
export const LazyMetricsSection = lazy(() =>
  import('./metrics/MetricsSection').then((m) => ({ default: m.MetricsSection })),
);
export const LazyLegend = lazy(() => import('../canvas/traffic/Legend').then((m) => ({ default: m.Legend })));

import { lazy } from 'react';

/**
 * Parts of the canvas nobody needs before a run or a click: loaded on first use, so the first
 * page load stays within its JavaScript budget.
 */
export const LazyTracePanel = lazy(() =>
  import('./trace/TracePanel').then((m) => ({ default: m.TracePanel })),
);
export const LazyFaultActions = lazy(() =>
  import('./faults/FaultActions').then((m) => ({ default: m.FaultActions })),
);
export const LazyContextMenu = lazy(() => import('./ContextMenu').then((m) => ({ default: m.ContextMenu })));
export const LazyLegend = lazy(() => import('./traffic/Legend').then((m) => ({ default: m.Legend })));
/** The palette: its box (and title) is drawn at once by the app, its items right after the first paint. */
export const LazyPalette = lazy(() => import('./Palette').then((m) => ({ default: m.Palette })));
/** The overview map: its box is drawn at once (`OverviewMapSlot`), its picture right after the first paint. */
export const LazyOverviewMap = lazy(() => import('./OverviewMap').then((m) => ({ default: m.OverviewMap })));

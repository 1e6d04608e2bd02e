import { lazy } from 'react';

/**
 * Panels nobody needs before a run or a click: loaded on first use, so the first page load stays
 * within its JavaScript budget.
 */
export const LazyShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);
export const LazyMetricsSection = lazy(() =>
  import('./metrics/MetricsSection').then((m) => ({ default: m.MetricsSection })),
);
export const LazyTimeline = lazy(() => import('./Timeline').then((m) => ({ default: m.Timeline })));
export const LazyPresenter = lazy(() =>
  import('./present/Presenter').then((m) => ({ default: m.Presenter })),
);
/** The inspector: its box (and title) is drawn at once by the app, its contents right after the first paint. */
export const LazyInspector = lazy(() => import('./Inspector').then((m) => ({ default: m.Inspector })));
/** The confirmation dialog, loaded the first time something asks. */
export const LazyConfirmDialog = lazy(() =>
  import('./ConfirmDialog').then((m) => ({ default: m.ConfirmDialog })),
);

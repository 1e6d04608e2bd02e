import { lazy, Suspense } from 'react';
import { useRun } from '../../run/controller';

// Loaded when a run first has figures: the first page stays within its JavaScript budget.
const Body = lazy(() => import('./RunOverviewBody').then((m) => ({ default: m.RunOverviewBody })));

/** While a run goes on and nothing is selected: every component's throughput, p95 and errors at a glance. */
export function RunOverview() {
  const hasFigures = useRun((s) => (s.summary?.durationMs ?? 0) > 0);
  return hasFigures ? (
    <Suspense fallback={null}>
      <Body />
    </Suspense>
  ) : null;
}

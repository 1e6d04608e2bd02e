import { lazy } from 'react';

/** The queueing-theory view, with its words: loaded when a run's metrics first show it. */
export const LazyQueueingSection = lazy(() =>
  import('./QueueingSection').then((m) => ({ default: m.QueueingSection })),
);

import './share.css';
import { lazy, Suspense } from 'react';
import { loadShareRuntime } from './lazy';

const Embed = lazy(() => loadShareRuntime().then((m) => ({ default: m.EmbedView })));

/** The read-only view for `?embed=1`, loaded only when a page embeds the playground. */
export function EmbedView() {
  return (
    <Suspense fallback={null}>
      <Embed />
    </Suspense>
  );
}

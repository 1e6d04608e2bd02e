import { Suspense } from 'react';
import { LazyOverviewMap } from './lazy';

/**
 * The overview map's place: while its code loads (right after the first paint), an empty box of
 * the same size and classes stands where it will be, so nothing moves when the map arrives.
 */
export function OverviewMapSlot() {
  return (
    <Suspense
      fallback={
        <div className="react-flow__panel react-flow__minimap bottom right overview-map" aria-hidden="true">
          <div className="overview-map__canvas" />
        </div>
      }
    >
      <LazyOverviewMap />
    </Suspense>
  );
}

import { lazy, Suspense } from 'react';
import { useDiagram } from '../../store/diagram';
import { useLearnUi } from '../learnUi';

const LazyWelcome = lazy(() => import('./Welcome').then((m) => ({ default: m.Welcome })));
const LazyLearnDialog = lazy(() => import('./LearnDialog').then((m) => ({ default: m.LearnDialog })));
const LazyTutorialCard = lazy(() => import('./TutorialCard').then((m) => ({ default: m.TutorialCard })));

/** The learning UI over the editor: the welcome on a first visit, the Learn dialog, the tutorial card. */
export function LearnLayer() {
  const { dialog, active } = useLearnUi();
  const empty = useDiagram((s) => s.nodes.length === 0);
  return (
    <>
      <Suspense fallback={null}>
        {empty && !dialog && !active ? <LazyWelcome /> : null}
        {dialog ? <LazyLearnDialog /> : null}
        {active ? <LazyTutorialCard /> : null}
      </Suspense>
    </>
  );
}

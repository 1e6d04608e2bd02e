import { lazy, Suspense } from 'react';
import { useLearnUi } from '../learnUi';
import { Welcome } from './Welcome';

const LazyLearnDialog = lazy(() => import('./LearnDialog').then((m) => ({ default: m.LearnDialog })));
const LazyTutorialCard = lazy(() => import('./TutorialCard').then((m) => ({ default: m.TutorialCard })));

/** The learning UI over the editor: the welcome on a first visit, the Learn dialog, the tutorial card. */
export function LearnLayer() {
  const { dialog, active } = useLearnUi();
  return (
    <>
      <Welcome />
      <Suspense fallback={null}>
        {dialog ? <LazyLearnDialog /> : null}
        {active ? <LazyTutorialCard /> : null}
      </Suspense>
    </>
  );
}

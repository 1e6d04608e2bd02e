import { lazy, Suspense, useEffect, useLayoutEffect } from 'react';
import { t as translateNow } from '../../i18n';
import { useDiagram } from '../../store/diagram';
import { useShareUi } from '../../store/shareUi';
import { uiActions } from '../../store/ui';
import { showingWelcome } from '../../store/welcome';
import { learnUiActions, useLearnUi } from '../../tutorials/learnUi';

const LazyWelcome = lazy(() => import('../../tutorials/ui/Welcome').then((m) => ({ default: m.Welcome })));
const LazyTutorialCard = lazy(() =>
  import('../../tutorials/ui/TutorialCard').then((m) => ({ default: m.TutorialCard })),
);
const LazyLearnDialog = lazy(() => import('./LearnDialog').then((m) => ({ default: m.LearnDialog })));
const LazyChallengePanel = lazy(() =>
  import('./ChallengePanel').then((m) => ({ default: m.ChallengePanel })),
);
const LazyInterview = lazy(() => import('./InterviewDialog').then((m) => ({ default: m.InterviewDialog })));

/**
 * Everything about learning over the editor: the first visit's welcome, the Learn dialog
 * (tutorials, challenges, the interview round), the tutorial card and the challenge panel. Each
 * loads on first use.
 */
export function PracticeLayer() {
  const { dialog, active, challenge, interview } = useLearnUi();
  const empty = useDiagram((s) => s.nodes.length === 0);
  // Opened from a link, the canvas is about to fill: no welcome over it meanwhile.
  const opening = useShareUi((s) => s.opening);
  // A challenge was asked for (dialog, a tutorial's end, a link): open it once its code is here.
  useEffect(() => {
    if (!challenge?.request) return;
    void import('../session').then((session) => {
      const ok = session.startChallenge(challenge.id, challenge.attempt);
      if (ok) useLearnUi.setState({ challenge: { ...challenge, request: false } });
      else {
        learnUiActions.closeChallenge();
        uiActions.notify({
          kind: 'error',
          key: 'load',
          text: translateNow('challenge.unknown', { id: challenge.id }),
        });
      }
    });
  }, [challenge]);
  const busy = dialog !== null || active || challenge !== null || interview;
  const welcomeMay = empty && !busy && !opening;
  // Not offered now: the canvas's own first steps need not wait for it.
  useLayoutEffect(() => {
    if (!welcomeMay) showingWelcome(false);
  }, [welcomeMay]);
  return (
    <Suspense fallback={null}>
      {welcomeMay ? <LazyWelcome /> : null}
      {dialog ? <LazyLearnDialog /> : null}
      {active ? <LazyTutorialCard /> : null}
      {challenge && !challenge.request ? <LazyChallengePanel /> : null}
      {interview ? <LazyInterview /> : null}
    </Suspense>
  );
}

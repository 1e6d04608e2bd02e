import { useLayoutEffect, useState } from 'react';
import { useLocalTexts, useT } from '../../i18n';
import { useDiagram } from '../../store/diagram';
import { shareUiActions } from '../../store/shareUi';
import { showingWelcome } from '../../store/welcome';
import { learnUiActions, useLearnUi } from '../learnUi';
import { readProgress, type WelcomeChoice, writeProgress } from '../progress';
import { TUTORIAL_TEXT } from './strings';

function remember(choice: WelcomeChoice): void {
  const read = readProgress();
  if (read.kind !== 'ok') return;
  writeProgress({ ...read.progress, welcome: choice });
}

/**
 * A first visit's welcome on the empty canvas: the first tutorial, an example, or a blank canvas.
 * Nothing starts by itself; it is not modal (the palette and canvas work around it), and the
 * choice is remembered, so it is shown once.
 */
export function Welcome() {
  const _t = useT();
  const tt = useLocalTexts(TUTORIAL_TEXT);
  const empty = useDiagram((s) => s.nodes.length === 0);
  const learning = useLearnUi((s) => s.active || s.dialog !== null || s.challenge !== null || s.interview);
  const [answered, setAnswered] = useState(() => {
    const read = readProgress();
    return read.kind !== 'ok' || read.progress.welcome !== null;
  });
  const shown = !(answered || !empty || learning);
  useLayoutEffect(() => {
    showingWelcome(shown);
    return () => showingWelcome(false);
  }, [shown]);
  if (!shown) return null;
  const choose = (choice: WelcomeChoice) => {
    remember(choice);
    setAnswered(true);
    if (choice === 'tutorial') void learnUiActions.start('sync-async', true);
    if (choice === 'example') shareUiActions.show('open');
  };
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{tt('welcome.title')}</h2>
      <p>{tt('welcome.body')}</p>
      <div className="welcome__actions">
        <button type="button" className="button button--primary" onClick={() => choose('tutorial')}>
          {tt('welcome.tutorial')}
        </button>
        <button type="button" className="button" onClick={() => choose('example')}>
          {tt('welcome.example')}
        </button>
        <button type="button" className="button" onClick={() => choose('blank')}>
          {tt('welcome.blank')}
        </button>
      </div>
    </section>
  );
}

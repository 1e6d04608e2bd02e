import { GraduationCap, Lightbulb, X } from 'lucide-react';
import { useEffect, useId, useRef } from 'react';
import { useLang, useLocalTexts, useT } from '../../i18n';
import { TUTORIALS } from '../index';
import { learnUiActions } from '../learnUi';
import { plainText } from '../richText';
import { tutorialActions, useTutorialSession } from '../session';
import { RichText } from './RichText';
import { useSpotlight } from './spotlight';
import { TUTORIAL_TEXT } from './strings';

/**
 * The tutorial on screen: the step's text, its hint after 30 s, the "why" once its goal is
 * reached, a warning when an earlier step's structure was undone, and Back, Show me, Skip,
 * Restart and Leave. Focus moves to each new step's heading, and the change is announced.
 */
export function TutorialCard() {
  const _t = useT();
  const tt = useLocalTexts(TUTORIAL_TEXT);
  const lang = useLang();
  const s = useTutorialSession();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const tutorial = s.tutorial;
  const step = tutorial?.steps[s.step];
  useSpotlight(s.phase === 'working' ? step?.target : undefined, tutorial);
  const key = `${tutorial?.id}:${s.step}:${s.phase === 'question' || s.phase === 'complete' ? s.phase : ''}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows the step shown, which `key` names.
  useEffect(() => {
    headingRef.current?.focus();
  }, [key]);
  if (!tutorial) return null;
  const total = tutorial.steps.length;
  const next = TUTORIALS[TUTORIALS.findIndex((x) => x.id === tutorial.id) + 1];
  const heading =
    s.phase === 'complete'
      ? tt('tutorial.complete')
      : s.phase === 'question'
        ? tt('tutorial.question')
        : (step?.title[lang] ?? '');
  const broken = s.broken !== null ? tutorial.steps[s.broken] : undefined;
  return (
    <section className="tutorial-card" aria-labelledby={headingId} data-testid="tutorial-card">
      <header className="tutorial-card__head">
        <GraduationCap size={16} aria-hidden="true" />
        <span className="tutorial-card__name">{tutorial.title[lang]}</span>
        {s.phase === 'working' || s.phase === 'done' ? (
          <span className="tutorial-card__count">{tt('tutorial.stepOf', { step: s.step + 1, total })}</span>
        ) : null}
        <button
          type="button"
          className="button button--icon button--small"
          aria-label={tt('tutorial.leave')}
          title={tt('tutorial.leaveTitle')}
          onClick={() => void learnUiActions.leave()}
        >
          <X size={14} aria-hidden="true" />
        </button>
      </header>
      <p className="visually-hidden" aria-live="polite">
        {s.phase === 'working'
          ? tt('tutorial.announce', { step: s.step + 1, total, title: heading })
          : heading}
      </p>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="tutorial-card__title">
        {heading}
      </h2>
      {s.phase === 'working' || s.phase === 'done' ? (
        <div className="tutorial-card__body">
          {step ? <RichText text={step.body[lang]} /> : null}
          {broken ? (
            <p className="tutorial-card__broken" role="alert">
              {tt('tutorial.broken', {
                step: s.broken! + 1,
                title: broken.title[lang],
                hint: plainText(broken.hint[lang]),
              })}
            </p>
          ) : null}
          {s.phase === 'working' && s.hint && step ? (
            <div className="tutorial-card__hint" role="note">
              <Lightbulb size={14} aria-hidden="true" /> <strong>{tt('tutorial.hint')}:</strong>{' '}
              <RichText text={step.hint[lang]} />
            </div>
          ) : null}
          {s.phase === 'done' && step ? (
            <div className="tutorial-card__why" role="status">
              <strong>{tt('tutorial.done')}</strong> <RichText text={step.why[lang]} />
            </div>
          ) : null}
        </div>
      ) : null}
      {s.phase === 'question' ? <Question /> : null}
      {s.phase === 'complete' ? (
        <div className="tutorial-card__body">
          {s.answer !== null ? (
            <div className="tutorial-card__why" role="status">
              <strong>
                {tutorial.check.options[s.answer]?.correct
                  ? tt('tutorial.answerRight')
                  : tt('tutorial.answerWrong')}
              </strong>{' '}
              <RichText text={tutorial.check.explanation[lang]} />
            </div>
          ) : null}
          <p>{tt('tutorial.completeBody', { title: tutorial.title[lang] })}</p>
        </div>
      ) : null}
      <footer className="tutorial-card__actions">
        {s.phase === 'working' || s.phase === 'done' ? (
          <>
            <button
              type="button"
              className="button button--small"
              onClick={tutorialActions.back}
              disabled={s.step === 0}
            >
              {tt('tutorial.back')}
            </button>
            {s.phase === 'working' && step?.goal ? (
              <>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void tutorialActions.showMe()}
                  disabled={s.showing}
                >
                  {s.showing ? tt('tutorial.showing') : tt('tutorial.showMe')}
                </button>
                <button type="button" className="button button--small" onClick={tutorialActions.skip}>
                  {tt('tutorial.skip')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--small button--primary"
                onClick={tutorialActions.next}
              >
                {tt('tutorial.continue')}
              </button>
            )}
            <button type="button" className="button button--small" onClick={tutorialActions.restart}>
              {tt('tutorial.restart')}
            </button>
          </>
        ) : null}
        {s.phase === 'complete' ? (
          <>
            {next ? (
              <button
                type="button"
                className="button button--small button--primary"
                onClick={() => void learnUiActions.start(next.id, true)}
              >
                {tt('tutorial.next', { title: next.title[lang] })}
              </button>
            ) : null}
            {tutorial.challenge ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => learnUiActions.openChallenge(tutorial.challenge!)}
              >
                {tt('tutorial.challenge')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button--small"
              onClick={() => learnUiActions.openDialog()}
            >
              {tt('tutorial.allTutorials')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => void learnUiActions.leave()}
            >
              {tt('learn.close')}
            </button>
          </>
        ) : null}
      </footer>
    </section>
  );
}

/** The check question at the end: choose, then read why. */
function Question() {
  const lang = useLang();
  const { tutorial, answer } = useTutorialSession();
  const name = useId();
  if (!tutorial) return null;
  const q = tutorial.check;
  return (
    <div className="tutorial-card__body">
      <RichText text={q.question[lang]} />
      <fieldset className="tutorial-card__options">
        <legend className="visually-hidden">{plainText(q.question[lang])}</legend>
        {q.options.map((o, i) => (
          <label key={o.text.en} className="tutorial-card__option">
            <input
              type="radio"
              name={name}
              checked={answer === i}
              disabled={answer !== null}
              onChange={() => tutorialActions.answer(i)}
            />
            <span>{o.text[lang]}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

import { CheckCircle2 } from 'lucide-react';
import { useLang, useLocalTexts, useT } from '../../i18n';
import { Dialog } from '../../panels/Dialog';
import { TUTORIALS } from '../../tutorials/index';
import { type LearnTab, learnUiActions, useLearnUi } from '../../tutorials/learnUi';
import { progressOf, readProgress } from '../../tutorials/progress';
import { CHALLENGES } from '../challenges';
import { ownOf, readPractice } from '../progress';
import { QUESTIONS } from '../questions';
import { PRACTICE_TEXT } from './strings';

const TABS: LearnTab[] = ['tutorials', 'challenges', 'interview'];

/** Tutorials, design challenges and the interview round, with the learner's progress in each. */
export function LearnDialog() {
  const _t = useT();
  const tt = useLocalTexts(PRACTICE_TEXT);
  const tab = useLearnUi((s) => s.dialog) ?? 'tutorials';
  return (
    <Dialog
      title={tt('learn.title')}
      onClose={learnUiActions.closeDialog}
      actions={
        <button type="button" className="button" onClick={learnUiActions.closeDialog}>
          {tt('learn.close')}
        </button>
      }
    >
      <div className="learn-tabs" role="tablist" aria-label={tt('learn.title')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`learn-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`learn-panel-${id}`}
            className={`learn-tabs__tab${tab === id ? ' is-active' : ''}`}
            onClick={() => learnUiActions.openDialog(id)}
          >
            {tt(`learn.tab.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`learn-panel-${tab}`} aria-labelledby={`learn-tab-${tab}`}>
        {tab === 'tutorials' ? (
          <TutorialList />
        ) : tab === 'challenges' ? (
          <ChallengeList />
        ) : (
          <InterviewStart />
        )}
      </div>
    </Dialog>
  );
}

function TutorialList() {
  const _t = useT();
  const tt = useLocalTexts(PRACTICE_TEXT);
  const lang = useLang();
  const read = readProgress();
  const progress = read.kind === 'ok' ? read.progress : null;
  return (
    <>
      <p>{tt('learn.intro')}</p>
      <ol className="learn-list">
        {TUTORIALS.map((tutorial, i) => {
          const p = progress ? progressOf(progress, tutorial.id) : undefined;
          const total = tutorial.steps.length;
          const status = p?.done
            ? tt('learn.completed')
            : p
              ? tt('learn.atStep', { step: Math.min(p.step + 1, total), total })
              : tt('learn.notStarted');
          return (
            <li key={tutorial.id} className="learn-list__item">
              <div className="learn-list__text">
                <h3>
                  {i + 1}. {tutorial.title[lang]}{' '}
                  {p?.done ? (
                    <CheckCircle2 size={14} aria-hidden="true" className="learn-list__done" />
                  ) : null}
                </h3>
                <p>{tutorial.summary[lang]}</p>
                <p className="muted">
                  {tt('learn.minutes', { count: tutorial.minutes })} · {status}
                </p>
              </div>
              <div className="learn-list__actions">
                {p && !p.done ? (
                  <button
                    type="button"
                    className="button button--primary button--small"
                    onClick={() => void learnUiActions.start(tutorial.id, false)}
                    aria-label={`${tt('learn.continue')}: ${tutorial.title[lang]}`}
                  >
                    {tt('learn.continue')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className={`button button--small${p && !p.done ? '' : ' button--primary'}`}
                  onClick={() => void learnUiActions.start(tutorial.id, true)}
                  aria-label={`${p ? tt('learn.again') : tt('learn.start')}: ${tutorial.title[lang]}`}
                >
                  {p ? tt('learn.again') : tt('learn.start')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="muted">{tt('learn.replaceNote')}</p>
    </>
  );
}

function ChallengeList() {
  const _t = useT();
  const tt = useLocalTexts(PRACTICE_TEXT);
  const lang = useLang();
  const { progress } = readPractice();
  return (
    <>
      <p>{tt('challenge.intro')}</p>
      <ol className="learn-list">
        {CHALLENGES.map((c) => {
          const p = ownOf(progress.challenges, c.id);
          const tutorial = TUTORIALS.find((x) => x.id === c.tutorial);
          return (
            <li key={c.id} className="learn-list__item">
              <div className="learn-list__text">
                <h3>
                  {c.title[lang]}{' '}
                  {p?.solved ? (
                    <CheckCircle2 size={14} aria-hidden="true" className="learn-list__done" />
                  ) : null}
                </h3>
                <p className="muted">
                  {tutorial ? tt('challenge.practises', { title: tutorial.title[lang] }) : null} ·{' '}
                  {p?.solved
                    ? tt('challenge.solved')
                    : p
                      ? tt('challenge.best', { held: p.best, total: c.goals.length })
                      : tt('learn.notStarted')}
                </p>
              </div>
              <div className="learn-list__actions">
                <button
                  type="button"
                  className="button button--small button--primary"
                  onClick={() => learnUiActions.openChallenge(c.id)}
                  aria-label={`${tt('challenge.open')}: ${c.title[lang]}`}
                >
                  {tt('challenge.open')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}

function InterviewStart() {
  const _t = useT();
  const tt = useLocalTexts(PRACTICE_TEXT);
  const { progress } = readPractice();
  const known = QUESTIONS.filter((q) => ownOf(progress.interview, q.id)?.mark === 'knew').length;
  return (
    <>
      <p>{tt('interview.intro')}</p>
      <p className="muted">{tt('interview.progress', { known, total: QUESTIONS.length })}</p>
      <button type="button" className="button button--primary" onClick={learnUiActions.openInterview}>
        {tt('interview.start')}
      </button>
    </>
  );
}

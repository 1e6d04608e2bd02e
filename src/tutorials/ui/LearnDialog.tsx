import { CheckCircle2 } from 'lucide-react';
import { useLang, useT } from '../../i18n';
import { Dialog } from '../../panels/Dialog';
import { TUTORIALS } from '../index';
import { learnUiActions } from '../learnUi';
import { progressOf, readProgress } from '../progress';

/** Every tutorial with the learner's progress: start, continue where they left off, or start again. */
export function LearnDialog() {
  const t = useT();
  const lang = useLang();
  const read = readProgress();
  const progress = read.kind === 'ok' ? read.progress : null;
  return (
    <Dialog
      title={t('learn.title')}
      onClose={learnUiActions.closeDialog}
      actions={
        <button type="button" className="button" onClick={learnUiActions.closeDialog}>
          {t('learn.close')}
        </button>
      }
    >
      <p>{t('learn.intro')}</p>
      <ol className="learn-list">
        {TUTORIALS.map((tutorial, i) => {
          const p = progress ? progressOf(progress, tutorial.id) : undefined;
          const total = tutorial.steps.length;
          const status = p?.done
            ? t('learn.completed')
            : p
              ? t('learn.atStep', { step: Math.min(p.step + 1, total), total })
              : t('learn.notStarted');
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
                  {t('learn.minutes', { count: tutorial.minutes })} · {status}
                </p>
              </div>
              <div className="learn-list__actions">
                {p && !p.done ? (
                  <button
                    type="button"
                    className="button button--primary button--small"
                    onClick={() => void learnUiActions.start(tutorial.id, false)}
                    aria-label={`${t('learn.continue')}: ${tutorial.title[lang]}`}
                  >
                    {t('learn.continue')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className={`button button--small${p && !p.done ? '' : ' button--primary'}`}
                  onClick={() => void learnUiActions.start(tutorial.id, true)}
                  aria-label={`${p ? t('learn.again') : t('learn.start')}: ${tutorial.title[lang]}`}
                >
                  {p ? t('learn.again') : t('learn.start')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="muted">{t('learn.replaceNote')}</p>
    </Dialog>
  );
}

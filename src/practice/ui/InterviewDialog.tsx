import { useMemo, useState } from 'react';
import { useLang, useLocalTexts, useT } from '../../i18n';
import { Dialog } from '../../panels/Dialog';
import { runActions } from '../../run/controller';
import { learnUiActions } from '../../tutorials/learnUi';
import { RichText } from '../../tutorials/ui/RichText';
import { type Mark, questionOrder, readPractice } from '../progress';
import { QUESTIONS } from '../questions';
import { markQuestion } from '../session';
import type { ShowMeTarget } from '../types';
import { PRACTICE_TEXT } from './strings';

async function showMe(target: ShowMeTarget): Promise<void> {
  learnUiActions.closeInterview();
  if (target.type === 'tutorial') {
    const session = await import('../../tutorials/session');
    if (session.startTutorialAt(target.id, target.step ?? 0)) learnUiActions.markActive();
    return;
  }
  const { openTemplate } = await import('../../share/open');
  await openTemplate(target.id);
  if (target.run) await runActions.play();
}

/**
 * The interview round in practice mode: the question first; the person answers in their head
 * or in the box; then the model answer; they say how well they knew it, and what they did not
 * know comes back first next time.
 */
export function InterviewDialog() {
  const _t = useT();
  const tt = useLocalTexts(PRACTICE_TEXT);
  const lang = useLang();
  const order = useMemo(
    () =>
      questionOrder(
        QUESTIONS.map((q) => q.id),
        readPractice().progress,
      ),
    [],
  );
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [draft, setDraft] = useState('');
  const question = QUESTIONS.find((q) => q.id === order[index]);
  const mark = (m: Mark) => {
    if (!question) return;
    markQuestion(question.id, m);
    setIndex((i) => i + 1);
    setRevealed(false);
    setDraft('');
  };
  return (
    <Dialog
      title={tt('interview.title')}
      onClose={learnUiActions.closeInterview}
      actions={
        <button type="button" className="button" onClick={learnUiActions.closeInterview}>
          {tt('learn.close')}
        </button>
      }
    >
      {question ? (
        <div className="interview" data-testid="interview">
          <p className="muted">{tt('interview.count', { n: index + 1, total: order.length })}</p>
          <h3 className="interview__question">{question.question[lang]}</h3>
          <label className="interview__draft">
            {tt('interview.yourAnswer')}
            <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} />
          </label>
          {revealed ? (
            <>
              <section className="interview__answer" aria-label={tt('interview.modelAnswer')}>
                <h4>{tt('interview.modelAnswer')}</h4>
                <RichText text={question.answer[lang]} />
              </section>
              <p>{tt('interview.howWell')}</p>
              <div className="interview__marks">
                <button type="button" className="button button--small" onClick={() => mark('knew')}>
                  {tt('interview.knew')}
                </button>
                <button type="button" className="button button--small" onClick={() => mark('partly')}>
                  {tt('interview.partly')}
                </button>
                <button type="button" className="button button--small" onClick={() => mark('notYet')}>
                  {tt('interview.notYet')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void showMe(question.showMe)}
                >
                  {tt('interview.showMe')}
                </button>
              </div>
            </>
          ) : (
            <button type="button" className="button button--primary" onClick={() => setRevealed(true)}>
              {tt('interview.reveal')}
            </button>
          )}
        </div>
      ) : (
        <p>{tt('interview.done')}</p>
      )}
    </Dialog>
  );
}

import { CheckCircle2, Target, X, XCircle } from 'lucide-react';
import { useState } from 'react';
import { type Translate, useLang, useLocalTexts, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../model';
import { currentDocument } from '../../store/diagram';
import { learnUiActions } from '../../tutorials/learnUi';
import { RichText } from '../../tutorials/ui/RichText';
import { checkNow, leaveChallenge, useChallenge } from '../session';
import type { ChallengeGoal } from '../types';
import { PRACTICE_TEXT } from './strings';

function formatValue(goal: ChallengeGoal, value: number, lang: Lang, t: Translate): string {
  if (!Number.isFinite(value)) return '—';
  switch (goal.unit) {
    case 'ms':
      return `${formatNumber(Math.round(value), lang)}\u00a0${t('unit.ms')}`;
    case 'perSecond':
      return `${formatNumber(Math.round(value * 10) / 10, lang)}/${t('unit.s')}`;
    case 'percent':
      return `${formatNumber(Math.round(value * 10) / 10, lang)}%`;
    default:
      return formatNumber(Math.round(value), lang);
  }
}

/**
 * A design challenge beside the canvas: the brief, the goals with their targets, "Check" (three
 * hidden runs in a worker, with the scripted traffic and faults), and the result for every goal
 * on every run, with the reason where the engine knows it.
 */
export function ChallengePanel() {
  const t = useT();
  const tt = useLocalTexts(PRACTICE_TEXT);
  const lang = useLang();
  const { challenge, checking, result, failure } = useChallenge();
  const [link, setLink] = useState<string | null>(null);
  if (!challenge) return null;
  const share = async () => {
    const { encodePayload } = await import('../../share/linkCodec');
    const url = new URL(location.href);
    url.search = '';
    url.hash = `c=${challenge.id}:${encodePayload(currentDocument())}`;
    setLink(url.href);
    await navigator.clipboard?.writeText(url.href).catch(() => undefined);
  };
  const leave = () => {
    leaveChallenge();
    learnUiActions.closeChallenge();
  };
  return (
    <section
      className="tutorial-card challenge-card"
      aria-labelledby="challenge-title"
      data-testid="challenge-card"
    >
      <header className="tutorial-card__head">
        <Target size={16} aria-hidden="true" />
        <span className="tutorial-card__name">{tt('challenge.label')}</span>
        <button
          type="button"
          className="button button--icon button--small"
          aria-label={tt('challenge.leave')}
          title={tt('challenge.leave')}
          onClick={leave}
        >
          <X size={14} aria-hidden="true" />
        </button>
      </header>
      <h2 id="challenge-title" className="tutorial-card__title">
        {challenge.title[lang]}
      </h2>
      <div className="tutorial-card__body">
        {/* The brief folds away once there is a result to read; the goals stay in the table. */}
        <details key={result?.ok ? 'result' : 'brief'} open={!result?.ok} className="challenge-card__brief">
          <summary>{tt('challenge.brief')}</summary>
          <RichText text={challenge.brief[lang]} />
        </details>
        {result?.ok ? null : (
          <>
            <h3 className="challenge-card__goals-title">{tt('challenge.goals')}</h3>
            <ul className="challenge-card__goals">
              {challenge.goals.map((g) => (
                <li key={g.id}>
                  {g.label[lang]}: <strong>{g.target[lang]}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {failure ? (
        <p className="tutorial-card__broken" role="alert">
          {tt('challenge.failed', { reason: failure })}
        </p>
      ) : null}
      {result && !result.ok ? (
        <p className="tutorial-card__broken" role="alert">
          {tt('challenge.cannotRun')}
        </p>
      ) : null}
      {result?.ok ? (
        <div className="challenge-card__result" role="status" aria-live="polite">
          <p className={result.pass ? 'challenge-card__pass' : 'challenge-card__fail'}>
            {result.pass ? tt('challenge.pass') : tt('challenge.notYet')}
          </p>
          <table className="metrics__table challenge-card__table">
            <thead>
              <tr>
                <th scope="col">{tt('challenge.goal')}</th>
                {result.goals[0]?.perSeed.map(({ run }) => (
                  <th key={run} scope="col">
                    {tt('challenge.run', { n: run })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.goals.map((outcome) => {
                const goal = challenge.goals.find((g) => g.id === outcome.id)!;
                return (
                  <tr
                    key={outcome.id}
                    data-goal={outcome.id}
                    className={outcome.pass ? 'is-pass' : 'is-fail'}
                  >
                    <th scope="row">
                      {goal.label[lang]}
                      <span className="muted"> ({goal.target[lang]})</span>
                    </th>
                    {outcome.perSeed.map((s) => (
                      <td key={s.run} className={s.pass ? 'is-good' : 'is-bad'}>
                        {s.pass ? (
                          <CheckCircle2 size={12} aria-label={tt('challenge.held')} />
                        ) : (
                          <XCircle size={12} aria-label={tt('challenge.missed')} />
                        )}{' '}
                        {formatValue(goal, s.value, lang, t)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {result.goals
            .filter((g) => !g.pass)
            .map((g) => {
              const reason = g.perSeed.find((s) => !s.pass && s.reason)?.reason;
              const goal = challenge.goals.find((x) => x.id === g.id)!;
              return reason ? (
                <p key={g.id} className="challenge-card__why">
                  <strong>{goal.label[lang]}:</strong> {reason[lang]}
                </p>
              ) : null;
            })}
          {result.missing.length ? (
            <p className="challenge-card__why">
              {tt('challenge.missing', { ids: result.missing.join(', ') })}
            </p>
          ) : null}
        </div>
      ) : null}
      {link ? (
        <label className="challenge-card__link">
          {tt('challenge.linkLabel')}
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
      <footer className="tutorial-card__actions">
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => void checkNow()}
          disabled={checking}
        >
          {checking ? tt('challenge.checking') : tt('challenge.check')}
        </button>
        <button type="button" className="button button--small" onClick={() => void share()}>
          {tt('challenge.share')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => learnUiActions.openDialog('challenges')}
        >
          {tt('challenge.all')}
        </button>
      </footer>
    </section>
  );
}

import { Dices, Pause, Play, RotateCcw, StepForward } from 'lucide-react';
import { useEffect } from 'react';
import { useLang, useT } from '../i18n';
import { formatClock, formatNumber } from '../i18n/format';
import { runActions, useRun } from '../run/controller';
import { useDiagram } from '../store/diagram';
import { uiActions } from '../store/ui';
import { IconButton } from './IconButton';

export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50] as const;

/**
 * The virtual clock and, when the run falls behind its speed, by how much: the only parts of the
 * run bar that change with the clock, so only they render again as it ticks (five times a second).
 */
function RunClock({ speed }: { speed: number }) {
  const t = useT();
  const lang = useLang();
  const now = useRun((s) => s.now);
  const running = useRun((s) => s.status === 'running');
  const achieved = useRun((s) => s.achievedSpeed);
  return (
    <>
      <output className="runbar__clock" aria-label={t('run.clock')} data-testid="run-clock">
        {formatClock(now, lang, t('unit.s'))}
      </output>
      {running && achieved < speed * 0.8 ? (
        <span className="runbar__slow">
          {t('run.slower', { achieved: formatNumber(Math.round(achieved * 10) / 10, lang) })}
        </span>
      ) : null}
    </>
  );
}

/** Run, pause, step, reset, speed, seed and the virtual clock. */
export function RunBar() {
  const t = useT();
  const lang = useLang();
  const status = useRun((s) => s.status);
  const atStart = useRun((s) => s.now === 0);
  const issues = useRun((s) => s.issues);
  const restarts = useRun((s) => s.restarts);
  const failure = useRun((s) => s.failure);
  const speed = useDiagram((s) => s.run.speed);
  const seed = useDiagram((s) => s.run.seed);
  const empty = useDiagram((s) => s.nodes.length === 0);
  const running = status === 'running';

  useEffect(() => {
    if (!issues?.length) return;
    // The words for what is wrong load with the first such message.
    void import('./problemText').then(({ issuesText }) =>
      uiActions.notify({
        kind: 'error',
        key: 'run',
        text: t('run.cannotRun', { reason: issuesText(issues, t, lang, 1) }),
      }),
    );
  }, [issues, t, lang]);
  useEffect(() => {
    if (restarts > 0) uiActions.notify({ kind: 'info', key: 'run', text: t('run.restarted') });
  }, [restarts, t]);
  useEffect(() => {
    if (failure !== null)
      uiActions.notify({
        kind: 'error',
        key: 'run',
        persistent: true,
        text: t('run.failed', { message: failure.slice(0, 200) }),
      });
  }, [failure, t]);

  const play = () => {
    if (empty) {
      uiActions.notify({ kind: 'info', key: 'run', text: t('run.emptyDiagram') });
      return;
    }
    // Only clients and providers start traffic; without one the clock runs and nothing moves.
    const { nodes } = useDiagram.getState();
    if (!nodes.some((n) => n.kind === 'client' || n.kind === 'provider'))
      uiActions.notify({ kind: 'info', key: 'run', text: t('run.noSource') });
    void runActions.play();
  };

  return (
    <div className="runbar" role="toolbar" aria-label={t('run.controls')}>
      {running ? (
        <button
          type="button"
          className="button button--primary"
          data-run="play"
          onClick={() => void runActions.pause()}
        >
          <Pause size={16} aria-hidden="true" /> {t('run.pause')}
        </button>
      ) : (
        <button type="button" className="button button--primary" data-run="play" onClick={play}>
          <Play size={16} aria-hidden="true" /> {t('run.play')}
        </button>
      )}
      <IconButton
        icon={StepForward}
        label={t('run.step')}
        title={t('run.stepHelp')}
        onClick={() => void runActions.step()}
        disabled={empty}
        run="step"
      />
      <IconButton
        icon={RotateCcw}
        label={t('run.reset')}
        onClick={() => void runActions.reset()}
        disabled={status === 'idle' && atStart}
        run="reset"
      />
      <label className="runbar__field" data-run="speed">
        <span>{t('run.speed')}</span>
        <select value={speed} onChange={(e) => runActions.setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {formatNumber(s, lang)}×
            </option>
          ))}
        </select>
      </label>
      <label className="runbar__field" title={t('run.seedHelp')}>
        <span>{t('run.seed')}</span>
        <input
          type="number"
          className="runbar__seed"
          min={0}
          max={4294967295}
          value={seed}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isInteger(v) && v >= 0 && v <= 4294967295) runActions.setSeed(v);
          }}
        />
      </label>
      <IconButton
        icon={Dices}
        label={t('run.newSeed')}
        onClick={() => runActions.setSeed(Math.floor(Math.random() * 1_000_000))}
      />
      <RunClock speed={speed} />
    </div>
  );
}

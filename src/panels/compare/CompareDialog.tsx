import './compare.css';
import { useId, useMemo, useRef, useState } from 'react';
import { useLang, useLocalTexts } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { uiActions } from '../../store/ui';
import { chartColors } from '../chartTheme';
import { Dialog } from '../Dialog';
import {
  type ChartRun,
  type ChartSpec,
  chartLegend,
  mergePoints,
  OverlayChart,
  RUN_COLOR_VARS,
} from './CompareCharts';
import { MAX_RUN_CHARS, type RecordedRun, type SeriesData, seriesOfKey, sharedComponents } from './digest';
import { deleteRun, type LoadedRuns, loadRuns, MAX_RUNS, NAME_LENGTH, renameRun, runsById } from './runStore';
import { compareSentences } from './sentences';
import { COMPARE_TEXT, storeProblemText } from './strings';

// The recorder ships in the same lazy module as the dialog (one chunk for the entry point to load).
export { recordCurrentRun } from './recorder';

const ALL = '';

/** Picks a run by id, else the given fallback (a deleted run's select falls back to the last ones). */
const pick = (byId: Map<string, RecordedRun>, id: string, fallback: RecordedRun | undefined) =>
  byId.get(id) ?? fallback;

/** The comparison: recorded runs (rename, delete), two of them side by side in charts and in words. */
export function CompareDialog({ onClose }: { onClose: () => void }) {
  const tt = useLocalTexts(COMPARE_TEXT);
  const lang = useLang();
  const [loaded, setLoaded] = useState<LoadedRuns>(() => loadRuns());
  const runs = loaded.runs;
  const byId = useMemo(() => runsById(runs), [runs]);
  const [aId, setA] = useState(() => (runs.at(-2) ?? runs.at(-1))?.id ?? '');
  const [bId, setB] = useState(() => runs.at(-1)?.id ?? '');
  const [component, setComponent] = useState(ALL);
  const a = pick(byId, aId, runs.at(-2) ?? runs.at(-1));
  const b = pick(byId, bId, runs.at(-1));
  const charts = useRef<HTMLDivElement>(null);
  const firstId = useId();
  const secondId = useId();
  const componentId = useId();

  const shared = a && b ? sharedComponents(a, b) : [];
  const key = shared.some((c) => c.key === component) ? component : ALL;
  const seriesOf = (run: RecordedRun): SeriesData | null =>
    key === ALL ? run.series : seriesOfKey(run, key);
  const chartRuns: ChartRun[] = a && b ? [a, b].map((r) => ({ name: r.name, series: seriesOf(r) })) : [];
  const points = mergePoints(chartRuns);
  const componentName = key === ALL ? tt('allComponents') : (shared.find((c) => c.key === key)?.label ?? '');
  const specs: ChartSpec[] = [
    {
      caption: tt('throughput'),
      step: false,
      keys: ['completed', 'errors'],
      names: [tt('completed'), tt('errors')],
    },
    {
      caption: tt('backlogChart'),
      step: true,
      keys: ['backlog', 'inFlight'],
      names: [tt('backlogSeries'), tt('inFlight')],
    },
  ];

  const update = (next: RecordedRun[]) => setLoaded({ runs: next, problem: loaded.problem });
  const fileParts = ['compare', a?.name ?? '', b?.name ?? ''];
  // The export code loads on first use (shared with the metrics panel).
  const csv = async () => {
    if (!a || !b) return;
    const { downloadCsv } = await import('./exportFiles');
    const blocks = chartRuns.flatMap((r) =>
      r.series ? [{ run: r.name, component: componentName, series: r.series }] : [],
    );
    downloadCsv(fileParts, blocks);
  };
  const png = async () => {
    const { downloadPng } = await import('./exportFiles');
    const figures = [...(charts.current?.querySelectorAll('.compare__chart') ?? [])];
    const ok = await downloadPng(
      fileParts,
      figures.map((chart, i) => ({
        chart,
        caption: specs[i]!.caption,
        legend: chartLegend(specs[i]!, chartRuns, chartColors()),
      })),
      `${componentName}: ${a?.name ?? ''} / ${b?.name ?? ''}`,
    );
    if (!ok) uiActions.notify({ kind: 'error', key: 'compare', text: tt('pngFailed') });
  };
  const comparable = a !== undefined && b !== undefined && runs.length > 1;
  const hasSeries = points.length > 1;

  return (
    <Dialog
      title={tt('title')}
      onClose={onClose}
      actions={
        <>
          <button
            type="button"
            className="button"
            disabled={!comparable || !hasSeries}
            onClick={() => void csv()}
          >
            {tt('downloadCsv')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!comparable || !hasSeries}
            onClick={() => void png()}
          >
            {tt('downloadPng')}
          </button>
          <button type="button" className="button button--primary" onClick={onClose}>
            {tt('close')}
          </button>
        </>
      }
    >
      <div className="compare">
        {loaded.problem && (
          <p className="compare__problem" role="alert">
            {storeProblemText(loaded.problem, tt)}
          </p>
        )}
        {runs.length === 0 && <p>{tt('empty')}</p>}
        {runs.length === 1 && <p>{tt('onlyOne')}</p>}
        {comparable && a && b && (
          <>
            <div className="compare__pickers">
              <label htmlFor={firstId}>
                <span
                  className="compare__swatch"
                  style={{ background: RUN_COLOR_VARS[0] }}
                  aria-hidden="true"
                />
                {tt('first')}
              </label>
              <select id={firstId} value={a.id} onChange={(e) => setA(e.target.value)}>
                {runs.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
              <label htmlFor={secondId}>
                <span
                  className="compare__swatch"
                  style={{ background: RUN_COLOR_VARS[1] }}
                  aria-hidden="true"
                />
                {tt('second')}
              </label>
              <select id={secondId} value={b.id} onChange={(e) => setB(e.target.value)}>
                {runs.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
            <h3 className="compare__heading">{tt('differences')}</h3>
            <p className="compare__sentences" data-testid="compare-sentences" aria-live="polite">
              {compareSentences(a, b, lang).join(' ')}
            </p>
            <div className="compare__pickers">
              <label htmlFor={componentId}>{tt('component')}</label>
              <select id={componentId} value={key} onChange={(e) => setComponent(e.target.value)}>
                <option value={ALL}>{tt('allComponents')}</option>
                {shared.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
            <div ref={charts}>
              {hasSeries ? (
                specs.map((spec) => (
                  <OverlayChart key={spec.caption} spec={spec} runs={chartRuns} points={points} />
                ))
              ) : (
                <p className="muted">{tt('noSeries')}</p>
              )}
            </div>
          </>
        )}
        {runs.length > 0 && (
          <RunList
            runs={runs}
            onRename={(id, name) => update(renameRun(id, name, runs))}
            onDelete={(id) => update(deleteRun(id, runs))}
            note={tt('recordedNote', { max: MAX_RUNS, kb: formatNumber(MAX_RUN_CHARS / 1000, lang) })}
          />
        )}
      </div>
    </Dialog>
  );
}

function RunList({
  runs,
  note,
  onRename,
  onDelete,
}: {
  runs: readonly RecordedRun[];
  note: string;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
}) {
  const tt = useLocalTexts(COMPARE_TEXT);
  const lang = useLang();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const headingId = useId();
  const duration = (ms: number) => tt('s', { n: formatNumber(Math.round(ms / 1000), lang) });
  return (
    <section className="compare__runs" aria-labelledby={headingId}>
      <h3 className="compare__heading" id={headingId}>
        {tt('recorded')}
      </h3>
      <p className="muted compare__note">{note}</p>
      <ul>
        {[...runs].reverse().map((r) => (
          <li key={r.id} className="compare__run">
            {editing === r.id ? (
              <form
                className="compare__rename"
                onSubmit={(e) => {
                  e.preventDefault();
                  onRename(r.id, draft);
                  setEditing(null);
                }}
              >
                <input
                  aria-label={tt('name')}
                  value={draft}
                  maxLength={NAME_LENGTH}
                  // biome-ignore lint/a11y/noAutofocus: the field appears because the person asked to rename.
                  autoFocus
                  onChange={(e) => setDraft(e.target.value)}
                  onKeyDown={(e) => {
                    // Escape leaves the field, not the dialog.
                    if (e.key === 'Escape') {
                      e.preventDefault();
                      e.stopPropagation();
                      setEditing(null);
                    }
                  }}
                />
                <button type="submit" className="button button--small">
                  {tt('save')}
                </button>
                <button type="button" className="button button--small" onClick={() => setEditing(null)}>
                  {tt('cancel')}
                </button>
              </form>
            ) : (
              <>
                <span className="compare__name">{r.name}</span>
                <span className="muted compare__info">
                  {tt('runInfo', { diagram: r.diagram || '—', duration: duration(r.durationMs) })}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={tt('renameOf', { name: r.name })}
                  onClick={() => {
                    setDraft(r.name);
                    setEditing(r.id);
                  }}
                >
                  {tt('rename')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={tt('deleteOf', { name: r.name })}
                  onClick={() => onDelete(r.id)}
                >
                  {tt('delete')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/*
 * "Record run": the current run's summary and every node's series (asked of the engine in
 * parallel), digested and saved. Loaded when the button is first pressed.
 */
import { currentLang } from '../../i18n';
import { ownKeys } from '../../model';
import { runActions, useRun } from '../../run/controller';
import { currentDocument } from '../../store/diagram';
import { uiActions } from '../../store/ui';
import { digestRun, type RawSeries } from './digest';
import { loadRuns, NAME_LENGTH, saveRun } from './runStore';
import { compareTranslator, storeProblemText } from './strings';

let seq = 0;

/** Records the run on screen and says how it went in a notice; resolves to the saved run's id, or null. */
export async function recordCurrentRun(now: Date = new Date()): Promise<string | null> {
  const lang = currentLang();
  const tr = compareTranslator(lang);
  const summary = useRun.getState().summary;
  if (!summary || summary.durationMs <= 0) {
    uiActions.notify({ kind: 'info', key: 'record', text: tr('nothingToRecord') });
    return null;
  }
  const ids = ownKeys(summary.nodes);
  const answers = await Promise.all(
    ids.map(
      async (id): Promise<[string, RawSeries | null]> => [id, await runActions.series(id).catch(() => null)],
    ),
  );
  const doc = currentDocument();
  const time = now.toLocaleTimeString(lang === 'uk' ? 'uk-UA' : 'en-GB');
  const name = `${doc.name.trim().slice(0, NAME_LENGTH - 12) || tr('run')}, ${time}`;
  const run = digestRun(summary, new Map(answers), {
    id: `r${now.getTime().toString(36)}${(++seq).toString(36)}`,
    name: name.slice(0, NAME_LENGTH),
    diagram: doc.name.slice(0, 120),
    recordedAt: now.toISOString(),
  });
  const loaded = loadRuns(now);
  if (loaded.problem)
    uiActions.notify({ kind: 'error', key: 'recorded-runs', text: storeProblemText(loaded.problem, tr) });
  const saved = saveRun(run, loaded.runs);
  if (saved.outcome !== 'ok') {
    uiActions.notify({
      kind: 'error',
      key: 'record',
      text: tr(saved.outcome === 'full' ? 'storageFull' : 'storageUnavailable'),
    });
    return null;
  }
  const evicted = saved.evicted.length
    ? ` ${tr('evicted', { count: saved.evicted.length, names: saved.evicted.map((r) => r.name).join(', ') })}`
    : '';
  uiActions.notify({
    kind: 'info',
    key: 'record',
    text: `${tr('recordedAs', { name: run.name })}${evicted}`,
  });
  return saved.runs.at(-1)!.id;
}

import { currentLang, translate } from './i18n';
import type { DiagramDocument } from './model';
import { emptyDocument } from './model';
import { downloadText, fileBaseName } from './share/download';
import { resumeAutosave, saveNow } from './store/autosave';
import { type RecentEntry, recentDocument, useRecent } from './store/recent';

interface Props {
  /** What broke, for the person and for a bug report. */
  message: string;
  /** The diagram that was on screen, as it was set aside. */
  crashed: DiagramDocument | null;
  /** The read-only embed view: nothing to reopen, only the picture that failed. */
  embed?: boolean;
}

/** Starts the editor again on `doc` (saved first, so the fresh page opens it). */
function restartWith(doc: DiagramDocument): void {
  resumeAutosave();
  saveNow(doc);
  location.reload();
}

/**
 * Shown instead of the app after a crash. Plain elements only (no React Flow, no lazy chunks), so
 * it renders whatever broke. The diagram that crashed was set aside and is never reopened by
 * itself; the person chooses: an empty canvas, a recent diagram, or the crashed one as a file.
 */
export function RecoveryScreen({ message, crashed, embed = false }: Props) {
  const lang = currentLang();
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
  const recent = embed ? [] : useRecent.getState().entries;
  const reopen = (entry: RecentEntry) => {
    const result = recentDocument(entry);
    if (result.ok) restartWith(result.value);
  };
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <div className="recovery__card" role="alert">
        <h1 id="recovery-title">{t(embed ? 'recovery.embedTitle' : 'recovery.title')}</h1>
        <p>{t(embed ? 'recovery.embedBody' : 'recovery.body')}</p>
        <p className="recovery__error">
          {t('recovery.error')} <code>{message.slice(0, 300)}</code>
        </p>
        <div className="recovery__actions">
          {embed ? null : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => restartWith(emptyDocument())}
            >
              {t('recovery.empty')}
            </button>
          )}
          {crashed ? (
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(`${fileBaseName(crashed)}-crashed.json`, JSON.stringify(crashed, null, 2))
              }
            >
              {t('recovery.download')}
            </button>
          ) : null}
        </div>
        {recent.length ? (
          <section aria-labelledby="recovery-recent">
            <h2 id="recovery-recent">{t('recovery.recent')}</h2>
            <ul className="recovery__recent">
              {recent.map((entry) => (
                <li key={entry.id}>
                  <button type="button" className="button button--small" onClick={() => reopen(entry)}>
                    {entry.name.trim() || entry.labels || t('open.untitled')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </main>
  );
}

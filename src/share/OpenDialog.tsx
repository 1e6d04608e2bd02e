import '../i18n/later/shareText';
import { FileUp, X } from 'lucide-react';
import { useRef } from 'react';
import { useLang, useT } from '../i18n';
import { Dialog } from '../panels/Dialog';
import { forgetRecent, type RecentEntry, useRecent } from '../store/recent';
import { shareUiActions } from '../store/shareUi';
import { TEMPLATES } from '../templates';
import { openFile } from './importFile';
import { displayName, openRecent, openTemplate } from './open';

function RecentItem({ entry }: { entry: RecentEntry }) {
  const t = useT();
  const lang = useLang();
  const name = displayName(entry.name, entry.labels);
  const saved = new Date(entry.savedAt);
  const date = Number.isNaN(saved.getTime())
    ? ''
    : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(saved);
  return (
    <li className="open-dialog__item" data-testid="recent-item">
      <div className="open-dialog__text">
        <span className="open-dialog__name">{name}</span>
        <span className="open-dialog__meta">
          {t('recent.components', { count: entry.nodes })} · {t('recent.connections', { count: entry.edges })}{' '}
          · {entry.reason === 'otherTab' ? `${t('recent.otherTab')}, ` : ''}
          {t('recent.kept', { date })}
        </span>
      </div>
      <button
        type="button"
        className="button button--small"
        aria-label={t('recent.openNamed', { name, date })}
        onClick={() => {
          shareUiActions.close();
          openRecent(entry);
        }}
      >
        {t('recent.open')}
      </button>
      <button
        type="button"
        className="button button--icon button--small"
        aria-label={t('recent.forget', { name })}
        title={t('recent.forget', { name })}
        onClick={() => forgetRecent(entry.id)}
      >
        <X size={14} aria-hidden="true" />
      </button>
    </li>
  );
}

/** Open a diagram: Recent diagrams (what was replaced on this screen), the examples, or a file. */
export function OpenDialog() {
  const t = useT();
  const lang = useLang();
  const entries = useRecent((s) => s.entries);
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <Dialog
      title={t('open.title')}
      onClose={shareUiActions.close}
      actions={
        <button type="button" className="button" onClick={shareUiActions.close}>
          {t('share.close')}
        </button>
      }
    >
      <div className="open-dialog">
        <section aria-labelledby="open-recent">
          <h3 id="open-recent">{t('recent.title')}</h3>
          <p className="open-dialog__help">{t('recent.help')}</p>
          {entries.length === 0 ? (
            <p className="open-dialog__empty">{t('recent.empty')}</p>
          ) : (
            <ul className="open-dialog__list">
              {entries.map((e) => (
                <RecentItem key={e.id} entry={e} />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="open-examples">
          <h3 id="open-examples">{t('examples.title')}</h3>
          <ul className="open-dialog__list">
            {TEMPLATES.map((template) => (
              <li key={template.id} className="open-dialog__item">
                <div className="open-dialog__text">
                  <span className="open-dialog__name">{template.name[lang]}</span>
                  <span className="open-dialog__meta">{template.description[lang]}</span>
                </div>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('examples.openNamed', { name: template.name[lang] })}
                  onClick={() => {
                    shareUiActions.close();
                    void openTemplate(template.id, template.name[lang]);
                  }}
                >
                  {t('examples.open')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="open-file">
          <h3 id="open-file">{t('import.title')}</h3>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="import-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (!file) return;
              shareUiActions.close();
              void openFile(file);
            }}
          />
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            <FileUp size={16} aria-hidden="true" /> {t('import.choose')}
          </button>
          <p className="open-dialog__help">{t('import.help')}</p>
        </section>
      </div>
    </Dialog>
  );
}
